package org.peyvand.ui.workflow.internal.designer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.ProcessSummary;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.BoundedReceiver;
import org.peyvand.ui.workflow.internal.Buttons;
import org.peyvand.ui.workflow.internal.WorkflowServices;
import org.peyvand.ui.workflow.internal.diagram.BpmnDiagram;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The graphical designer of one process: the diagram with bpmn-js's palette, the properties of
 * the selected element beside it, import and export of .bpmn files, and deploy, which names and
 * marks the elements the engine refuses.
 */
public final class ProcessDesigner extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient WorkflowServices services;
    private final BpmnDiagram diagram;
    private final PropertiesPanel properties;
    private final Label title = new Label();
    private final Label status = new Label();
    private final CssLayout refusals = new CssLayout();

    /**
     * @param xml   the diagram to start from
     * @param title what is being designed, such as the process's name and version
     * @param back  leaves the designer
     */
    private ProcessDesigner(UiContext context, WorkflowServices services, String xml, String title, Runnable back) {
        this.context = context;
        this.services = services;
        Messages messages = context.messages();
        diagram = BpmnDiagram.modeler(ElementProperties.NAMESPACES, messages);
        setId("process-designer");
        addStyleName("crm-page");
        setSizeFull();
        properties = new PropertiesPanel(context, diagram,
                new PropertiesPanel.Choices(services.users(context), services.units(context), services.taskForms(context),
                        services.executors(context), services.roles(context)));

        this.title.setValue(title);
        this.title.addStyleName("crm-page-title");
        this.title.setId("designer-title");
        Button leave = Buttons.of(messages.get("workflow.ui.back"), VaadinIcons.ARROW_BACKWARD, e -> back.run());
        leave.setId("designer-back");
        status.addStyleName("crm-muted");
        status.setId("designer-status");
        Button export = Buttons.of(messages.get("workflow.ui.export"), VaadinIcons.DOWNLOAD, e -> diagram.requestXml(this::offerDownload));
        export.setId("designer-export");
        CssLayout toolbar = new CssLayout(this.title, leave, importer(), export);
        toolbar.addStyleName("crm-row");
        if (services.allows(context, WorkflowPermissions.PROCESS_DEPLOY)) {
            Button deploy = Buttons.of(messages.get("workflow.ui.deploy"), VaadinIcons.UPLOAD, e -> askComment());
            deploy.setId("designer-deploy");
            deploy.addStyleName(ValoTheme.BUTTON_PRIMARY);
            toolbar.addComponent(deploy);
        }
        toolbar.addComponent(status);

        refusals.setId("designer-refusals");
        refusals.addStyleName("crm-bpmn-refusals");
        refusals.setVisible(false);

        diagram.setId("designer-diagram");
        diagram.onSelection(properties::show);
        diagram.onChange(() -> status.setValue(messages.get("workflow.ui.unsaved")));
        diagram.onFailure(reason -> showRefusals(List.of(messages.get("workflow.ui.unreadable", reason))));
        CssLayout body = new CssLayout(diagram, properties);
        body.addStyleName("crm-bpmn-designer");
        addComponents(toolbar, refusals, body);
        diagram.load(xml);
    }

    /** Replaces the diagram with a .bpmn file's; it is deployed only when the user deploys it. */
    private Upload importer() {
        Messages messages = context.messages();
        Upload upload = new Upload();
        BoundedReceiver receiver = new BoundedReceiver(BpmnFile.MAX_BYTES).attachTo(upload);
        upload.setId("designer-import");
        upload.setButtonCaption(messages.get("workflow.ui.import"));
        upload.setImmediateMode(true);
        upload.setAcceptMimeTypes(".bpmn,.xml,application/xml,text/xml");
        upload.addFailedListener(e -> context.showError(receiver.tooLarge()
                ? ValidationException.of(BpmnFile.FIELD, "workflow.ui.import.tooLarge", context.format().number(BpmnFile.MAX_BYTES / (1024 * 1024)))
                : e.getReason()));
        upload.addSucceededListener(e -> context.call(() -> BpmnFile.read(receiver.bytes())).ifPresent(xml -> {
            showRefusals(List.of());
            diagram.load(xml);
            status.setValue(messages.get("workflow.ui.import.done", e.getFilename()));
        }));
        return upload;
    }

    /** Offers the diagram as it stands as a .bpmn file, once the browser has sent it. */
    private void offerDownload(String xml) {
        Messages messages = context.messages();
        String fileName = BpmnFile.fileName(xml);
        Window dialog = new Window(messages.get("workflow.ui.export"));
        dialog.setId("designer-export-dialog");
        dialog.setModal(true);
        dialog.setWidth("440px");
        dialog.addStyleName("crm-dialog");
        Button download = new Button(messages.get("workflow.ui.export.download", fileName), VaadinIcons.DOWNLOAD);
        download.setId("designer-download");
        download.addStyleName(ValoTheme.BUTTON_PRIMARY);
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        StreamResource file = new StreamResource(() -> new ByteArrayInputStream(bytes), fileName);
        file.setMIMEType("application/xml; charset=UTF-8");
        file.setCacheTime(0);
        new FileDownloader(file).extend(download);
        dialog.setContent(new VerticalLayout(new Label(messages.get("workflow.ui.export.ready")), download));
        UI.getCurrent().addWindow(dialog);
    }

    /** The newest version of a deployed process. */
    public static ProcessDesigner of(UiContext context, WorkflowServices services, ProcessSummary process, Runnable back) {
        String xml = services.processes().xml(context.caller(), process.key(), process.version());
        String title = context.messages().get("workflow.ui.designer.title", name(process), context.format().number(process.version()));
        return new ProcessDesigner(context, services, xml, title, back);
    }

    /** A new process with only its start event. */
    public static ProcessDesigner blank(UiContext context, WorkflowServices services, Runnable back) {
        Messages messages = context.messages();
        String xml = NewProcess.xml(NewProcess.key(), messages.get("workflow.ui.newProcess.name"), messages.get("workflow.ui.newProcess.start"));
        return new ProcessDesigner(context, services, xml, messages.get("workflow.ui.newProcess"), back);
    }

    /** A process by its name, or its key when its diagram names it not. */
    public static String name(ProcessSummary process) {
        return process.name() == null || process.name().isBlank() ? process.key() : process.name();
    }

    private void askComment() {
        Messages messages = context.messages();
        Window dialog = new Window(messages.get("workflow.ui.deploy"));
        dialog.setModal(true);
        dialog.setWidth("440px");
        dialog.addStyleName("crm-dialog");
        TextField comment = new TextField(messages.get("workflow.ui.deploy.comment"));
        comment.setId("deploy-comment");
        comment.setWidth("100%");
        comment.setMaxLength(500);
        Button confirm = new Button(messages.get("workflow.ui.deploy"), e -> {
            dialog.close();
            deploy(comment.getValue().strip());
        });
        confirm.setId("deploy-confirm");
        confirm.addStyleName(ValoTheme.BUTTON_PRIMARY);
        VerticalLayout content = new VerticalLayout(comment, confirm);
        dialog.setContent(content);
        UI.getCurrent().addWindow(dialog);
        comment.focus();
    }

    private void deploy(String comment) {
        diagram.requestXml(xml -> {
            try {
                List<ProcessSummary> deployed = services.processes().deploy(context.caller(), xml, comment.isEmpty() ? null : comment);
                showRefusals(List.of());
                diagram.mark(Map.of());
                status.setValue("");
                deployed.stream().findFirst().ifPresent(p -> title.setValue(context.messages().get("workflow.ui.designer.title", name(p),
                        context.format().number(p.version()))));
                context.showSuccess(deployed.isEmpty() ? context.messages().get("workflow.ui.deploy.unchanged")
                        : context.messages().get("workflow.ui.deploy.done", deployed.stream()
                                .map(p -> name(p) + " " + context.format().number(p.version())).collect(Collectors.joining(context.messages().get("workflow.ui.separator")))));
            } catch (CrmException refused) {
                DeployRefusal refusal = DeployRefusal.of(refused, ElementNames.of(xml), context.messages());
                showRefusals(refusal.lines());
                diagram.mark(Map.of(BpmnDiagram.REFUSED, refusal.elements()));
                if (!refusal.elements().isEmpty()) {
                    diagram.select(refusal.elements().get(0));
                }
            } catch (RuntimeException failure) {
                context.showError(failure);
            }
        });
    }

    private void showRefusals(List<String> lines) {
        refusals.removeAllComponents();
        lines.forEach(line -> {
            Label reason = new Label(line);
            reason.addStyleName("crm-field-error");
            refusals.addComponent(reason);
        });
        refusals.setVisible(!lines.isEmpty());
    }
}
