package org.peyvand.platform.workflow;

/**
 * Filters of the instance list; a null filter is no filter.
 *
 * @param withIncidents only instances with at least one incident
 */
public record InstanceQuery(String processKey, InstanceState state, String startedBy, String recordType, String recordId,
        boolean withIncidents) {

    public static InstanceQuery all() {
        return new InstanceQuery(null, null, null, null, null, false);
    }
}
