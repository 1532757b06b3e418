package org.peyvand.ui.workflow.internal.cartable;

import org.peyvand.platform.workflow.SlaState;

/** The colour of a cartable row by how its item stands against its due date (styles in workflow.css). */
final class SlaStyle {

    private SlaStyle() {
    }

    /** The row's style name; null for an item without a due date. */
    static String of(SlaState state) {
        return switch (state) {
        case ON_TIME, MET -> "crm-sla-on-time";
        case WARNING -> "crm-sla-warning";
        case OVERDUE, BREACHED -> "crm-sla-overdue";
        case PAUSED -> "crm-sla-paused";
        case NONE -> null;
        };
    }
}
