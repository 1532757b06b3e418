/** Progress and cancelling of long work, the same in every module and face. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.platform.core.work;
