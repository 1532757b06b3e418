package org.peyvand.module.activities;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.workflow.Referral;
import org.peyvand.platform.workflow.WorkItem;

/**
 * Activities. Every method checks the caller's permission first, sees only the activities the
 * caller's scope allows, validates naming each field, and writes the audit trail.
 */
@ProviderType
public interface ActivityService {
    String SORT_DUE = "dueAt";
    /** By subject, in the order of the subject's search form: what finding activities by the words their subject starts with reads in index order. */
    String SORT_SUBJECT = "subject";

    /** Keyset-paged by due time (sort {@value #SORT_DUE}, the default) or by subject ({@value #SORT_SUBJECT}), ties by id. */
    Page<Activity> list(Caller caller, ActivityQuery query, PageRequest page);

    long count(Caller caller, ActivityQuery query);

    Activity get(Caller caller, long id);

    Activity create(Caller caller, ActivityInput input);

    /** @param expectedVersion the version the caller read; another one means someone changed it since */
    Activity update(Caller caller, long id, ActivityInput input, long expectedVersion);

    /**
     * Marks an open activity done with its outcome. For a recurring one the next occurrence of its
     * series, when the rule has one, is stored as a new open activity and returned in {@code next}.
     */
    Completion complete(Caller caller, long id, String outcome, long expectedVersion);

    Activity cancel(Caller caller, long id, long expectedVersion);

    void delete(Caller caller, long id);

    /**
     * The occurrences in {@code [from, to)} the caller may see, by start: stored activities and the
     * later occurrences of open recurring ones, computed from their rules. At most 62 days.
     */
    List<Occurrence> calendar(Caller caller, Instant from, Instant to);

    /** Refers the activity to a person or unit as an item of their cartable, which opens the activity. */
    WorkItem refer(Caller caller, long id, Referral referral);

    /** A completed activity and the next occurrence of its series, {@code null} when there is none. */
    record Completion(Activity done, Activity next) {
    }
}
