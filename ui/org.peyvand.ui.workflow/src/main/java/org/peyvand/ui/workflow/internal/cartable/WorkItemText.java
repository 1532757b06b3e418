package org.peyvand.ui.workflow.internal.cartable;

import java.util.function.LongFunction;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.WorkItem;

/** How the cartable names who an item is with or came from. */
final class WorkItemText {

    private WorkItemText() {
    }

    /** In the sent box, who holds the item now; in the others, who referred it, if anyone did. */
    static String holder(WorkItem item, CartableBox box, Messages messages, LongFunction<String> unitName) {
        if (box != CartableBox.SENT) {
            return item.referredBy() == null ? "" : item.referredBy();
        }
        return item.assignee() != null ? item.assignee() : candidates(item, messages, unitName);
    }

    /** Who may claim an item no one holds: a unit, a role, or both. */
    static String candidates(WorkItem item, Messages messages, LongFunction<String> unitName) {
        if (item.candidateUnit() != null && item.candidateRole() != null) {
            return messages.get("workflow.ui.item.unitAndRole", unitName.apply(item.candidateUnit()), item.candidateRole());
        }
        if (item.candidateUnit() != null) {
            return messages.get("workflow.ui.item.unit", unitName.apply(item.candidateUnit()));
        }
        return item.candidateRole() == null ? "" : messages.get("workflow.ui.item.role", item.candidateRole());
    }
}
