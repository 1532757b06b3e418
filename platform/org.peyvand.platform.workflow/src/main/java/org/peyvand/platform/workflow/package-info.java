/**
 * Workflow: BPMN processes in versions, their running instances, the cartable of work items (user
 * tasks and referrals), SLA timers on the business calendar, and the executors modules register for
 * service tasks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.peyvand.platform.workflow;
