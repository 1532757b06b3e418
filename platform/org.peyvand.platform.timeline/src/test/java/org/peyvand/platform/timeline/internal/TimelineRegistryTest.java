package org.peyvand.platform.timeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.timeline.TimelineEntry;
import org.peyvand.platform.timeline.TimelineKind;
import org.peyvand.platform.timeline.TimelinePosition;
import org.peyvand.platform.timeline.TimelineProvider;
import org.peyvand.platform.timeline.TimelineQuery;
import org.peyvand.platform.timeline.TimelineService;
import org.peyvand.platform.timeline.TimelineSubject;
import org.peyvand.platform.timeline.TimelineSummary;

class TimelineRegistryTest {
    private static final Caller CALLER = new Caller("sara", 1, Set.of("sales"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    private static final TimelineSubject ACCOUNT = new TimelineSubject("accounts.account", "42");
    private static final Instant T0 = Instant.parse("2026-03-20T10:00:00Z");

    private final TimelineRegistry timeline = new TimelineRegistry(new Guard(Set.of("sara")));

    @Test
    void mergesProvidersNewestFirst() {
        timeline.addProvider(new Fixed("visits.visit", 1, 5, 9));
        timeline.addProvider(new Fixed("calls.call", 2, 3, 8));

        Page<TimelineEntry> page = timeline.entries(CALLER, ACCOUNT, null, 10, null);

        assertThat(page.items()).extracting(e -> e.time().getEpochSecond() - T0.getEpochSecond()).containsExactly(9L, 8L, 5L, 3L, 2L, 1L);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void pagesOnTheKeysetWithoutSkippingOrRepeatingTies() {
        // every entry of both kinds at the same instant: kind, then id, orders them
        timeline.addProvider(new Fixed("visits.visit", 0, 0, 0, 0));
        timeline.addProvider(new Fixed("calls.call", 0, 0, 0));
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<TimelineEntry> page = timeline.entries(CALLER, ACCOUNT, cursor, 2, null);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            page.items().forEach(e -> seen.add(e.kind() + "#" + e.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactly("visits.visit#3", "visits.visit#2", "visits.visit#1", "visits.visit#0", "calls.call#2",
                "calls.call#1", "calls.call#0");
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void asksEachProviderForOneMoreThanThePageAfterTheCursor() {
        Fixed visits = new Fixed("visits.visit", 1, 2, 3, 4, 5);
        timeline.addProvider(visits);

        Page<TimelineEntry> first = timeline.entries(CALLER, ACCOUNT, null, 2, null);
        timeline.entries(CALLER, ACCOUNT, first.nextCursor(), 2, null);

        assertThat(visits.asked).extracting(TimelineQuery::limit).containsOnly(3);
        assertThat(visits.asked.get(0).before()).isNull();
        assertThat(visits.asked.get(1).before()).isEqualTo(first.items().get(1).position());
        assertThat(first.hasNext()).isTrue();
    }

    @Test
    void aFailingProviderIsLeftOut() {
        timeline.addProvider(new Fixed("visits.visit", 1, 2));
        timeline.addProvider(new Failing(new IllegalStateException("database away")));
        timeline.addProvider(new Failing(new AccessDeniedException("calls.call.read")));

        assertThat(timeline.entries(CALLER, ACCOUNT, null, 10, null).items()).hasSize(2);
        assertThat(timeline.kinds(CALLER, ACCOUNT)).extracting(TimelineKind::id).containsExactly("visits.visit");
        assertThat(timeline.summary(CALLER, ACCOUNT).openItems()).isEqualTo(1);
    }

    @Test
    void filtersByKindEvenWhenAProviderIgnoresTheFilter() {
        timeline.addProvider(new Fixed("visits.visit", 1, 3));
        timeline.addProvider(new Fixed("calls.call", 2, 4));

        Page<TimelineEntry> page = timeline.entries(CALLER, ACCOUNT, null, 10, Set.of("calls.call"));

        assertThat(page.items()).extracting(TimelineEntry::kind).containsOnly("calls.call").hasSize(2);
    }

    @Test
    void aProviderLeavingTakesItsEntries() {
        Fixed calls = new Fixed("calls.call", 2);
        timeline.addProvider(new Fixed("visits.visit", 1));
        timeline.addProvider(calls);
        timeline.removeProvider(calls);

        assertThat(timeline.entries(CALLER, ACCOUNT, null, 10, null).items()).extracting(TimelineEntry::kind).containsExactly("visits.visit");
    }

    @Test
    void summaryAddsOpenItemsAndKeepsTheLatestContactAndTheOwner() {
        timeline.addProvider(new Fixed("visits.visit", 1, 7));
        timeline.addProvider(new Fixed("calls.call", 3));
        timeline.addProvider(new TimelineProvider() {
            @Override
            public List<TimelineKind> kinds(Caller caller, TimelineSubject subject) {
                return List.of();
            }

            @Override
            public List<TimelineEntry> entries(Caller caller, TimelineQuery query) {
                return List.of();
            }

            @Override
            public TimelineSummary summary(Caller caller, TimelineSubject subject) {
                return new TimelineSummary(0, null, "reza");
            }
        });

        TimelineSummary summary = timeline.summary(CALLER, ACCOUNT);

        assertThat(summary).isEqualTo(new TimelineSummary(2, T0.plusSeconds(7), "reza"));
    }

    @Test
    void refusesALimitOutOfRangeAndAMalformedCursor() {
        assertThatThrownBy(() -> timeline.entries(CALLER, ACCOUNT, null, 0, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> timeline.entries(CALLER, ACCOUNT, "not-a-cursor", 10, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void needsTheTimelinePermissionBeforeAskingAnyProvider() {
        Fixed visits = new Fixed("visits.visit", 1);
        TimelineRegistry guarded = new TimelineRegistry(new Guard(Set.of()));
        guarded.addProvider(visits);

        assertThatThrownBy(() -> guarded.entries(CALLER, ACCOUNT, null, 10, null)).isInstanceOf(AccessDeniedException.class)
                .satisfies(refused -> assertThat(((AccessDeniedException) refused).args()).containsExactly(TimelineService.READ));
        assertThatThrownBy(() -> guarded.kinds(CALLER, ACCOUNT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guarded.summary(CALLER, ACCOUNT)).isInstanceOf(AccessDeniedException.class);
        assertThat(visits.asked).isEmpty();
    }

    @Test
    void positionBoundsTheIdsOfEachKindAtTheCursorsInstant() {
        TimelinePosition at = new TimelinePosition(T0, "m.kind", 5);

        assertThat(at.idBound("m.kind")).isEqualTo(5);
        assertThat(at.idBound("a.kind")).isEqualTo(Long.MAX_VALUE);
        assertThat(at.idBound("z.kind")).isEqualTo(Long.MIN_VALUE);
        assertThat(TimelinePosition.decode(at.encode())).isEqualTo(at);
    }

    /** Entries of one kind at T0 plus the given seconds, ids counting up; a provider as the contract asks. */
    private static final class Fixed implements TimelineProvider {
        private final String kind;
        private final List<TimelineEntry> all = new ArrayList<>();
        final List<TimelineQuery> asked = new ArrayList<>();

        Fixed(String kind, int... seconds) {
            this.kind = kind;
            for (int i = 0; i < seconds.length; i++) {
                all.add(new TimelineEntry(T0.plusSeconds(seconds[i]), kind, i, kind.substring(0, kind.indexOf('.')), "t" + i, null, "sara",
                        i == 0, null));
            }
            all.sort(Comparator.comparing(TimelineEntry::position, TimelinePosition.NEWEST_FIRST));
        }

        @Override
        public List<TimelineKind> kinds(Caller caller, TimelineSubject subject) {
            return List.of(new TimelineKind(kind, kind));
        }

        @Override
        public List<TimelineEntry> entries(Caller caller, TimelineQuery query) {
            asked.add(query);
            return all.stream().filter(e -> query.before() == null || query.before().isBefore(e)).limit(query.limit()).toList();
        }

        @Override
        public TimelineSummary summary(Caller caller, TimelineSubject subject) {
            return new TimelineSummary(1, all.get(0).time(), null);
        }
    }

    /** Grants the timeline permission to the named users only. */
    private record Guard(Set<String> readers) implements AccessGuard {
        @Override
        public boolean allows(Caller caller, String permission) {
            return TimelineService.READ.equals(permission) && readers.contains(caller.username());
        }

        @Override
        public void require(Caller caller, String permission) {
            if (!allows(caller, permission)) {
                throw new AccessDeniedException(permission);
            }
        }
    }

    private static final class Failing implements TimelineProvider {
        private final RuntimeException failure;
        Failing(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public List<TimelineKind> kinds(Caller caller, TimelineSubject subject) {
            throw failure;
        }

        @Override
        public List<TimelineEntry> entries(Caller caller, TimelineQuery query) {
            throw failure;
        }

        @Override
        public TimelineSummary summary(Caller caller, TimelineSubject subject) {
            throw failure;
        }
    }
}
