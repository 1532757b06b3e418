package org.peyvand.ui.workflow.internal;

import com.vaadin.annotations.JavaScript;
import com.vaadin.annotations.StyleSheet;
import com.vaadin.server.AbstractJavaScriptExtension;
import com.vaadin.ui.AbstractComponent;

/**
 * Brings the workflow screens' stylesheet (SLA colours, the designer's layout) to the page: Vaadin
 * serves a module's CSS only for a connector that names it, and the theme is compiled without modules.
 */
@JavaScript("workflow-styles.js")
@StyleSheet("workflow.css")
public final class WorkflowStyles extends AbstractJavaScriptExtension {
    private static final long serialVersionUID = 1L;

    private WorkflowStyles() {
    }

    public static void applyTo(AbstractComponent screen) {
        new WorkflowStyles().extend(screen);
    }
}
