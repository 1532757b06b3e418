package org.peyvand.platform.workflow.internal.calendar;

import java.util.List;
import java.util.Map;

import org.peyvand.platform.workflow.WorkingWeek;

/** A unit's week: its own shifts, or else those of its nearest ancestor that has some. */
final class InheritedWeeks {

    private InheritedWeeks() {
    }

    /**
     * @param lineage the unit's id, then its ancestors' up to the organisation
     * @param shiftsByUnit the shifts of units that have their own
     */
    static WorkingWeek of(List<Long> lineage, Map<Long, List<WorkingWeek.Shift>> shiftsByUnit) {
        for (int i = 0; i < lineage.size(); i++) {
            List<WorkingWeek.Shift> own = shiftsByUnit.get(lineage.get(i));
            if (own != null && !own.isEmpty()) {
                return new WorkingWeek(own, i > 0);
            }
        }
        return new WorkingWeek(List.of(), true);
    }
}
