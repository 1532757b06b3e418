package org.peyvand.platform.core.event;

/**
 * Event Admin topics follow {@code crm/<area>/<id>/<verb-past>}; subscribers may use
 * wildcards such as {@code crm/module/*}.
 */
public final class CrmEvents {
    public static final String PROPERTY_ID = "crm.id";
    public static final String PROPERTY_MODULE = "crm.module";
    /** The record type an event is about, dots and all. */
    public static final String PROPERTY_TYPE = "crm.type";
    /** The username of whoever caused the event. */
    public static final String PROPERTY_USER = "crm.user";

    private CrmEvents() {
    }

    public static String topic(String area, String id, String verbPast) {
        return "crm/" + area + "/" + id + "/" + verbPast;
    }
}
