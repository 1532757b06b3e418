package org.peyvand.ui.workflow.internal.cartable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.Referral;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.CrmDateTimeField;
import org.peyvand.ui.kit.FormRenderer;
import org.peyvand.ui.kit.RenderedForm;
import org.peyvand.ui.workflow.internal.Moments;
import org.peyvand.ui.workflow.internal.WorkflowServices;

import com.vaadin.server.UserError;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Passes an item or a record to a colleague or a unit, with a word and a new due date in the
 * user's calendar. What the service refuses is shown on the field it names.
 */
final class ReferralDialog extends Window {
    private static final long serialVersionUID = 1L;
    static final String DUE = "dueAt";

    /** Refer: the item comes back when done. Forward: it goes for good. */
    enum Mode {
        REFER, FORWARD
    }

    private final transient UiContext context;
    private final RenderedForm form;
    private final CrmDateTimeField due;

    /**
     * @param send passes the item on; may refuse with the service's exceptions
     * @param sent what follows a referral the service accepted
     */
    ReferralDialog(UiContext context, WorkflowServices services, Mode mode, Function<Referral, WorkItem> send, Consumer<WorkItem> sent) {
        this.context = context;
        Messages messages = context.messages();
        String name = mode == Mode.REFER ? "refer" : "forward";
        setCaption(messages.get("workflow.ui.item." + name));
        setId("referral-dialog");
        setModal(true);
        setWidth("520px");
        addStyleName("crm-dialog");
        Label hint = new Label(messages.get("workflow.ui.referral.hint." + name));
        hint.addStyleName("crm-muted");
        hint.setWidth("100%");
        form = new FormRenderer(messages, context.format())
                .lookup("toUser", "workflow.ui.referral.toUser", false, services.users(context))
                .lookup("toUnit", "workflow.ui.referral.toUnit", false, services.units(context))
                .longText("comment", "workflow.ui.referral.comment", false, 2000)
                .render();
        due = new CrmDateTimeField(messages.get("workflow.ui.referral.due"), context.format(), Moments.TEHRAN,
                messages.get("core.error.invalidDate"));
        due.setId("field-" + DUE);
        Button confirm = new Button(messages.get("workflow.ui.item." + name), e -> {
            form.clearErrors();
            due.setComponentError(null);
            if (!due.isInputValid()) {
                due.setComponentError(new UserError(messages.get("core.error.invalidDate")));
                return;
            }
            Map<String, Object> values = form.values();
            Object unit = values.get("toUnit");
            Referral referral = new Referral((String) values.get("toUser"), unit == null ? null : ((Number) unit).longValue(),
                    (String) values.get("comment"), due.getValue());
            try {
                WorkItem passed = send.apply(referral);
                close();
                sent.accept(passed);
            } catch (ValidationException invalid) {
                showErrors(invalid.fieldErrors());
            } catch (RuntimeException refused) {
                context.showError(refused);
            }
        });
        confirm.setId("referral-confirm");
        confirm.addStyleName(ValoTheme.BUTTON_PRIMARY);
        setContent(new VerticalLayout(hint, form.layout(), due, confirm));
    }

    private void showErrors(List<FieldError> errors) {
        List<FieldError> onForm = new ArrayList<>();
        for (FieldError error : errors) {
            if (DUE.equals(error.field())) {
                due.setComponentError(new UserError(context.messages().get(error.messageKey(), error.args().toArray())));
            } else {
                onForm.add(error);
            }
        }
        List<String> elsewhere = form.showErrors(onForm);
        if (!elsewhere.isEmpty()) {
            Notification.show(String.join("\n", elsewhere), Notification.Type.ERROR_MESSAGE);
        }
    }
}
