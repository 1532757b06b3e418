package org.peyvand.ui.kit;

import java.io.Serializable;

import com.vaadin.shared.Registration;
import com.vaadin.ui.UI;

/** Has the browser call back while exports run, so a screen shows how far they got; stopped once they finish or the screen goes. */
public final class ExportPolling implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int INTERVAL_MS = 500;

    private UI ui;
    private Registration listener;

    public void start(UI current, Runnable tick) {
        if (listener != null) {
            return;
        }
        ui = current;
        ui.setPollInterval(INTERVAL_MS);
        listener = ui.addPollListener(e -> tick.run());
    }

    public void stop() {
        if (listener == null) {
            return;
        }
        listener.remove();
        listener = null;
        ui.setPollInterval(-1);
    }
}
