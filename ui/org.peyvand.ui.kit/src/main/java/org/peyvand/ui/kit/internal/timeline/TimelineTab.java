package org.peyvand.ui.kit.internal.timeline;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.timeline.TimelineKind;
import org.peyvand.platform.timeline.TimelineService;
import org.peyvand.platform.timeline.TimelineSubject;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.RecordTab;
import org.peyvand.ui.api.UiContext;

/**
 * Adds the Timeline tab to the screen of every record some installed module tells about (an
 * account, a contact) for those who may read timelines; records nothing tells about, or nothing
 * the user may see, get no tab.
 */
@Component(service = RecordTab.class, property = RecordTab.ORDER + ":Integer=5")
public class TimelineTab implements RecordTab {
    private final TimelineService timeline;
    private final AccessGuard guard;

    @Activate
    public TimelineTab(@Reference TimelineService timeline, @Reference AccessGuard guard) {
        this.timeline = timeline;
        this.guard = guard;
    }

    @Override
    public Optional<com.vaadin.ui.Component> create(UiContext context, RecordRef record) {
        if (!guard.allows(context.caller(), TimelineService.READ)) {
            return Optional.empty();
        }
        TimelineSubject subject = new TimelineSubject(record.type(), record.id());
        List<TimelineKind> kinds = timeline.kinds(context.caller(), subject);
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TimelinePanel(context, timeline, subject, kinds));
    }
}
