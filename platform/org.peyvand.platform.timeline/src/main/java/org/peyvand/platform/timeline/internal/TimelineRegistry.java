package org.peyvand.platform.timeline.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.ValidationException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timeline over the providers present now. Each provider is asked once per page for one entry
 * more than the page holds, older than the cursor; their answers are merged on the timeline's
 * order, so a page costs one query per module whatever the number of entries.
 */
@Component(service = TimelineService.class)
public class TimelineRegistry implements TimelineService {
    private static final Logger LOG = LoggerFactory.getLogger(TimelineRegistry.class);
    private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::position, TimelinePosition.NEWEST_FIRST);

    private final List<TimelineProvider> providers = new CopyOnWriteArrayList<>();
    private final AccessGuard guard;

    @Activate
    public TimelineRegistry(@Reference AccessGuard guard) {
        this.guard = guard;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(TimelineProvider provider) {
        providers.add(provider);
    }

    void removeProvider(TimelineProvider provider) {
        providers.remove(provider);
    }

    @Override
    public Page<TimelineEntry> entries(Caller caller, TimelineSubject subject, String before, int limit, Set<String> kinds) {
        guard.require(caller, READ);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "core.error.range", 1, MAX_LIMIT);
        }
        TimelinePosition cursor = before == null || before.isBlank() ? null : TimelinePosition.decode(before);
        TimelineQuery query = new TimelineQuery(subject, cursor, limit + 1, kinds);
        List<List<TimelineEntry>> answers = new ArrayList<>();
        for (TimelineProvider provider : providers) {
            List<TimelineEntry> answer = ask(provider, subject, p -> p.entries(caller, query));
            if (answer != null) {
                answers.add(answer.stream().filter(e -> query.wants(e.kind()) && (cursor == null || cursor.isBefore(e))).sorted(ORDER).toList());
            }
        }
        List<TimelineEntry> merged = merge(answers, limit + 1);
        boolean more = merged.size() > limit;
        List<TimelineEntry> page = more ? merged.subList(0, limit) : merged;
        return new Page<>(page, more ? page.get(page.size() - 1).position().encode() : null);
    }

    @Override
    public List<TimelineKind> kinds(Caller caller, TimelineSubject subject) {
        guard.require(caller, READ);
        Map<String, TimelineKind> byId = new LinkedHashMap<>();
        for (TimelineProvider provider : providers) {
            List<TimelineKind> offered = ask(provider, subject, p -> p.kinds(caller, subject));
            if (offered != null) {
                offered.forEach(kind -> byId.putIfAbsent(kind.id(), kind));
            }
        }
        return byId.values().stream().sorted(Comparator.comparing(TimelineKind::label)).toList();
    }

    @Override
    public TimelineSummary summary(Caller caller, TimelineSubject subject) {
        guard.require(caller, READ);
        TimelineSummary summary = TimelineSummary.NONE;
        for (TimelineProvider provider : providers) {
            TimelineSummary part = ask(provider, subject, p -> p.summary(caller, subject));
            if (part != null) {
                summary = summary.plus(part);
            }
        }
        return summary;
    }

    /** The first {@code limit} entries of lists each already in the timeline's order, in that order. */
    static List<TimelineEntry> merge(List<List<TimelineEntry>> sorted, int limit) {
        record Head(List<TimelineEntry> list, int index) {
            TimelineEntry entry() {
                return list.get(index);
            }
        }
        PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::entry, ORDER));
        sorted.stream().filter(list -> !list.isEmpty()).forEach(list -> heads.add(new Head(list, 0)));
        List<TimelineEntry> merged = new ArrayList<>();
        while (merged.size() < limit && !heads.isEmpty()) {
            Head head = heads.poll();
            merged.add(head.entry());
            if (head.index() + 1 < head.list().size()) {
                heads.add(new Head(head.list(), head.index() + 1));
            }
        }
        return merged;
    }

    /** One provider's answer, or {@code null} when it failed: one module's fault never breaks the timeline. */
    private static <T> T ask(TimelineProvider provider, TimelineSubject subject, Function<TimelineProvider, T> question) {
        try {
            return question.apply(provider);
        } catch (CrmException refused) {
            LOG.debug("A timeline provider refused {} {}: {}", subject.type(), subject.id(), refused.getMessage());
            return null;
        } catch (RuntimeException e) {
            LOG.warn("A timeline provider ({}) failed for {} {}", provider.getClass().getName(), subject.type(), subject.id(), e);
            return null;
        }
    }
}
