package org.peyvand.module.notes.internal.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peyvand.module.notes.NoteInput;
import org.peyvand.module.notes.internal.NotesForTests;
import org.peyvand.module.notes.internal.Permissions;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.FileMessages;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.TestGuard;
import org.peyvand.platform.timeline.TimelineEntry;
import org.peyvand.platform.timeline.TimelineQuery;
import org.peyvand.platform.timeline.TimelineSubject;

/** Notes on a record's timeline: newest first, paged by the timeline's positions, only where there are notes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotesTimelineTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("manager"), DisplayPreferences.defaults(I18nService.ENGLISH));
    private static final TimelineSubject HOLDING = new TimelineSubject("accounts.account", "101");
    private static final TimelineSubject QUIET = new TimelineSubject("accounts.account", "102");

    private TestDatabase db;
    private NotesTimeline timeline;

    @BeforeAll
    void open() {
        db = new TestDatabase("crm.notes");
        // two notes written in the same millisecond: the id orders them
        Clock sameInstant = Clock.fixed(Instant.parse("2025-03-21T08:00:00Z"), ZoneOffset.UTC);
        var notes = NotesForTests.service(db, new TestGuard(), Map.of("accounts.account", Map.of("101", "هلدینگ", "102", "آرام")), sameInstant);
        notes.create(SARA, new NoteInput("accounts.account", 101L, "first", false));
        notes.create(SARA, new NoteInput("accounts.account", 101L, "second", false));
        notes.create(SARA, new NoteInput("accounts.account", 101L, "third", false));
        timeline = new NotesTimeline(notes, new TestGuard(), english());
    }

    private static I18nService english() {
        I18nService i18n = mock(I18nService.class);
        when(i18n.messages(any())).thenReturn(FileMessages.english("notes"));
        return i18n;
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void notesArePagedInTheTimelinesOrderEachOnce() {
        List<String> titles = new ArrayList<>();
        TimelineEntry last = null;
        do {
            List<TimelineEntry> page = timeline.entries(SARA, new TimelineQuery(HOLDING, last == null ? null : last.position(), 1, Set.of()));
            if (page.isEmpty()) {
                break;
            }
            titles.add(page.get(0).title());
            last = page.get(0);
        } while (titles.size() < 10);
        assertThat(titles).containsExactly("Note: third", "Note: second", "Note: first");
        assertThat(last.link().type()).isEqualTo("accounts.account");
    }

    @Test
    void onlyRecordsWithNotesReadableByTheCallerHaveTheKind() {
        assertThat(timeline.kinds(SARA, HOLDING)).extracting(kind -> kind.id()).containsExactly(Permissions.NOTE);
        assertThat(timeline.kinds(SARA, QUIET)).isEmpty();
        assertThat(timeline.kinds(SARA, new TimelineSubject("nobody.record", "1"))).isEmpty();
        assertThat(timeline.entries(SARA, new TimelineQuery(HOLDING, null, 10, Set.of("visits.visit")))).isEmpty();
        NotesTimeline denied = new NotesTimeline(null, new TestGuard().deny(Permissions.READ), english());
        assertThat(denied.kinds(SARA, HOLDING)).isEmpty();
    }
}
