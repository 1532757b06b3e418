/** The subsidiaries and sales network: its nodes, sales regions and classes, and the service, for other modules that use them. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.module.network;
