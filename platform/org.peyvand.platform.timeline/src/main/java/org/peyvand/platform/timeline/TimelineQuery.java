package org.peyvand.platform.timeline;

import java.util.Objects;
import java.util.Set;

/**
 * What a provider is asked for: the subject's entries older than {@code before} (all when
 * {@code null}), newest first, at most {@code limit}, of the {@code kinds} asked for (any when empty).
 */
public record TimelineQuery(TimelineSubject subject, TimelinePosition before, int limit, Set<String> kinds) {

    public TimelineQuery {
        Objects.requireNonNull(subject, "subject");
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public boolean wants(String kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
