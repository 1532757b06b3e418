package org.peyvand.module.activities.internal.views;

import org.peyvand.module.activities.Activity;
import org.peyvand.module.activities.ActivityStatus;

import com.vaadin.annotations.JavaScript;
import com.vaadin.annotations.StyleSheet;
import com.vaadin.server.AbstractJavaScriptExtension;
import com.vaadin.ui.AbstractComponent;

/**
 * Brings the activities screens' stylesheet (overdue rows, the calendar's grid) to the page: Vaadin
 * serves a module's CSS only for a connector that names it, and the theme is compiled without modules.
 */
@JavaScript("activity-styles.js")
@StyleSheet("activity-screens.css")
final class ActivityStyles extends AbstractJavaScriptExtension {
    private static final long serialVersionUID = 1L;
    static final String OVERDUE = "crm-activity-overdue";
    static final String CLOSED = "crm-activity-closed";

    private ActivityStyles() {
    }

    static void applyTo(AbstractComponent screen) {
        new ActivityStyles().extend(screen);
    }

    /** The style of an activity's row or calendar entry: red when overdue, grey once done or cancelled. */
    static String of(ActivityStatus status, boolean overdue) {
        return overdue ? OVERDUE : status == ActivityStatus.OPEN ? null : CLOSED;
    }

    static String of(Activity activity) {
        return of(activity.status(), activity.overdue());
    }
}
