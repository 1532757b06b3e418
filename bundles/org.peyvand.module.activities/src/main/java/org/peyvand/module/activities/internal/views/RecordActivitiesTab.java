package org.peyvand.module.activities.internal.views;

import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.activities.Activity;
import org.peyvand.module.activities.ActivityQuery;
import org.peyvand.module.activities.ActivityService;
import org.peyvand.module.activities.internal.Permissions;
import org.peyvand.module.activities.internal.Recurrences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.RecordTab;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Grids;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Adds an Activities tab to the screens of accounts and contacts, for those who may read
 * activities: the latest ones about the record, overdue ones in red, and a button for a new one
 * about it.
 */
@Component(service = RecordTab.class, property = RecordTab.ORDER + ":Integer=15")
public class RecordActivitiesTab implements RecordTab {
    /** Activities shown in the tab; the activities screen shows them all. */
    private static final int SHOWN = 50;
    private static final int MIN_COLUMN_WIDTH = 100;
    private static final Set<String> TYPES = Set.of(Permissions.ACCOUNT, Permissions.CONTACT);

    private final ViewServices services;
    private final AccessGuard guard;

    @Activate
    public RecordActivitiesTab(@Reference ActivityService activities, @Reference RecordLookups lookups, @Reference AuditTrail audit,
            @Reference AccessGuard guard) {
        this.services = new ViewServices(activities, lookups, audit);
        this.guard = guard;
    }

    @Override
    public Optional<com.vaadin.ui.Component> create(UiContext context, RecordRef record) {
        if (!TYPES.contains(record.type()) || !guard.allows(context.caller(), Permissions.READ)) {
            return Optional.empty();
        }
        Messages messages = context.messages();
        Grid<Activity> grid = new Grid<>();
        grid.setId("record-activities-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(5);
        grid.addColumn(a -> context.format().dateTime(a.dueAt(), Recurrences.ZONE)).setCaption(messages.get("activities.field.dueAt"));
        grid.addColumn(a -> messages.get("activities.kind." + a.kind().name())).setCaption(messages.get("activities.field.kind"));
        grid.addColumn(Activity::subject).setCaption(messages.get("activities.field.subject")).setExpandRatio(2);
        grid.addColumn(a -> messages.get("activities.status." + a.status().name()) + (a.overdue() ? " · " + messages.get("activities.overdue") : ""))
                .setCaption(messages.get("activities.field.status"));
        // a narrow tab shares its width by these ratios; no column shrinks below a readable width
        grid.getColumns().forEach(c -> c.setSortable(false).setMinimumWidthFromContent(false).setMinimumWidth(MIN_COLUMN_WIDTH));
        grid.getColumns().stream().filter(c -> c.getExpandRatio() < 1).forEach(c -> c.setExpandRatio(1));
        grid.setStyleGenerator(ActivityStyles::of);
        Grids.orderColumns(grid, context.rightToLeft());
        Runnable reload = () -> context.call(() -> services.activities().list(context.caller(), ActivityQuery.regarding(record.type(), record.id()),
                PageRequest.first(SHOWN, ActivityService.SORT_DUE, true))).ifPresent(page -> grid.setItems(page.items()));
        reload.run();
        grid.addItemClickListener(e -> UI.getCurrent().addWindow(new ActivityEditor(context, services, e.getItem(), null, reload)));

        VerticalLayout tab = new VerticalLayout(grid);
        if (guard.allows(context.caller(), Permissions.CREATE)) {
            Button create = new Button(messages.get("activities.new"), VaadinIcons.PLUS);
            create.setId("record-activity-new");
            create.addStyleName(ValoTheme.BUTTON_LINK);
            create.addClickListener(e -> UI.getCurrent().addWindow(new ActivityEditor(context, services, null, record, reload)));
            tab.addComponent(create);
        }
        ActivityStyles.applyTo(tab);
        tab.setId("record-activities");
        tab.setCaption(messages.get("activities.menu"));
        tab.setMargin(false);
        return Optional.of(tab);
    }
}
