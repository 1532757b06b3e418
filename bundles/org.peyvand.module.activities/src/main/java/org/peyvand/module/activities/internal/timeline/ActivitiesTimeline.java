package org.peyvand.module.activities.internal.timeline;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.activities.Activity;
import org.peyvand.module.activities.ActivityQuery;
import org.peyvand.module.activities.ActivityService;
import org.peyvand.module.activities.ActivityStatus;
import org.peyvand.module.activities.internal.Permissions;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.KeysetCursor;
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
 * Puts the activities about a record (an account, a contact, any record) on its timeline at their
 * due time, read through the activity service (its permission, the caller's scope and the
 * regarding-and-due index). Open ones count as open items; the latest done one is the last contact.
 */
@Component(service = TimelineProvider.class)
public class ActivitiesTimeline implements TimelineProvider {
    static final String KIND = Permissions.TYPE;

    private final ActivityService activities;
    private final AccessGuard guard;
    private final I18nService i18n;

    @Activate
    public ActivitiesTimeline(@Reference ActivityService activities, @Reference AccessGuard guard, @Reference I18nService i18n) {
        this.activities = activities;
        this.guard = guard;
        this.i18n = i18n;
    }

    @Override
    public List<TimelineKind> kinds(Caller caller, TimelineSubject subject) {
        // offered only where there is something of it to show, so a record without activities keeps a timeline of its own kinds
        if (!applies(caller) || activities.list(caller, ActivityQuery.regarding(subject.type(), subject.id()),
                PageRequest.first(1, ActivityService.SORT_DUE, true)).items().isEmpty()) {
            return List.of();
        }
        return List.of(new TimelineKind(KIND, i18n.messages(caller.locale()).get("activities.menu")));
    }

    @Override
    public List<TimelineEntry> entries(Caller caller, TimelineQuery query) {
        if (!applies(caller) || !query.wants(KIND)) {
            return List.of();
        }
        Messages messages = i18n.messages(caller.locale());
        String cursor = query.before() == null ? null : cursorBefore(query.before());
        ActivityQuery about = ActivityQuery.regarding(query.subject().type(), query.subject().id());
        return activities.list(caller, about, new PageRequest(cursor, Math.min(query.limit(), PageRequest.MAX_LIMIT), ActivityService.SORT_DUE, true))
                .items().stream().map(activity -> entry(activity, messages)).toList();
    }

    @Override
    public TimelineSummary summary(Caller caller, TimelineSubject subject) {
        if (!applies(caller)) {
            return TimelineSummary.NONE;
        }
        long open = activities.count(caller, new ActivityQuery(null, null, ActivityStatus.OPEN, subject.type(), subject.id(), null, null, false));
        List<Activity> lastDone = activities.list(caller, new ActivityQuery(null, null, ActivityStatus.DONE, subject.type(), subject.id(), null, null, false),
                PageRequest.first(1, ActivityService.SORT_DUE, true)).items();
        return new TimelineSummary(open, lastDone.isEmpty() ? null : lastDone.get(0).dueAt(), null);
    }

    private boolean applies(Caller caller) {
        return guard.allows(caller, Permissions.READ);
    }

    /** The list's cursor for the activities after a timeline position: at its very time only those below its id bound. */
    static String cursorBefore(TimelinePosition before) {
        return new KeysetCursor(ActivityService.SORT_DUE, before.time().toString(), before.idBound(KIND)).encode();
    }

    private static TimelineEntry entry(Activity activity, Messages messages) {
        String title = messages.get("activities.timeline.title", messages.get("activities.kind." + activity.kind().name()), activity.subject());
        String summary = activity.outcome() != null ? activity.outcome() : activity.description();
        return new TimelineEntry(activity.dueAt(), KIND, activity.id(), "activities", title, summary, activity.owner(),
                activity.status() == ActivityStatus.OPEN, new TimelineLink(KIND, String.valueOf(activity.id())));
    }
}
