/** What uploaded files are, read from their bytes rather than taken from the client. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.platform.core.file;
