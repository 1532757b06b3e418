package org.peyvand.ui.workflow.internal.processes;

import java.util.Map;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.ProcessSummary;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.FormRenderer;
import org.peyvand.ui.kit.RenderedForm;
import org.peyvand.ui.workflow.internal.ServiceCalls;
import org.peyvand.ui.workflow.internal.WorkflowServices;
import org.peyvand.ui.workflow.internal.designer.ProcessDesigner;

import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** Starts the newest version of a process by hand, about a record if one is named. */
final class StartDialog extends Window {
    private static final long serialVersionUID = 1L;

    private StartDialog(UiContext context, WorkflowServices services, ProcessSummary process) {
        Messages messages = context.messages();
        setCaption(messages.get("workflow.ui.start.title", ProcessDesigner.name(process)));
        setModal(true);
        setWidth("480px");
        addStyleName("crm-dialog");
        setId("start-dialog");
        RenderedForm form = new FormRenderer(messages, context.format())
                .ltrText("recordType", "workflow.ui.start.recordType", false, 100)
                .ltrText("recordId", "workflow.ui.start.recordId", false, 100)
                .render();
        Label hint = new Label(messages.get("workflow.ui.start.hint"));
        hint.addStyleName("crm-muted");
        hint.setWidth("100%");
        Button start = new Button(messages.get("workflow.ui.process.start"), e -> {
            Map<String, Object> values = form.values();
            ServiceCalls.call(context, form, () -> services.processes().start(context.caller(), process.key(),
                    (String) values.get("recordType"), (String) values.get("recordId"), Map.of())).ifPresent(started -> {
                        close();
                        context.showSuccess(messages.get("workflow.ui.start.done", context.format().number(started.id())));
                    });
        });
        start.setId("start-confirm");
        start.addStyleName(ValoTheme.BUTTON_PRIMARY);
        setContent(new VerticalLayout(hint, form.layout(), start));
    }

    static void open(UiContext context, WorkflowServices services, ProcessSummary process) {
        UI.getCurrent().addWindow(new StartDialog(context, services, process));
    }
}
