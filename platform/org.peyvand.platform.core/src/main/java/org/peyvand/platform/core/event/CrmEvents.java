package org.peyvand.platform.core.event;

/**
 * Event Admin topics follow {@code crm/<area>/<id>/<verb-past>}; subscribers may use
 * wildcards such as {@code crm/module/*}.
 */
public final class CrmEvents {
    public static final String PROPERTY_ID = "crm.id";
    public static final String PROPERTY_MODULE = "crm.module";

    private CrmEvents() {
    }

    public static String topic(String area, String id, String verbPast) {
        return "crm/" + area + "/" + id + "/" + verbPast;
    }
}
