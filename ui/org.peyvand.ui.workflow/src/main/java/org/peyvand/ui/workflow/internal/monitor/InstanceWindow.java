package org.peyvand.ui.workflow.internal.monitor;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.HistoryStep;
import org.peyvand.platform.workflow.Incident;
import org.peyvand.platform.workflow.InstanceDetail;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.ProcessVersion;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.Grids;
import org.peyvand.ui.workflow.internal.Buttons;
import org.peyvand.ui.workflow.internal.Moments;
import org.peyvand.ui.workflow.internal.WorkflowServices;
import org.peyvand.ui.workflow.internal.diagram.BpmnDiagram;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * One process instance: its diagram with where it waits now and what it has passed, its history,
 * variables and incidents, and the actions of those who monitor processes on it. Its starter sees
 * it without the actions.
 */
public final class InstanceWindow extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient WorkflowServices services;
    private final transient Runnable changed;
    private final BpmnDiagram diagram;
    private InstanceDetail detail;
    private String loadedDiagram;

    InstanceWindow(UiContext context, WorkflowServices services, InstanceDetail detail, Runnable changed) {
        this.context = context;
        this.services = services;
        this.changed = changed;
        this.detail = detail;
        setId("instance-window");
        setModal(true);
        setWidth("95%");
        setHeight("95%");
        addStyleName("crm-dialog");
        diagram = BpmnDiagram.viewer(context.messages());
        diagram.setId("instance-diagram");
        diagram.addStyleName("crm-instance-diagram");
        diagram.onFailure(reason -> context.showError(new IllegalStateException(reason)));
        show();
    }

    /** Opens the instance, when the caller may read it; the service decides, and what it refuses is shown. */
    public static void open(UiContext context, WorkflowServices services, long id, Runnable changed) {
        context.call(() -> services.processes().instance(context.caller(), id))
                .ifPresent(detail -> UI.getCurrent().addWindow(new InstanceWindow(context, services, detail, changed)));
    }

    private void show() {
        Messages messages = context.messages();
        ProcessInstance instance = detail.instance();
        setCaption(messages.get("workflow.ui.instance.title", context.format().number(instance.id()),
                instance.processName() == null ? instance.processKey() : instance.processName(), context.format().number(instance.version())));
        Label summary = new Label(messages.get("workflow.ui.instance.summary", messages.get("workflow.ui.instance." + instance.state().name()),
                instance.startedBy(), Moments.show(context, instance.startedAt())));
        summary.setId("instance-summary");
        String version = instance.processKey() + "/" + instance.version();
        if (!version.equals(loadedDiagram)) {
            context.call(() -> services.processes().xml(context.caller(), instance.processKey(), instance.version()))
                    .ifPresent(diagram::load);
            loadedDiagram = version;
        }
        diagram.mark(InstanceMarkers.of(detail));

        TabSheet tabs = new TabSheet();
        tabs.setId("instance-tabs");
        tabs.addTab(history(messages), messages.get("workflow.ui.instance.history"));
        tabs.addTab(variables(messages), messages.get("workflow.ui.instance.variables"));
        tabs.addTab(incidents(messages), messages.get("workflow.ui.instance.incidents") + " (" + context.format().number(detail.incidents().size())
                + ")").setId("instance-incidents-tab");
        VerticalLayout content = new VerticalLayout(summary, actions(messages, instance), diagram, tabs);
        content.setWidth("100%");
        setContent(content);
    }

    private Component actions(Messages messages, ProcessInstance instance) {
        CssLayout actions = new CssLayout();
        actions.addStyleName("crm-row");
        if (!services.allows(context, WorkflowPermissions.PROCESS_MONITOR)) {
            return actions;
        }
        if (instance.state() == InstanceState.ACTIVE) {
            actions.addComponent(button("suspend", VaadinIcons.PAUSE, () -> askReason("suspend",
                    reason -> services.processes().suspend(context.caller(), instance.id(), reason))));
        }
        if (instance.state() == InstanceState.SUSPENDED) {
            actions.addComponent(button("resume", VaadinIcons.PLAY, () -> act(() -> services.processes().resume(context.caller(), instance.id()))));
        }
        if (instance.state() == InstanceState.ACTIVE || instance.state() == InstanceState.SUSPENDED) {
            Button cancel = button("cancel", VaadinIcons.CLOSE_CIRCLE, () -> askReason("cancel",
                    reason -> services.processes().cancel(context.caller(), instance.id(), reason)));
            cancel.addStyleName(ValoTheme.BUTTON_DANGER);
            actions.addComponents(cancel, button("migrate", VaadinIcons.EXCHANGE, this::askVersion));
        }
        return actions;
    }

    private Button button(String name, VaadinIcons icon, Runnable click) {
        Button button = Buttons.of(context.messages().get("workflow.ui.instance." + name), icon, e -> click.run());
        button.setId("instance-" + name);
        return button;
    }

    /** Runs an action and shows the instance as it stands after it. */
    private void act(java.util.function.Supplier<?> action) {
        if (context.call(action).isPresent()) {
            changed.run();
        }
        context.call(() -> services.processes().instance(context.caller(), detail.instance().id())).ifPresent(now -> {
            detail = now;
            show();
        });
    }

    private void askReason(String name, Function<String, ?> action) {
        Messages messages = context.messages();
        Window dialog = new Window(messages.get("workflow.ui.instance." + name));
        dialog.setModal(true);
        dialog.setWidth("440px");
        dialog.addStyleName("crm-dialog");
        TextField reason = new TextField(messages.get("workflow.ui.item.reason"));
        reason.setId("instance-reason");
        reason.setWidth("100%");
        reason.setMaxLength(500);
        Button confirm = new Button(messages.get("workflow.ui.instance." + name), e -> {
            dialog.close();
            String given = reason.getValue().isBlank() ? null : reason.getValue().strip();
            act(() -> action.apply(given));
        });
        confirm.setId("instance-reason-confirm");
        confirm.addStyleName(ValoTheme.BUTTON_PRIMARY);
        dialog.setContent(new VerticalLayout(reason, confirm));
        UI.getCurrent().addWindow(dialog);
    }

    private void askVersion() {
        Messages messages = context.messages();
        ProcessInstance instance = detail.instance();
        context.call(() -> services.processes().versions(context.caller(), instance.processKey())).ifPresent(versions -> {
            Window dialog = new Window(messages.get("workflow.ui.instance.migrate"));
            dialog.setModal(true);
            dialog.setWidth("440px");
            dialog.addStyleName("crm-dialog");
            ComboBox<ProcessVersion> target = new ComboBox<>(messages.get("workflow.ui.instance.toVersion"),
                    versions.stream().filter(v -> v.version() != instance.version()).toList());
            target.setItemCaptionGenerator(v -> context.format().number(v.version()) + " — " + Moments.show(context, v.deployedAt()));
            target.setEmptySelectionAllowed(false);
            target.setId("instance-target-version");
            target.setWidth("100%");
            Button confirm = new Button(messages.get("workflow.ui.instance.migrate"), e -> {
                if (target.getValue() != null) {
                    dialog.close();
                    ConfirmDialog.ask(messages.get("workflow.ui.instance.migrate"), messages.get("workflow.ui.instance.migrateConfirm",
                            context.format().number(target.getValue().version())), messages.get("workflow.ui.instance.migrate"),
                            messages.get("workflow.ui.cancel"), false,
                            () -> act(() -> services.processes().migrate(context.caller(), instance.id(), target.getValue().version())));
                }
            });
            confirm.setId("instance-migrate-confirm");
            confirm.addStyleName(ValoTheme.BUTTON_PRIMARY);
            dialog.setContent(new VerticalLayout(target, confirm));
            UI.getCurrent().addWindow(dialog);
        });
    }

    private Component history(Messages messages) {
        Grid<HistoryStep> grid = new Grid<>();
        grid.setId("instance-history");
        grid.setWidth("100%");
        grid.addColumn(s -> Moments.show(context, s.at())).setCaption(messages.get("workflow.ui.history.at"));
        grid.addColumn(s -> s.elementName() == null || s.elementName().isBlank() ? s.elementId() : s.elementName())
                .setCaption(messages.get("workflow.ui.history.element"));
        grid.addColumn(s -> messages.find("workflow.ui.history.event." + s.event()).orElse(s.event()))
                .setCaption(messages.get("workflow.ui.history.event"));
        grid.addColumn(HistoryStep::actor).setCaption(messages.get("workflow.ui.history.actor"));
        grid.addColumn(s -> s.outcome() == null ? "" : s.outcome()).setCaption(messages.get("workflow.ui.history.outcome"));
        grid.addColumn(s -> values(s.values())).setCaption(messages.get("workflow.ui.history.values"));
        return finish(grid, detail.history());
    }

    private Component variables(Messages messages) {
        Grid<Map.Entry<String, Object>> grid = new Grid<>();
        grid.setId("instance-variables");
        grid.setWidth("100%");
        grid.addColumn(Map.Entry::getKey).setCaption(messages.get("workflow.ui.variable.name")).setStyleGenerator(v -> "crm-ltr");
        grid.addColumn(v -> String.valueOf(v.getValue())).setCaption(messages.get("workflow.ui.variable.value"));
        return finish(grid, List.copyOf(detail.variables().entrySet()));
    }

    private Component incidents(Messages messages) {
        Grid<Incident> grid = new Grid<>();
        grid.setId("instance-incidents");
        grid.setWidth("100%");
        grid.addColumn(i -> Moments.show(context, i.at())).setCaption(messages.get("workflow.ui.history.at"));
        grid.addColumn(Incident::elementId).setCaption(messages.get("workflow.ui.history.element")).setStyleGenerator(i -> "crm-ltr");
        grid.addColumn(i -> messages.find("workflow.ui.incident.job." + i.jobType()).orElse(i.jobType()))
                .setCaption(messages.get("workflow.ui.incident.job"));
        grid.addColumn(Incident::message).setCaption(messages.get("workflow.ui.incident.message"));
        grid.addColumn(i -> context.format().number(i.attempts())).setCaption(messages.get("workflow.ui.incident.attempts"));
        grid.addComponentColumn(i -> {
            Button retry = Buttons.of(messages.get("workflow.ui.incident.retry"), VaadinIcons.REFRESH,
                    e -> act(() -> {
                        services.processes().retry(context.caller(), i.id());
                        return Boolean.TRUE;
                    }));
            retry.setId("incident-retry-" + i.id());
            retry.addStyleName(ValoTheme.BUTTON_SMALL);
            return retry;
        }).setCaption(messages.get("workflow.ui.incident.retry"));
        return finish(grid, detail.incidents());
    }

    private <T> Grid<T> finish(Grid<T> grid, List<T> rows) {
        grid.getColumns().forEach(c -> c.setSortable(false));
        Grids.orderColumns(grid, context.rightToLeft());
        grid.setItems(rows);
        grid.setHeightByRows(Math.max(1, Math.min(rows.size(), 8)));
        return grid;
    }

    private String values(Map<String, Object> values) {
        return values.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(context.messages().get("workflow.ui.separator")));
    }
}
