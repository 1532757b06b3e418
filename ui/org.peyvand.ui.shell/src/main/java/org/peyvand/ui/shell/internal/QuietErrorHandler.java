package org.peyvand.ui.shell.internal;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.server.ErrorEvent;
import com.vaadin.server.ErrorHandler;
import com.vaadin.ui.Notification;
import com.vaadin.ui.UI;

/** Failures no screen handled: logged with a reference, shown to the user without internals. */
final class QuietErrorHandler implements ErrorHandler {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(QuietErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui instanceof CrmUI crm) {
            crm.showError(event.getThrowable());
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Workspace failure, reference {}", reference, event.getThrowable());
        if (ui != null) {
            Notification.show("Error " + reference, Notification.Type.ERROR_MESSAGE);
        }
    }
}
