package org.peyvand.ui.workflow.internal.cartable;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.workflow.SlaState;
import org.peyvand.platform.workflow.TrailStep;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkItemState;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.ui.workflow.internal.Buttons;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.RenderedForm;
import org.peyvand.ui.workflow.internal.Moments;
import org.peyvand.ui.workflow.internal.ServiceCalls;
import org.peyvand.ui.workflow.internal.WorkflowServices;
import org.peyvand.ui.workflow.internal.monitor.InstanceWindow;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * One cartable item: what it is about, its form to complete it with, the hands it may be passed
 * to, its SLA clock and its trail. Every action goes to the cartable service, which decides; what
 * it refuses (someone else completed the item first) is shown as it says it.
 */
final class WorkItemWindow extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient WorkflowServices services;
    private final transient LongFunction<String> unitName;
    private final transient Runnable changed;
    private WorkItem item;

    WorkItemWindow(UiContext context, WorkflowServices services, WorkItem item, LongFunction<String> unitName, Runnable changed) {
        this.context = context;
        this.services = services;
        this.unitName = unitName;
        this.changed = changed;
        this.item = item;
        setId("work-item");
        setModal(true);
        setWidth("820px");
        setHeight("90%");
        addStyleName("crm-dialog");
        show();
    }

    private void show() {
        Messages messages = context.messages();
        setCaption(item.name());
        VerticalLayout content = new VerticalLayout(details(messages));
        content.setWidth("100%");
        if (mayAct()) {
            content.addComponent(completion(messages));
        }
        content.addComponent(actions(messages));
        Label trailTitle = new Label(messages.get("workflow.ui.trail"));
        trailTitle.addStyleName(ValoTheme.LABEL_H3);
        content.addComponents(trailTitle, trail());
        setContent(content);
    }

    private boolean open() {
        return item.state() == WorkItemState.OPEN;
    }

    /** Only the holder works on an item; others claim it first. */
    private boolean mayAct() {
        return open() && context.caller().username().equals(item.assignee());
    }

    private Component details(Messages messages) {
        FormLayout details = new FormLayout();
        details.setId("work-item-details");
        details.setMargin(false);
        line(details, "workflow.ui.item.state", messages.get("workflow.ui.state." + item.state().name()));
        if (item.processKey() != null) {
            process(details, messages);
        }
        if (item.recordType() != null && item.recordId() != null) {
            details.addComponent(recordLink(messages));
        }
        line(details, "workflow.ui.item.assignee", item.assignee() != null ? item.assignee() : WorkItemText.candidates(item, messages, unitName));
        if (item.referredBy() != null) {
            line(details, "workflow.ui.item.from", item.referredBy());
        }
        if (item.comment() != null && !item.comment().isBlank()) {
            line(details, "workflow.ui.item.comment", item.comment());
        }
        line(details, "workflow.ui.item.created", Moments.show(context, item.createdAt()));
        if (item.dueAt() != null) {
            line(details, "workflow.ui.item.due", Moments.show(context, item.dueAt()) + " — " + messages.get("workflow.ui.sla." + item.sla().name()));
        }
        String style = SlaStyle.of(item.sla());
        if (style != null) {
            details.addStyleName(style);
        }
        return details;
    }

    /** The record the item is about, a link when a screen the user may open shows its type. */
    private Component recordLink(Messages messages) {
        String text = messages.get("workflow.ui.item.recordLink", context.format().digits(item.recordId()));
        if (!context.opens(item.recordType())) {
            Label plain = new Label(item.recordType() + " · " + context.format().digits(item.recordId()));
            plain.setCaption(messages.get("workflow.ui.item.record"));
            return plain;
        }
        Button record = Buttons.of(text, VaadinIcons.EXTERNAL_LINK, e -> {
            close();
            context.openRecord(item.recordType(), item.recordId());
        });
        record.setId("work-item-record");
        record.setDescription(item.recordType());
        record.addStyleName(ValoTheme.BUTTON_LINK);
        // the form layout shows a wrapper's caption beside it; a button's caption is its text
        CssLayout link = new CssLayout(record);
        link.setCaption(messages.get("workflow.ui.item.record"));
        return link;
    }

    /** The item's process and instance; a link to the instance for those who may read it: monitors and its starter. */
    private void process(FormLayout details, Messages messages) {
        String text = messages.get("workflow.ui.item.instance", item.processName(), context.format().number(item.instanceId()));
        boolean readable = services.allows(context, WorkflowPermissions.PROCESS_MONITOR)
                || context.caller().username().equals(item.startedBy()) && services.allows(context, WorkflowPermissions.PROCESS_READ);
        if (!readable) {
            line(details, "workflow.ui.item.process", text);
            return;
        }
        Button open = Buttons.of(text, VaadinIcons.SITEMAP, e -> InstanceWindow.open(context, services, item.instanceId(), changed));
        open.setId("work-item-instance");
        open.addStyleName(ValoTheme.BUTTON_LINK);
        CssLayout link = new CssLayout(open);
        link.setCaption(messages.get("workflow.ui.item.process"));
        details.addComponent(link);
    }

    private void line(FormLayout details, String captionKey, String value) {
        Label label = new Label(value);
        label.setCaption(context.messages().get(captionKey));
        // apart from the fields' ids: the item's comment is a line here and the answer is a field below
        label.setId("work-item-detail-" + captionKey.substring(captionKey.lastIndexOf('.') + 1));
        details.addComponent(label);
    }

    /** The item's form, if it has one, a comment, and complete. */
    private Component completion(Messages messages) {
        VerticalLayout completion = new VerticalLayout();
        completion.setMargin(false);
        Optional<RenderedForm> form = Optional.ofNullable(item.formKey()).flatMap(key -> services.forms().form(key)).map(this::render);
        if (item.formKey() != null && form.isEmpty()) {
            Label missing = new Label(messages.get("workflow.ui.item.formMissing", item.formKey()));
            missing.addStyleName("crm-field-error");
            completion.addComponent(missing);
        }
        form.ifPresent(f -> completion.addComponent(f.layout()));
        TextArea comment = new TextArea(messages.get("workflow.ui.item.completionComment"));
        comment.setId("work-item-comment");
        comment.setRows(2);
        comment.setWidth("100%");
        comment.setMaxLength(2000);
        Button complete = Buttons.of(messages.get("workflow.ui.item.complete"), VaadinIcons.CHECK, e -> complete(form, comment.getValue()));
        complete.setId("work-item-complete");
        complete.addStyleName(ValoTheme.BUTTON_PRIMARY);
        complete.setEnabled(item.formKey() == null || form.isPresent());
        completion.addComponents(comment, complete);
        return completion;
    }

    private RenderedForm render(FormDefinition definition) {
        return services.renderer(context, definition).form(definition).render();
    }

    private void complete(Optional<RenderedForm> form, String comment) {
        Optional<String> invalid = form.flatMap(RenderedForm::invalidInput);
        if (invalid.isPresent()) {
            Notification.show(context.messages().get("workflow.ui.item.invalidInput", invalid.get()), Notification.Type.ERROR_MESSAGE);
            return;
        }
        Map<String, Object> values = form.map(RenderedForm::values).orElse(Map.of());
        String said = comment.isBlank() ? null : comment.strip();
        Supplier<WorkItem> call = () -> services.cartable().complete(context.caller(), item.id(), values, said);
        Optional<WorkItem> done = form.isPresent() ? ServiceCalls.call(context, form.get(), call) : context.call(call);
        if (done.isPresent()) {
            close();
            context.showSuccess(context.messages().get("workflow.ui.item.completed"));
            changed.run();
        } else {
            // someone may have completed or taken it meanwhile: show it as it stands now
            reread();
        }
    }

    private Component actions(Messages messages) {
        CssLayout actions = new CssLayout();
        actions.addStyleName("crm-row");
        if (open() && item.assignee() == null) {
            actions.addComponent(action("claim", VaadinIcons.HAND, () -> services.cartable().claim(context.caller(), item.id())));
        }
        if (mayAct()) {
            actions.addComponent(button("refer", VaadinIcons.ARROW_FORWARD, () -> refer(ReferralDialog.Mode.REFER)));
            actions.addComponent(button("forward", VaadinIcons.SHARE, () -> refer(ReferralDialog.Mode.FORWARD)));
            if (item.referredBy() != null) {
                actions.addComponent(button("giveBack", VaadinIcons.REPLY, () -> askReason("giveBack",
                        reason -> services.cartable().giveBack(context.caller(), item.id(), reason))));
            }
            if (item.dueAt() != null && item.sla() == SlaState.PAUSED) {
                actions.addComponent(action("resume", VaadinIcons.PLAY, () -> services.cartable().resumeSla(context.caller(), item.id())));
            } else if (item.dueAt() != null) {
                actions.addComponent(button("pause", VaadinIcons.PAUSE, () -> askReason("pause",
                        reason -> services.cartable().pauseSla(context.caller(), item.id(), reason))));
            }
        }
        return actions;
    }

    private Button button(String name, VaadinIcons icon, Runnable click) {
        Button button = Buttons.of(context.messages().get("workflow.ui.item." + name), icon, e -> click.run());
        button.setId("work-item-" + name);
        return button;
    }

    /** An action taken at once, after which the item shows as it stands. */
    private Button action(String name, VaadinIcons icon, Supplier<WorkItem> call) {
        return button(name, icon, () -> context.call(call).ifPresentOrElse(this::changedTo, this::reread));
    }

    private void askReason(String name, java.util.function.Function<String, WorkItem> call) {
        Messages messages = context.messages();
        Window dialog = new Window(messages.get("workflow.ui.item." + name));
        dialog.setModal(true);
        dialog.setWidth("420px");
        dialog.addStyleName("crm-dialog");
        TextField reason = new TextField(messages.get("workflow.ui.item.reason"));
        reason.setId("work-item-reason");
        reason.setWidth("100%");
        reason.setMaxLength(500);
        Button confirm = new Button(messages.get("workflow.ui.item." + name), e -> {
            dialog.close();
            String given = reason.getValue().isBlank() ? null : reason.getValue().strip();
            context.call(() -> call.apply(given)).ifPresentOrElse(this::changedTo, this::reread);
        });
        confirm.setId("work-item-reason-confirm");
        confirm.addStyleName(ValoTheme.BUTTON_PRIMARY);
        dialog.setContent(new VerticalLayout(reason, confirm));
        UI.getCurrent().addWindow(dialog);
    }

    private void refer(ReferralDialog.Mode mode) {
        UI.getCurrent().addWindow(new ReferralDialog(context, services, mode,
                referral -> mode == ReferralDialog.Mode.REFER ? services.cartable().refer(context.caller(), item.id(), referral)
                        : services.cartable().forward(context.caller(), item.id(), referral),
                this::changedTo));
    }

    private void changedTo(WorkItem now) {
        item = now;
        show();
        changed.run();
    }

    private void reread() {
        context.call(() -> services.cartable().get(context.caller(), item.id())).ifPresent(now -> {
            item = now;
            show();
        });
        changed.run();
    }

    private Component trail() {
        List<TrailStep> steps = context.call(() -> services.cartable().trail(context.caller(), item.id())).orElse(List.of());
        return TrailGrid.of(context, "work-item-trail", steps, unitName);
    }
}
