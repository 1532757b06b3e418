package org.peyvand.module.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.platform.form.RecordLinks;
import org.peyvand.platform.security.Caller;

/** What other modules keep about records, as a test sets it; refuses as the kernel does. */
final class TestLinks implements RecordLinks {
    private final Map<String, List<RecordLinkCount>> links = new ConcurrentHashMap<>();

    TestLinks with(String type, long id, RecordLinkCount count) {
        links.computeIfAbsent(type + "/" + id, key -> new ArrayList<>()).add(count);
        return this;
    }

    @Override
    public List<RecordLinkCount> linksTo(Caller caller, String type, long id) {
        return links.getOrDefault(type + "/" + id, List.of());
    }

    @Override
    public void requireUnlinked(String type, long id) {
        List<RecordLinkCount> counts = linksTo(null, type, id);
        if (!counts.isEmpty()) {
            throw new ConflictException("form.error.linked", counts.stream().map(c -> FieldError.of(FIELD, c.labelKey(), c.count())).toList());
        }
    }
}
