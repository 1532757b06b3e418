/** Accounts (organisations) and contacts (people): the records every other module links to. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.3.0")
package org.peyvand.module.accounts;
