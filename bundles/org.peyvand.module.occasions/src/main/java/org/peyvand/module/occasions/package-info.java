/** Occasions and greetings: the service, its records, and the channel SPI the communication modules implement. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.peyvand.module.occasions;
