package org.peyvand.platform.notification;

/**
 * Where a notification leads: a record (type and id, opened by whichever screen shows that type) or
 * a screen with its parameters.
 */
public record NotificationLink(String recordType, String recordId, String viewId, String parameters) {

    public static NotificationLink record(String recordType, String recordId) {
        return new NotificationLink(recordType, recordId, null, null);
    }

    public static NotificationLink view(String viewId, String parameters) {
        return new NotificationLink(null, null, viewId, parameters);
    }

    public boolean toRecord() {
        return recordType != null && recordId != null;
    }
}
