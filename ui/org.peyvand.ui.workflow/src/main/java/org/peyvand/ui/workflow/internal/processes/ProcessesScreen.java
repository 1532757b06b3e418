package org.peyvand.ui.workflow.internal.processes;

import java.util.List;
import java.util.Optional;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.ProcessSummary;
import org.peyvand.platform.workflow.ProcessVersion;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Grids;
import org.peyvand.ui.workflow.internal.Buttons;
import org.peyvand.ui.workflow.internal.Moments;
import org.peyvand.ui.workflow.internal.WorkflowServices;
import org.peyvand.ui.workflow.internal.WorkflowStyles;
import org.peyvand.ui.workflow.internal.designer.ProcessDesigner;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The deployed processes, newest version of each, with the executors they name that no module
 * offers now; open one in the designer, design a new one, see its versions, or start it by hand.
 */
final class ProcessesScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;
    static final String NEW = "new";

    private final transient UiContext context;
    private final transient WorkflowServices services;

    ProcessesScreen(UiContext context, WorkflowServices services) {
        this.context = context;
        this.services = services;
        setId("view-processes");
        WorkflowStyles.applyTo(this);
        showList();
    }

    @Override
    public void enter(ViewChangeEvent event) {
        String key = event.getParameters();
        if (NEW.equals(key) && services.allows(context, WorkflowPermissions.PROCESS_DEPLOY)) {
            design(ProcessDesigner.blank(context, services, this::backToList));
        } else if (key != null && !key.isBlank()) {
            context.call(() -> process(key).map(p -> ProcessDesigner.of(context, services, p, this::backToList)).orElse(null))
                    .ifPresent(this::design);
        }
    }

    private Optional<ProcessSummary> process(String key) {
        return services.processes().list(context.caller()).stream().filter(p -> p.key().equals(key)).findFirst();
    }

    private void backToList() {
        context.navigate(ProcessesView.ID, null);
    }

    private void showList() {
        removeAllComponents();
        addStyleName("crm-page");
        setSizeFull();
        Messages messages = context.messages();
        Label title = new Label(messages.get("workflow.ui.menu.processes"));
        title.addStyleName("crm-page-title");
        Grid<ProcessSummary> grid = grid(messages);

        Button open = Buttons.of(messages.get("workflow.ui.process.open"), VaadinIcons.CLUSTER,
                e -> selected(grid).ifPresent(p -> context.navigate(ProcessesView.ID, p.key())));
        open.setId("processes-open");
        Button versions = Buttons.of(messages.get("workflow.ui.process.versions"), VaadinIcons.TIME_BACKWARD,
                e -> selected(grid).ifPresent(this::showVersions));
        versions.setId("processes-versions");
        CssLayout toolbar = new CssLayout(title, open, versions);
        toolbar.addStyleName("crm-row");
        List<Button> forSelection = new java.util.ArrayList<>(List.of(open, versions));
        if (services.allows(context, WorkflowPermissions.PROCESS_START)) {
            Button start = Buttons.of(messages.get("workflow.ui.process.start"), VaadinIcons.PLAY,
                    e -> selected(grid).ifPresent(p -> StartDialog.open(context, services, p)));
            start.setId("processes-start");
            toolbar.addComponent(start);
            forSelection.add(start);
            grid.addSelectionListener(e -> start.setEnabled(e.getFirstSelectedItem().map(ProcessSummary::startable).orElse(false)));
        }
        if (services.allows(context, WorkflowPermissions.PROCESS_DEPLOY)) {
            Button create = Buttons.of(messages.get("workflow.ui.process.new"), VaadinIcons.PLUS,
                    e -> context.navigate(ProcessesView.ID, NEW));
            create.setId("processes-new");
            create.addStyleName(ValoTheme.BUTTON_PRIMARY);
            toolbar.addComponent(create);
        }
        forSelection.forEach(b -> b.setEnabled(false));
        grid.addSelectionListener(e -> List.of(open, versions).forEach(b -> b.setEnabled(e.getFirstSelectedItem().isPresent())));
        grid.addItemClickListener(e -> {
            if (e.getMouseEventDetails().isDoubleClick()) {
                context.navigate(ProcessesView.ID, e.getItem().key());
            }
        });
        addComponents(toolbar, grid);
        context.call(() -> services.processes().list(context.caller())).ifPresent(grid::setItems);
    }

    private Grid<ProcessSummary> grid(Messages messages) {
        Grid<ProcessSummary> grid = new Grid<>();
        grid.setId("processes-grid");
        grid.setSizeFull();
        grid.addStyleName("crm-fill");
        grid.addColumn(ProcessDesigner::name).setId("name").setCaption(messages.get("workflow.ui.process.name"));
        grid.addColumn(ProcessSummary::key).setId("key").setCaption(messages.get("workflow.ui.process.key")).setStyleGenerator(p -> "crm-ltr");
        grid.addColumn(p -> context.format().number(p.version())).setId("version").setCaption(messages.get("workflow.ui.process.version"));
        grid.addColumn(ProcessSummary::deployedBy).setId("deployedBy").setCaption(messages.get("workflow.ui.process.deployedBy"));
        grid.addColumn(p -> Moments.show(context, p.deployedAt())).setId("deployedAt").setCaption(messages.get("workflow.ui.process.deployedAt"));
        grid.addColumn(p -> messages.get(p.startable() ? "workflow.ui.yes" : "workflow.ui.no")).setId("startable")
                .setCaption(messages.get("workflow.ui.process.startable"));
        grid.addColumn(p -> p.unavailableExecutors().isEmpty() ? ""
                : messages.get("workflow.ui.process.unavailable", String.join(messages.get("workflow.ui.separator"), p.unavailableExecutors())))
                .setId("unavailable").setCaption(messages.get("workflow.ui.process.executors"))
                .setStyleGenerator(p -> p.unavailableExecutors().isEmpty() ? null : "crm-unavailable");
        grid.getColumns().forEach(c -> c.setMinimumWidth(110).setExpandRatio(1));
        Grids.orderColumns(grid, context.rightToLeft());
        return grid;
    }

    private static Optional<ProcessSummary> selected(Grid<ProcessSummary> grid) {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void showVersions(ProcessSummary process) {
        Messages messages = context.messages();
        context.call(() -> services.processes().versions(context.caller(), process.key())).ifPresent(versions -> {
            Window dialog = new Window(messages.get("workflow.ui.process.versionsOf", ProcessDesigner.name(process)));
            dialog.setModal(true);
            dialog.setWidth("760px");
            dialog.addStyleName("crm-dialog");
            Grid<ProcessVersion> grid = new Grid<>();
            grid.setId("process-versions-grid");
            grid.setWidth("100%");
            grid.setHeightByRows(Math.max(1, Math.min(versions.size(), 10)));
            grid.addColumn(v -> context.format().number(v.version())).setCaption(messages.get("workflow.ui.process.version"));
            grid.addColumn(ProcessVersion::deployedBy).setCaption(messages.get("workflow.ui.process.deployedBy"));
            grid.addColumn(v -> Moments.show(context, v.deployedAt())).setCaption(messages.get("workflow.ui.process.deployedAt"));
            grid.addColumn(v -> v.comment() == null ? "" : v.comment()).setCaption(messages.get("workflow.ui.deploy.comment"));
            grid.addColumn(v -> context.format().number(v.running())).setCaption(messages.get("workflow.ui.process.running"));
            grid.getColumns().forEach(c -> c.setSortable(false));
            Grids.orderColumns(grid, context.rightToLeft());
            grid.setItems(versions);
            grid.addItemClickListener(e -> {
                dialog.close();
                context.call(() -> ProcessDesigner.of(context, services, at(process, e.getItem().version()), this::backToList))
                        .ifPresent(this::design);
            });
            Label hint = new Label(messages.get("workflow.ui.process.versionsHint"));
            hint.addStyleName("crm-muted");
            dialog.setContent(new VerticalLayout(hint, grid));
            UI.getCurrent().addWindow(dialog);
        });
    }

    /** The process as it was at an earlier version, to open that version's diagram. */
    private static ProcessSummary at(ProcessSummary process, int version) {
        return new ProcessSummary(process.key(), process.name(), version, process.deployedBy(), process.deployedAt(), process.startable(),
                process.unavailableExecutors());
    }

    private void design(ProcessDesigner designer) {
        removeAllComponents();
        addComponent(designer);
    }
}
