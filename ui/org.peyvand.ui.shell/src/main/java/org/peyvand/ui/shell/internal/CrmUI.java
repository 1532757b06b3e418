package org.peyvand.ui.shell.internal;

import java.util.List;
import java.util.UUID;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.annotations.Theme;
import com.vaadin.server.Page;
import com.vaadin.server.Responsive;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;
import com.vaadin.server.VaadinSession;
import com.vaadin.ui.Notification;
import com.vaadin.ui.UI;

/** One browser tab of the workspace: the login screen until the user is known, then the workspace. */
@Theme("peyvand")
public class CrmUI extends UI {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CrmUI.class);

    private final transient WorkspaceServices services;
    private Workspace workspace;

    CrmUI(WorkspaceServices services) {
        this.services = services;
    }

    @Override
    protected void init(VaadinRequest request) {
        setErrorHandler(event -> showError(event.getThrowable()));
        Responsive.makeResponsive(this);
        applyLanguage();
        Caller caller = SessionPreferences.caller(getSession());
        if (caller == null) {
            setContent(new LoginScreen(services, messages(), this::signedIn));
        } else {
            showWorkspace(caller);
        }
    }

    @Override
    public void detach() {
        if (workspace != null) {
            workspace.close();
        }
        super.detach();
    }

    Messages messages() {
        return services.i18n().messages(SessionPreferences.locale(getSession()));
    }

    DisplayFormat format() {
        return DisplayFormat.of(SessionPreferences.preferences(getSession()));
    }

    /** Shows a failure: the service's own reasons localised, anything else as a reference to the log. */
    void showError(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof CrmException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        Messages messages = messages();
        if (cause instanceof CrmException crm) {
            StringBuilder text = new StringBuilder(messages.describe(crm));
            List<FieldError> fields = crm instanceof ValidationException v ? v.fieldErrors() : List.of();
            fields.forEach(f -> text.append('\n').append(f.field()).append(": ").append(messages.get(f.messageKey(), f.args().toArray())));
            Notification.show(text.toString(), Notification.Type.ERROR_MESSAGE);
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Workspace failure, reference {}", reference, failure);
        Notification.show(messages.get("core.error.internal", reference), Notification.Type.ERROR_MESSAGE);
    }

    private void signedIn(Caller authenticated) {
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        VaadinSession session = getSession();
        Caller caller = SessionPreferences.preferred(session, authenticated, services.users());
        String id = services.sessions().opened(caller, "web", VaadinService.getCurrentRequest().getRemoteAddr(),
                () -> session.access(() -> {
                    session.getSession().invalidate();
                    session.close();
                }));
        SessionPreferences.signIn(session, caller, id);
        applyLanguage();
        showWorkspace(caller);
    }

    private void showWorkspace(Caller caller) {
        workspace = new Workspace(this, services, caller);
        setContent(workspace);
    }

    private void applyLanguage() {
        boolean rtl = SessionPreferences.preferences(getSession()).rightToLeft();
        setLocale(SessionPreferences.locale(getSession()));
        Page.getCurrent().setTitle(messages().get("ui.brand"));
        Page.getCurrent().getJavaScript().execute("document.documentElement.setAttribute('dir','" + (rtl ? "rtl" : "ltr")
                + "');document.documentElement.setAttribute('lang','" + getLocale().getLanguage() + "');");
    }
}
