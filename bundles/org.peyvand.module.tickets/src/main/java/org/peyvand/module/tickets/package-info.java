/**
 * Tickets and support: service requests from every channel, their lifecycle and their SLA clocks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.module.tickets;
