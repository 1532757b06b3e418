package ${package}.internal;

/** The permissions declared in CRM-INF/permissions/${moduleId}.json, and the record type they guard. */
public final class Permissions {
    /** The record type, as record scopes, custom fields, events and the audit trail name it. */
    public static final String TYPE = "${moduleId}.${recordName.toLowerCase()}";

    public static final String READ = "${moduleId}.${recordName.toLowerCase()}.read";
    public static final String CREATE = "${moduleId}.${recordName.toLowerCase()}.create";
    public static final String UPDATE = "${moduleId}.${recordName.toLowerCase()}.update";
    public static final String DELETE = "${moduleId}.${recordName.toLowerCase()}.delete";

    private Permissions() {
    }
}
