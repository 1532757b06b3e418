/**
 * Notifications to users: a module calls {@link NotificationService#notify} and each recipient
 * receives it through every {@link NotificationChannel} their preferences allow (in-app, into the
 * inbox behind the workspace's bell, unless they turned it off; other channels such as email or SMS
 * arrive as services). Open sessions follow {@code crm/notification/<username>/created|read}.
 * {@link ReminderService} turns the reminders users set on records into notifications when they fall due.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.peyvand.platform.notification;
