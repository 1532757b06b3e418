package org.peyvand.module.notes.internal;

import java.time.Clock;
import java.util.Map;

import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.KnownRecords;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/** The note service on a test database, for tests of the faces over it in other packages. */
public final class NotesForTests {
    private NotesForTests() {
    }

    public static NoteServiceImpl service(TestDatabase db, TestGuard guard, Map<String, Map<String, String>> records, Clock clock) {
        return new NoteServiceImpl(db.transactions(), guard, new TestAccess(), new RecordingAudit(), new KnownRecords(records),
                new Announcements().events(), clock, 1024, 1);
    }
}
