package org.peyvand.platform.timeline;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.security.Caller;

/**
 * One record's timeline over every module present: entries newest first, keyset-paged. Every
 * method needs {@value #READ} first; each provider then gives only what the caller may see of its
 * module. A provider that fails is left out (and logged), never failing the timeline.
 */
@ProviderType
public interface TimelineService {
    /** Declared in {@code CRM-INF/permissions/timeline.json}. */
    String READ = "platform.timeline.read";
    int DEFAULT_LIMIT = 20;
    int MAX_LIMIT = 200;

    /**
     * @param before the previous page's {@link Page#nextCursor()}; {@code null} for the newest entries
     * @param kinds  only these kinds; empty or {@code null} for all
     */
    Page<TimelineEntry> entries(Caller caller, TimelineSubject subject, String before, int limit, Set<String> kinds);

    /** The kinds the filter offers for the subject, by label. */
    List<TimelineKind> kinds(Caller caller, TimelineSubject subject);

    TimelineSummary summary(Caller caller, TimelineSubject subject);
}
