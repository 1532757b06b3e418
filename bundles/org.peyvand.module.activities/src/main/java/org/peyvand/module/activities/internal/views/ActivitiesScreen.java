package org.peyvand.module.activities.internal.views;

import java.util.Arrays;

import org.peyvand.module.activities.Activity;
import org.peyvand.module.activities.ActivityQuery;
import org.peyvand.module.activities.ActivityService;
import org.peyvand.module.activities.ActivityStatus;
import org.peyvand.module.activities.internal.Recurrences;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ListScreen;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Activities by due time: search by subject, filter by status, one's own and overdue ones, a
 * keyset-paged grid with overdue rows in red and due times in the user's calendar; new and open in
 * the editor.
 */
final class ActivitiesScreen extends ListScreen<Activity> {
    private static final long serialVersionUID = 1L;

    private final transient ViewServices services;
    private final ComboBox<ActivityStatus> status = new ComboBox<>();
    private final CheckBox mine = new CheckBox();
    private final CheckBox overdue = new CheckBox();

    ActivitiesScreen(UiContext context, ViewServices services) {
        super(context, "activities.menu", "activities.count", ActivityService.SORT_DUE);
        this.services = services;
        setId("view-activities");
        ActivityStyles.applyTo(this);

        grid.addColumn(a -> context.format().dateTime(a.dueAt(), Recurrences.ZONE)).setId("dueAt").setCaption(label("activities.field.dueAt"))
                .setSortProperty(ActivityService.SORT_DUE);
        grid.addColumn(a -> label("activities.kind." + a.kind().name())).setId("kind").setCaption(label("activities.field.kind")).setSortable(false);
        grid.addColumn(a -> a.recurrence() == null ? a.subject() : a.subject() + " ⟳").setId("subject").setCaption(label("activities.field.subject"))
                .setSortable(false);
        grid.addColumn(this::regarding).setId("regarding").setCaption(label("activities.field.regarding")).setSortable(false);
        grid.addColumn(Activity::owner).setId("owner").setCaption(label("activities.field.owner")).setSortable(false);
        grid.addColumn(a -> label("activities.status." + a.status().name()) + (a.overdue() ? " · " + label("activities.overdue") : ""))
                .setId("status").setCaption(label("activities.field.status")).setSortable(false);
        grid.setStyleGenerator(ActivityStyles::of);
        columnsAdded("dueAt");

        status.setId("activities-status");
        status.setPlaceholder(label("activities.filter.all"));
        status.setItems(Arrays.asList(ActivityStatus.values()));
        status.setItemCaptionGenerator(s -> label("activities.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        mine.setId("activities-mine");
        mine.setCaption(label("activities.filter.mine"));
        mine.addValueChangeListener(e -> refresh());
        overdue.setId("activities-overdue");
        overdue.setCaption(label("activities.filter.overdue"));
        overdue.addValueChangeListener(e -> refresh());
        Button create = new Button(label("ui.action.new"), VaadinIcons.PLUS);
        create.setId("activity-new");
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        create.addClickListener(e -> edit(null));
        addAction(status);
        addAction(mine);
        addAction(overdue);
        addAction(create);
    }

    /** The record's name, or why it is not shown; the type alone when the module that owns it is away. */
    private String regarding(Activity activity) {
        if (activity.regardingType() == null) {
            return "";
        }
        if (!activity.regardingInstalled()) {
            return label("activities.regarding.notInstalled", activity.regardingType());
        }
        return activity.regardingTitle() != null ? activity.regardingTitle() : context.format().digits(activity.regardingId());
    }

    private ActivityQuery query(String text) {
        return new ActivityQuery(text, mine.getValue() ? context.caller().username() : null, status.getValue(), null, null, null, null,
                overdue.getValue());
    }

    @Override
    protected Page<Activity> page(String text, PageRequest request) {
        return services.activities().list(context.caller(), query(text), request);
    }

    @Override
    protected long count(String text) {
        return services.activities().count(context.caller(), query(text));
    }

    @Override
    protected void open(Activity row) {
        edit(row);
    }

    @Override
    protected void openById(long id) {
        try {
            edit(services.activities().get(context.caller(), id));
        } catch (CrmException e) {
            context.showError(e);
        }
    }

    private void edit(Activity activity) {
        getUI().addWindow(new ActivityEditor(context, services, activity, null, this::refresh));
    }

    private String label(String key, Object... args) {
        return context.messages().get(key, args);
    }
}
