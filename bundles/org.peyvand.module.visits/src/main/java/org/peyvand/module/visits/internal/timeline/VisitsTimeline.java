package org.peyvand.module.visits.internal.timeline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.visits.Visit;
import org.peyvand.module.visits.VisitQuery;
import org.peyvand.module.visits.VisitService;
import org.peyvand.module.visits.internal.Permissions;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.timeline.TimelineEntry;
import org.peyvand.platform.timeline.TimelineKind;
import org.peyvand.platform.timeline.TimelineLink;
import org.peyvand.platform.timeline.TimelinePosition;
import org.peyvand.platform.timeline.TimelineProvider;
import org.peyvand.platform.timeline.TimelineQuery;
import org.peyvand.platform.timeline.TimelineSubject;
import org.peyvand.platform.timeline.TimelineSummary;

/**
 * Puts the visits to an account on the account's timeline, read through the visit service (its
 * permission, the caller's scope and the account-and-date index). A visit is dated, not timed: it
 * stands at the start of its day in Tehran; one planned after today is an open item, the latest one
 * up to today the last contact.
 */
@Component(service = TimelineProvider.class)
public class VisitsTimeline implements TimelineProvider {
    static final String KIND = Permissions.TYPE;
    static final ZoneId ZONE = ZoneId.of("Asia/Tehran");
    /** Planned visits are counted up to this many; an account rarely has more ahead. */
    private static final int MAX_PLANNED = 500;

    private final VisitService visits;
    private final AccessGuard guard;
    private final I18nService i18n;
    private final Clock clock;

    @Activate
    public VisitsTimeline(@Reference VisitService visits, @Reference AccessGuard guard, @Reference I18nService i18n) {
        this(visits, guard, i18n, Clock.system(ZONE));
    }

    VisitsTimeline(VisitService visits, AccessGuard guard, I18nService i18n, Clock clock) {
        this.visits = visits;
        this.guard = guard;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public List<TimelineKind> kinds(Caller caller, TimelineSubject subject) {
        return applies(caller, subject) ? List.of(new TimelineKind(KIND, i18n.messages(caller.locale()).get("visits.menu"))) : List.of();
    }

    @Override
    public List<TimelineEntry> entries(Caller caller, TimelineQuery query) {
        OptionalLong account = query.subject().numericId();
        if (!applies(caller, query.subject()) || !query.wants(KIND) || account.isEmpty()) {
            return List.of();
        }
        Messages messages = i18n.messages(caller.locale());
        LocalDate today = LocalDate.now(clock);
        String cursor = query.before() == null ? null : cursorBefore(query.before());
        return visits.list(caller, new VisitQuery(null, account.getAsLong()), new PageRequest(cursor, Math.min(query.limit(),
                PageRequest.MAX_LIMIT), VisitService.SORT_DATE, true)).items().stream().map(v -> entry(v, today, messages)).toList();
    }

    @Override
    public TimelineSummary summary(Caller caller, TimelineSubject subject) {
        OptionalLong account = subject.numericId();
        if (!applies(caller, subject) || account.isEmpty()) {
            return TimelineSummary.NONE;
        }
        LocalDate today = LocalDate.now(clock);
        VisitQuery ofAccount = new VisitQuery(null, account.getAsLong());
        long planned = 0;
        String cursor = null;
        do {
            Page<Visit> page = visits.list(caller, ofAccount, new PageRequest(cursor, 100, VisitService.SORT_DATE, true));
            long ahead = page.items().stream().filter(v -> v.visitDate().isAfter(today)).count();
            planned += ahead;
            cursor = ahead == page.items().size() ? page.nextCursor() : null;
        } while (cursor != null && planned < MAX_PLANNED);
        String upToToday = new KeysetCursor(VisitService.SORT_DATE, today.plusDays(1).toString(), Long.MIN_VALUE).encode();
        List<Visit> last = visits.list(caller, ofAccount, new PageRequest(upToToday, 1, VisitService.SORT_DATE, true)).items();
        return new TimelineSummary(planned, last.isEmpty() ? null : startOf(last.get(0).visitDate()), null);
    }

    private boolean applies(Caller caller, TimelineSubject subject) {
        return Permissions.ACCOUNT.equals(subject.type()) && guard.allows(caller, Permissions.READ);
    }

    /**
     * The visit list's cursor for the visits after a timeline position: a visit at the start of the
     * position's day comes after it only below the position's id bound; any later position passes the whole day.
     */
    static String cursorBefore(TimelinePosition before) {
        LocalDate day = before.time().atZone(ZONE).toLocalDate();
        long bound = startOf(day).equals(before.time()) ? before.idBound(KIND) : Long.MAX_VALUE;
        return new KeysetCursor(VisitService.SORT_DATE, day.toString(), bound).encode();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    private static TimelineEntry entry(Visit visit, LocalDate today, Messages messages) {
        return new TimelineEntry(startOf(visit.visitDate()), KIND, visit.id(), "visits", messages.get("visits.timeline.title", visit.purpose()),
                visit.outcome(), visit.visitor(), visit.visitDate().isAfter(today), new TimelineLink(KIND, String.valueOf(visit.id())));
    }
}
