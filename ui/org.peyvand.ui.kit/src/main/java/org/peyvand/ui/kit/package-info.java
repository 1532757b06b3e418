/** Components every module's screens share, so lists, forms and dates look and behave alike. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.6.0")
package org.peyvand.ui.kit;
