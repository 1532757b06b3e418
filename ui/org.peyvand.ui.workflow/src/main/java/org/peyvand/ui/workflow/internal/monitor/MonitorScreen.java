package org.peyvand.ui.workflow.internal.monitor;

import java.util.Arrays;
import java.util.List;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.InstanceQuery;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.ProcessSummary;
import org.peyvand.ui.workflow.internal.Buttons;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.LookupBox;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.workflow.internal.KeysetGrid;
import org.peyvand.ui.workflow.internal.Moments;
import org.peyvand.ui.workflow.internal.WorkflowServices;
import org.peyvand.ui.workflow.internal.WorkflowStyles;
import org.peyvand.ui.workflow.internal.designer.ProcessDesigner;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/** Process instances filtered by process, state, who started them and incidents; one opens with its diagram and history. */
final class MonitorScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;
    /** Newest first, as the service pages instances. */
    static final String SORT = "id";

    private final transient UiContext context;
    private final transient WorkflowServices services;
    private final ComboBox<Option> process;
    private final ComboBox<InstanceState> state;
    private final ComboBox<Option> startedBy;
    private final CheckBox withIncidents;
    private final KeysetGrid<ProcessInstance> instances;
    private InstanceQuery query = InstanceQuery.all();

    MonitorScreen(UiContext context, WorkflowServices services) {
        this.context = context;
        this.services = services;
        setId("view-process-monitor");
        WorkflowStyles.applyTo(this);
        addStyleName("crm-page");
        setSizeFull();
        Messages messages = context.messages();
        Label title = new Label(messages.get("workflow.ui.menu.monitor"));
        title.addStyleName("crm-page-title");

        List<ProcessSummary> processes = context.call(() -> services.processes().list(context.caller())).orElse(List.of());
        process = new ComboBox<>(messages.get("workflow.ui.monitor.process"),
                processes.stream().map(p -> new Option(p.key(), ProcessDesigner.name(p))).toList());
        process.setItemCaptionGenerator(Option::label);
        process.setId("monitor-process");
        state = new ComboBox<>(messages.get("workflow.ui.monitor.state"), Arrays.asList(InstanceState.values()));
        state.setItemCaptionGenerator(s -> messages.get("workflow.ui.instance." + s.name()));
        state.setId("monitor-state");
        startedBy = LookupBox.of(messages.get("workflow.ui.monitor.startedBy"), services.users(context), false);
        startedBy.setId("monitor-started-by");
        withIncidents = new CheckBox(messages.get("workflow.ui.monitor.withIncidents"));
        withIncidents.setId("monitor-incidents");
        Button search = Buttons.of(messages.get("workflow.ui.monitor.search"), VaadinIcons.SEARCH, e -> search());
        search.setId("monitor-search");
        search.addStyleName(ValoTheme.BUTTON_PRIMARY);
        search.setClickShortcut(KeyCode.ENTER);
        CssLayout filters = new CssLayout(process, state, startedBy, withIncidents, search);
        filters.addStyleName("crm-row");

        instances = new KeysetGrid<>(context, "monitor-grid", SORT, request -> services.processes().instances(context.caller(), query, request),
                () -> services.processes().count(context.caller(), query));
        var grid = instances.grid();
        grid.addColumn(i -> context.format().number(i.id())).setId("id").setCaption(messages.get("workflow.ui.instance.id"));
        grid.addColumn(i -> messages.get("workflow.ui.instance.process", i.processName() == null ? i.processKey() : i.processName(),
                context.format().number(i.version()))).setId("process").setCaption(messages.get("workflow.ui.monitor.process")).setExpandRatio(2);
        grid.addColumn(i -> messages.get("workflow.ui.instance." + i.state().name())).setId("state").setCaption(messages.get("workflow.ui.monitor.state"));
        grid.addColumn(i -> i.recordType() == null ? "" : i.recordType() + " · " + context.format().digits(i.recordId())).setId("record")
                .setCaption(messages.get("workflow.ui.item.record"));
        grid.addColumn(ProcessInstance::startedBy).setId("startedBy").setCaption(messages.get("workflow.ui.monitor.startedBy"));
        grid.addColumn(i -> Moments.show(context, i.startedAt())).setId("startedAt").setCaption(messages.get("workflow.ui.instance.startedAt"));
        grid.addColumn(i -> Moments.show(context, i.endedAt())).setId("endedAt").setCaption(messages.get("workflow.ui.instance.endedAt"));
        grid.addColumn(i -> i.incidents() == 0 ? "" : context.format().number(i.incidents())).setId("incidents")
                .setCaption(messages.get("workflow.ui.instance.incidents")).setStyleGenerator(i -> i.incidents() > 0 ? "crm-incident" : null);
        grid.addItemClickListener(e -> openInstance(e.getItem().id()));
        instances.columnsAdded();
        instances.addStyleName("crm-fill");
        addComponents(title, filters, instances);
    }

    @Override
    public void enter(ViewChangeEvent event) {
        String parameter = event.getParameters();
        if (parameter != null && parameter.matches("\\d{1,18}")) {
            openInstance(Long.parseLong(parameter));
        }
    }

    private void search() {
        query = new InstanceQuery(process.getValue() == null ? null : (String) process.getValue().value(), state.getValue(),
                startedBy.getValue() == null ? null : (String) startedBy.getValue().value(), null, null, withIncidents.getValue());
        instances.reload();
    }

    private void openInstance(long id) {
        InstanceWindow.open(context, services, id, instances::reload);
    }
}
