package org.peyvand.platform.workflow;

/** The permissions the workflow kernel checks; declared in {@code CRM-INF/permissions/workflow.json}. */
public final class WorkflowPermissions {
    /** See processes and their diagrams. */
    public static final String PROCESS_READ = "platform.process.read";
    /** Deploy new versions of processes. */
    public static final String PROCESS_DEPLOY = "platform.process.deploy";
    /** Start instances of processes by hand. */
    public static final String PROCESS_START = "platform.process.start";
    /** See every instance, its history and incidents; suspend, resume, cancel, migrate; retry incidents. */
    public static final String PROCESS_MONITOR = "platform.process.monitor";
    /** Use one's cartable: work on the items given to one or one's unit, refer records and items. */
    public static final String CARTABLE_USE = "platform.cartable.use";
    /** Maintain holidays and working hours of the business calendars. */
    public static final String CALENDAR_MANAGE = "platform.calendar.manage";

    private WorkflowPermissions() {
    }
}
