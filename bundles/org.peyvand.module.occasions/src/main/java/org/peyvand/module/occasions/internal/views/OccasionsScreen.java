package org.peyvand.module.occasions.internal.views;

import java.util.List;

import org.peyvand.module.occasions.CompanyEvent;
import org.peyvand.module.occasions.Greeting;
import org.peyvand.module.occasions.GreetingPlan;
import org.peyvand.module.occasions.OccasionKind;
import org.peyvand.module.occasions.OccasionService;
import org.peyvand.module.occasions.OfficialChange;
import org.peyvand.module.occasions.OfficialOccasion;
import org.peyvand.module.occasions.UpcomingOccasion;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Occasions: the coming days' occasions (Jalali dates in Persian, Gregorian in English), the official
 * calendar and company events, and the greeting plans with their preview and history. What the user
 * may not do is refused by the service and shown as its message.
 */
final class OccasionsScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;
    private static final int DAYS = 30;

    private final transient UiContext context;
    private final transient OccasionService occasions;
    private final boolean persian;
    private final Grid<UpcomingOccasion> upcoming = new Grid<>();
    private final Grid<OfficialOccasion> official = new Grid<>();
    private final Grid<CompanyEvent> events = new Grid<>();
    private final Grid<GreetingPlan> plans = new Grid<>();
    private final Grid<Greeting> history = new Grid<>();

    OccasionsScreen(UiContext context, OccasionService occasions) {
        this.context = context;
        this.occasions = occasions;
        this.persian = "fa".equals(context.caller().locale().getLanguage());
        Messages messages = context.messages();
        setId("view-occasions");
        addStyleName("crm-page");
        setSizeFull();
        Label title = new Label(messages.get("occasions.menu"));
        title.addStyleName("crm-page-title");

        TabSheet tabs = new TabSheet();
        tabs.setId("occasions-tabs");
        tabs.addTab(upcomingTab(messages), messages.get("occasions.tab.upcoming"));
        tabs.addTab(calendarTab(messages), messages.get("occasions.tab.calendar"));
        tabs.addTab(plansTab(messages), messages.get("occasions.tab.plans"));
        VerticalLayout page = new VerticalLayout(title, tabs);
        page.setWidth("100%");
        addComponent(page);
        reload();
    }

    private VerticalLayout upcomingTab(Messages messages) {
        upcoming.setId("occasions-upcoming");
        upcoming.setWidth("100%");
        upcoming.setHeightByRows(12);
        upcoming.addColumn(o -> context.format().date(o.date())).setCaption(messages.get("occasions.field.date"));
        upcoming.addColumn(o -> o.kind() == OccasionKind.BIRTHDAY || o.kind() == OccasionKind.ANNIVERSARY ? messages.get("occasions.birthdays", name(o.nameFa(), o.nameEn()),
                context.format().number(o.count())) : name(o.nameFa(), o.nameEn())).setCaption(messages.get("occasions.field.name"));
        upcoming.addColumn(o -> messages.get("occasions.kind." + o.kind().name())).setCaption(messages.get("occasions.field.kind"));
        return new VerticalLayout(upcoming);
    }

    private VerticalLayout calendarTab(Messages messages) {
        official.setId("occasions-official");
        official.setWidth("100%");
        official.setHeightByRows(8);
        official.addColumn(o -> name(o.nameFa(), o.nameEn())).setCaption(messages.get("occasions.field.name"));
        official.addColumn(o -> messages.get(o.lunar() ? "occasions.when.lunar" : "occasions.when.solar", o.month(), o.day(), o.correction()))
                .setCaption(messages.get("occasions.field.when"));
        official.addColumn(o -> messages.get(o.enabled() ? "occasions.yes" : "occasions.no")).setCaption(messages.get("occasions.field.enabled"));
        Button toggle = button(messages.get("occasions.official.toggle"), VaadinIcons.POWER_OFF, "occasions-official-toggle",
                () -> official.getSelectedItems().stream().findFirst().ifPresent(o -> {
                    if (context.run(() -> occasions.changeOfficial(context.caller(), o.code(), new OfficialChange(!o.enabled(), o.correction()),
                            o.version()))) {
                        reload();
                    }
                }));
        Button correct = button(messages.get("occasions.official.correct"), VaadinIcons.ADJUST, "occasions-official-correct",
                () -> official.getSelectedItems().stream().findFirst()
                        .ifPresent(o -> UI.getCurrent().addWindow(new CorrectionDialog(context, occasions, o, this::reload))));

        events.setId("occasions-events");
        events.setWidth("100%");
        events.setHeightByRows(6);
        events.addColumn(e -> name(e.nameFa(), e.nameEn())).setCaption(messages.get("occasions.field.name"));
        events.addColumn(e -> e.yearly() ? messages.get("occasions.when.solar", e.month(), e.day(), 0) : context.format().date(e.date()))
                .setCaption(messages.get("occasions.field.when"));
        Button add = button(messages.get("occasions.event.new"), VaadinIcons.PLUS, "occasions-event-new",
                () -> UI.getCurrent().addWindow(new EventEditor(context, occasions, null, this::reload)));
        Button edit = button(messages.get("occasions.edit"), VaadinIcons.EDIT, "occasions-event-edit", () -> events.getSelectedItems().stream()
                .findFirst().ifPresent(e -> UI.getCurrent().addWindow(new EventEditor(context, occasions, e, this::reload))));
        Button delete = button(messages.get("occasions.delete"), VaadinIcons.TRASH, "occasions-event-delete",
                () -> events.getSelectedItems().stream().findFirst().ifPresent(e -> confirmDelete(name(e.nameFa(), e.nameEn()),
                        () -> occasions.deleteEvent(context.caller(), e.id()))));
        delete.addStyleName(ValoTheme.BUTTON_DANGER);
        return new VerticalLayout(new Label(messages.get("occasions.official")), new HorizontalLayout(toggle, correct), official,
                new Label(messages.get("occasions.events")), new HorizontalLayout(add, edit, delete), events);
    }

    private VerticalLayout plansTab(Messages messages) {
        plans.setId("occasions-plans");
        plans.setWidth("100%");
        plans.setHeightByRows(6);
        plans.addColumn(p -> name(p.occasionNameFa(), p.occasionNameEn())).setCaption(messages.get("occasions.field.occasion"));
        plans.addColumn(p -> p.channelAvailable() ? p.channel() : messages.get("occasions.plan.channelMissing", p.channel()))
                .setCaption(messages.get("occasions.field.channel"));
        plans.addColumn(p -> messages.get(p.enabled() ? "occasions.yes" : "occasions.no")).setCaption(messages.get("occasions.field.enabled"));
        plans.addColumn(GreetingPlan::owner).setCaption(messages.get("occasions.field.owner"));
        plans.addSelectionListener(e -> showHistory(e.getFirstSelectedItem().orElse(null)));

        Button add = button(messages.get("occasions.plan.new"), VaadinIcons.PLUS, "occasions-plan-new",
                () -> UI.getCurrent().addWindow(new PlanEditor(context, occasions, null, this::reload)));
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button edit = button(messages.get("occasions.edit"), VaadinIcons.EDIT, "occasions-plan-edit", () -> plans.getSelectedItems().stream()
                .findFirst().ifPresent(p -> UI.getCurrent().addWindow(new PlanEditor(context, occasions, p, this::reload))));
        Button preview = button(messages.get("occasions.plan.preview"), VaadinIcons.EYE, "occasions-plan-preview", () -> plans.getSelectedItems()
                .stream().findFirst().ifPresent(p -> UI.getCurrent().addWindow(new PreviewDialog(context, occasions, p, null))));
        Button delete = button(messages.get("occasions.delete"), VaadinIcons.TRASH, "occasions-plan-delete", () -> plans.getSelectedItems().stream()
                .findFirst().ifPresent(p -> confirmDelete(name(p.occasionNameFa(), p.occasionNameEn()), () -> occasions.deletePlan(context.caller(),
                        p.id()))));
        delete.addStyleName(ValoTheme.BUTTON_DANGER);

        history.setId("occasions-history");
        history.setWidth("100%");
        history.setHeightByRows(8);
        history.addColumn(g -> context.format().date(g.occasionDate())).setCaption(messages.get("occasions.field.date"));
        history.addColumn(Greeting::contactName).setCaption(messages.get("occasions.field.contact"));
        history.addColumn(g -> messages.get("occasions.status." + g.status().name())).setCaption(messages.get("occasions.field.status"));
        history.addColumn(g -> g.reason() == null ? "" : g.reason()).setCaption(messages.get("occasions.field.reason"));
        return new VerticalLayout(new HorizontalLayout(add, edit, preview, delete), plans, new Label(messages.get("occasions.history")), history);
    }

    private void reload() {
        context.call(() -> occasions.upcoming(context.caller(), null, DAYS)).ifPresent(upcoming::setItems);
        context.call(() -> occasions.officialOccasions(context.caller())).ifPresent(official::setItems);
        context.call(() -> occasions.companyEvents(context.caller())).ifPresent(events::setItems);
        // plans are for those who may read them; others see the tab empty
        try {
            plans.setItems(occasions.plans(context.caller()));
        } catch (AccessDeniedException notTheirs) {
            plans.setItems(List.of());
        }
        showHistory(null);
    }

    private void showHistory(GreetingPlan plan) {
        if (plan == null) {
            history.setItems(List.of());
            return;
        }
        context.call(() -> occasions.history(context.caller(), plan.id(), null, PageRequest.MAX_LIMIT)).ifPresent(page -> history.setItems(page.items()));
    }

    private void confirmDelete(String what, Runnable delete) {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("occasions.delete"), messages.get("occasions.deleteQuestion", what), messages.get("occasions.delete"),
                messages.get("occasions.cancel"), true, () -> {
                    if (context.run(delete)) {
                        reload();
                    }
                });
    }

    private String name(String fa, String en) {
        return persian ? fa : en;
    }

    static Button button(String caption, VaadinIcons icon, String id, Runnable action) {
        Button button = new Button(caption, icon);
        button.setId(id);
        button.addClickListener(e -> action.run());
        return button;
    }
}
