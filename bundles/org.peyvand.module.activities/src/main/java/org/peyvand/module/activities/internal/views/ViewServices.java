package org.peyvand.module.activities.internal.views;

import org.peyvand.module.activities.ActivityService;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.AuditTrail;

/** What the activities screens call: the activity service, the kernel's lookups and the audit trail for a record's history. */
record ViewServices(ActivityService activities, RecordLookups lookups, AuditTrail audit) {
}
