/**
 * The customer timeline: modules contribute entries about a record (an account, a contact) as
 * {@link org.peyvand.platform.timeline.TimelineProvider} services, and {@link org.peyvand.platform.timeline.TimelineService}
 * merges them newest first.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.platform.timeline;
