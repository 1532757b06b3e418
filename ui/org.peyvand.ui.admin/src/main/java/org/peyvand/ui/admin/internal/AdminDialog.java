package org.peyvand.ui.admin.internal;

import java.util.List;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.UiContext;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A modal dialog that hands its form to one service call: the service's field errors appear on
 * the fields and, in words, below the form; the dialog closes once the call succeeds.
 */
public abstract class AdminDialog extends Window {
    private static final long serialVersionUID = 1L;

    protected final transient UiContext context;
    protected final FieldErrorDisplay errors;
    private final VerticalLayout problems = new VerticalLayout();

    protected AdminDialog(UiContext context, String titleKey, String id) {
        super(context.messages().get(titleKey));
        this.context = context;
        this.errors = new FieldErrorDisplay(context.messages());
        setId(id);
        setModal(true);
        setWidth("560px");
        addStyleName("crm-dialog");
        problems.setMargin(false);
        problems.setSpacing(false);
        problems.setWidth("100%");
        problems.setVisible(false);
    }

    /**
     * Shows the form with its buttons.
     *
     * @param saveKey i18n key of the button that runs {@link #save()}
     * @param saveId component id of that button
     */
    protected void show(Component form, String saveKey, String saveId, boolean danger) {
        Messages messages = context.messages();
        Button save = new Button(messages.get(saveKey), e -> attempt());
        save.setId(saveId);
        save.addStyleName(danger ? ValoTheme.BUTTON_DANGER : ValoTheme.BUTTON_PRIMARY);
        save.setClickShortcut(KeyCode.ENTER);
        Button cancel = new Button(messages.get("ui.action.cancel"), e -> close());
        cancel.setId(getId() + "-cancel");
        CssLayout buttons = new CssLayout(save, cancel);
        buttons.addStyleName("crm-row");
        buttons.setWidth("100%");
        form.setWidth("100%");
        if (getHeight() < 0) {
            VerticalLayout content = new VerticalLayout(form, problems, buttons);
            content.setWidth("100%");
            setContent(content);
            return;
        }
        // a tall form scrolls between the title and the reasons and buttons, which stay in sight
        Panel scroll = new Panel(form);
        scroll.setSizeFull();
        scroll.addStyleName(ValoTheme.PANEL_BORDERLESS);
        VerticalLayout content = new VerticalLayout(scroll, problems, buttons);
        content.setSizeFull();
        content.setExpandRatio(scroll, 1);
        setContent(content);
    }

    /** Makes the change; throws the service's failures, which are shown on the form. */
    protected abstract void save();

    /** After a successful {@link #save()}: confirms and closes. */
    protected void saved() {
        context.showSuccess(context.messages().get("ui.saved"));
        close();
    }

    private void attempt() {
        boolean done = ServiceCall.call(context, errors, () -> {
            save();
            return Boolean.TRUE;
        }, this::showProblems).isPresent();
        if (done) {
            saved();
        }
    }

    private void showProblems(List<String> lines) {
        problems.removeAllComponents();
        for (String line : lines) {
            Label problem = new Label(line);
            problem.addStyleName("crm-field-error");
            problem.setWidth("100%");
            problems.addComponent(problem);
        }
        problems.setVisible(!lines.isEmpty());
    }
}
