package org.peyvand.ui.report.internal;

import com.vaadin.annotations.JavaScript;
import com.vaadin.annotations.StyleSheet;
import com.vaadin.server.AbstractJavaScriptExtension;
import com.vaadin.ui.AbstractComponent;

/**
 * Brings the report screens' stylesheet (the builder's layout, the chart's size) to the page: Vaadin
 * serves a module's CSS only for a connector that names it, and the theme is compiled without modules.
 */
@JavaScript("report-styles.js")
@StyleSheet("report.css")
public final class ReportStyles extends AbstractJavaScriptExtension {
    private static final long serialVersionUID = 1L;

    private ReportStyles() {
    }

    public static void applyTo(AbstractComponent screen) {
        new ReportStyles().extend(screen);
    }
}
