package org.peyvand.platform.workflow.internal.calendar;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.workflow.Holiday;
import org.peyvand.platform.workflow.WorkingWeek;

/** The rules holidays and working weeks must meet before they are stored. */
final class CalendarInput {
    static final int NAME_LIMIT = 100;
    static final int SHIFT_LIMIT = 50;
    /** Shifts as an Iranian week runs: from Saturday to Friday, and by time within a day. */
    static final Comparator<WorkingWeek.Shift> WEEK_ORDER = Comparator.comparing((WorkingWeek.Shift s) -> (s.day().getValue() + 1) % 7)
            .thenComparing(WorkingWeek.Shift::start);

    private CalendarInput() {
    }

    /** The holiday with its names stripped; the date's uniqueness is checked against the store. */
    static Holiday holiday(Holiday holiday) {
        if (holiday == null) {
            throw ValidationException.of("body", "core.error.required");
        }
        Validator v = new Validator();
        v.check(holiday.date() != null, "date", "calendar.error.date");
        v.required(holiday.nameFa(), "nameFa").maxLength(strip(holiday.nameFa()), NAME_LIMIT, "nameFa");
        v.required(holiday.nameEn(), "nameEn").maxLength(strip(holiday.nameEn()), NAME_LIMIT, "nameEn");
        v.throwIfInvalid();
        return new Holiday(0, holiday.date(), strip(holiday.nameFa()), strip(holiday.nameEn()), holiday.lunar());
    }

    /** The shifts in day and time order: each on whole minutes, ending after it starts, none overlapping another. */
    static List<WorkingWeek.Shift> shifts(WorkingWeek week) {
        List<WorkingWeek.Shift> shifts = week == null ? List.of() : week.shifts();
        if (shifts.isEmpty()) {
            throw ValidationException.of("shifts", "calendar.error.noShifts");
        }
        if (shifts.size() > SHIFT_LIMIT) {
            throw ValidationException.of("shifts", "calendar.error.tooManyShifts", SHIFT_LIMIT);
        }
        if (shifts.stream().anyMatch(s -> s == null || s.day() == null || s.start() == null || s.end() == null)) {
            throw ValidationException.of("shifts", "calendar.error.shiftIncomplete");
        }
        Validator v = new Validator();
        for (WorkingWeek.Shift shift : shifts) {
            v.check(wholeMinute(shift.start()) && wholeMinute(shift.end()), "shifts", "calendar.error.shiftMinutes", shift.start(), shift.end());
            v.check(shift.start().isBefore(shift.end()), "shifts", "calendar.error.shiftOrder", shift.start(), shift.end());
        }
        v.throwIfInvalid();
        List<WorkingWeek.Shift> ordered = shifts.stream().sorted(WEEK_ORDER).toList();
        for (int i = 1; i < ordered.size(); i++) {
            WorkingWeek.Shift before = ordered.get(i - 1);
            WorkingWeek.Shift shift = ordered.get(i);
            v.check(before.day() != shift.day() || !shift.start().isBefore(before.end()), "shifts", "calendar.error.shiftOverlap",
                    before.start(), before.end(), shift.start(), shift.end());
        }
        v.throwIfInvalid();
        return ordered;
    }

    private static boolean wholeMinute(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
