package org.peyvand.module.activities.internal.search;

import java.time.ZoneId;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.activities.ActivityQuery;
import org.peyvand.module.activities.ActivityService;
import org.peyvand.module.activities.internal.Permissions;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.search.SearchHit;
import org.peyvand.platform.search.SearchProvider;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;

/**
 * Activities in the global search, by the words their subject starts with, within the caller's record
 * scope, in subject order: the subject index read in its order, so a word millions of activities start
 * with costs no more than a rare one.
 */
@Component(service = SearchProvider.class)
public class ActivitySearch implements SearchProvider {
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private final ActivityService activities;
    private final AccessGuard guard;
    private final I18nService i18n;

    @Activate
    public ActivitySearch(@Reference ActivityService activities, @Reference AccessGuard guard, @Reference I18nService i18n) {
        this.activities = activities;
        this.guard = guard;
        this.i18n = i18n;
    }

    @Override
    public List<SearchHit> search(Caller caller, String query, int limit) {
        if (!guard.allows(caller, Permissions.READ)) {
            return List.of();
        }
        Messages messages = i18n.messages(caller.locale());
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        String label = messages.get("activities.menu");
        ActivityQuery bySubject = new ActivityQuery(query, null, null, null, null, null, null, false);
        return activities.list(caller, bySubject, PageRequest.first(limit, ActivityService.SORT_SUBJECT, false)).items().stream()
                .map(a -> new SearchHit(Permissions.TYPE, label, String.valueOf(a.id()), a.subject(),
                        messages.get("activities.kind." + a.kind().name()) + (a.dueAt() == null ? "" : " · " + format.dateTime(a.dueAt(), TEHRAN))))
                .toList();
    }
}
