package org.peyvand.platform.notification;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way notifications reach people, registered as a service: email and SMS come from the
 * communications modules. A channel that throws is logged and skipped; the others still deliver.
 */
@ConsumerType
public interface NotificationChannel {

    /** Unique among channels: Latin letters, digits and dashes, e.g. {@code email}. */
    String id();

    /** The i18n key of its name as users see it in their preferences. */
    String labelKey();

    /** Whether a user who never chose receives notifications through it. */
    default boolean onByDefault() {
        return false;
    }

    /** Sends one notification to its recipient; called after the in-app inbox has it, off the caller's transaction. */
    void deliver(Notification notification);
}
