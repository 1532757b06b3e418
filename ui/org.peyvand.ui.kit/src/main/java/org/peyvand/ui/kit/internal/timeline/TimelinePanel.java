package org.peyvand.ui.kit.internal.timeline;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.timeline.TimelineEntry;
import org.peyvand.platform.timeline.TimelineKind;
import org.peyvand.platform.timeline.TimelineService;
import org.peyvand.platform.timeline.TimelineSubject;
import org.peyvand.platform.timeline.TimelineSummary;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A record's timeline: its header (open items, last contact, owner), a filter by kind, and the
 * entries newest first, a page at a time; an entry opens its record where the user has a screen for it.
 */
final class TimelinePanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private final transient UiContext context;
    private final transient TimelineService timeline;
    private final TimelineSubject subject;
    private final VerticalLayout entries = new VerticalLayout();
    private final Button more;
    private final ComboBox<TimelineKind> kind = new ComboBox<>();
    private String next;

    TimelinePanel(UiContext context, TimelineService timeline, TimelineSubject subject, List<TimelineKind> kinds) {
        this.context = context;
        this.timeline = timeline;
        this.subject = subject;
        Messages messages = context.messages();
        setId("timeline");
        setCaption(messages.get("kit.timeline.tab"));
        setMargin(false);
        addStyleName("crm-timeline");

        kind.setId("timeline-kind");
        kind.setItems(kinds);
        kind.setItemCaptionGenerator(TimelineKind::label);
        kind.setPlaceholder(messages.get("kit.timeline.allKinds"));
        kind.setEmptySelectionCaption(messages.get("kit.timeline.allKinds"));
        kind.addValueChangeListener(e -> reload());

        entries.setId("timeline-entries");
        entries.setMargin(false);
        entries.setSpacing(false);
        more = new Button(messages.get("kit.timeline.more"), e -> load());
        more.setId("timeline-more");
        more.addStyleName(ValoTheme.BUTTON_SMALL);

        addComponents(summary(), kind, entries, more);
        reload();
    }

    private Component summary() {
        Messages messages = context.messages();
        TimelineSummary summary = context.call(() -> timeline.summary(context.caller(), subject)).orElse(TimelineSummary.NONE);
        Label open = new Label(messages.get("kit.timeline.openItems", context.format().number(summary.openItems())));
        open.setId("timeline-open");
        Label last = new Label(messages.get("kit.timeline.lastContact",
                summary.lastContact() == null ? messages.get("kit.timeline.never") : context.format().dateTime(summary.lastContact(), TEHRAN)));
        last.setId("timeline-last");
        Label owner = new Label(messages.get("kit.timeline.owner", summary.owner() == null ? "—" : summary.owner()));
        owner.setId("timeline-owner");
        HorizontalLayout header = new HorizontalLayout(open, last, owner);
        header.setId("timeline-summary");
        header.addStyleName("crm-timeline-summary");
        return header;
    }

    private void reload() {
        entries.removeAllComponents();
        next = null;
        load();
    }

    private void load() {
        Set<String> kinds = kind.getValue() == null ? Set.of() : Set.of(kind.getValue().id());
        String before = next;
        Page<TimelineEntry> page = context.call(() -> timeline.entries(context.caller(), subject, before, PAGE, kinds))
                .orElse(new Page<>(List.of(), null));
        page.items().forEach(entry -> entries.addComponent(row(entry)));
        if (entries.getComponentCount() == 0) {
            entries.addComponent(new Label(context.messages().get("kit.timeline.empty")));
        }
        next = page.nextCursor();
        more.setVisible(next != null);
    }

    private Component row(TimelineEntry entry) {
        Label when = new Label(context.format().dateTime(entry.time(), TEHRAN));
        when.addStyleNames(ValoTheme.LABEL_SMALL, "crm-timeline-when");
        Component title;
        if (entry.link() != null && context.opens(entry.link().type())) {
            Button open = new Button(entry.title(), e -> context.openRecord(entry.link().type(), entry.link().id()));
            open.addStyleNames(ValoTheme.BUTTON_LINK, "crm-timeline-title");
            title = open;
        } else {
            Label plain = new Label(entry.title());
            plain.addStyleName("crm-timeline-title");
            title = plain;
        }
        CssLayout row = new CssLayout(when, title);
        if (entry.open()) {
            Label open = new Label(context.messages().get("kit.timeline.open"));
            open.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_COLORED);
            row.addComponent(open);
        }
        String detail = entry.summary() == null ? "" : context.format().digits(entry.summary());
        Label about = new Label(entry.actor() == null ? detail : detail.isEmpty() ? entry.actor() : detail + " — " + entry.actor());
        about.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_LIGHT);
        row.addComponent(about);
        row.addStyleNames("crm-timeline-entry", "crm-timeline-" + entry.kind().replace('.', '-'));
        row.setId("timeline-entry-" + entry.kind().replace('.', '-') + "-" + entry.id());
        row.setWidth("100%");
        return row;
    }
}
