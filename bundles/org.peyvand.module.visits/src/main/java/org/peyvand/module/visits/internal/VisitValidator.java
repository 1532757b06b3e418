package org.peyvand.module.visits.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import org.peyvand.module.visits.VisitInput;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;

/** The rules of a visit's own fields; sizes mirror the columns of {@code visits_visit}. */
final class VisitValidator {
    static final int VISITOR_MAX = 100;
    static final int PURPOSE_MAX = 200;
    static final int OUTCOME_MAX = 2000;
    /** Visits are recorded once made; "today" is the Iranian calendar day. */
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private final Clock clock;

    VisitValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param username         who enters the visit; the visitor when none is given
     * @param accountVisible   whether an id names an account the user may see
     * @param colleagueExists  whether a username names a colleague
     * @return the input with values stripped and blanks as {@code null}
     * @throws ValidationException naming every invalid field at once
     */
    VisitInput validate(VisitInput input, String username, LongPredicate accountVisible, Predicate<String> colleagueExists) {
        Validator validator = new Validator();
        LocalDate visitDate = input.visitDate();
        if (visitDate == null) {
            validator.reject("visitDate", "core.error.required");
        } else {
            validator.check(!visitDate.isAfter(LocalDate.now(clock.withZone(TEHRAN))), "visitDate", "core.error.future");
        }
        Long accountId = input.accountId();
        if (accountId == null) {
            validator.reject("accountId", "core.error.required");
        } else {
            validator.check(accountVisible.test(accountId), "accountId", "visits.error.unknownAccount");
        }
        String visitor = clean(input.visitor());
        if (visitor == null) {
            visitor = username;
        } else if (visitor.length() > VISITOR_MAX) {
            validator.reject("visitor", "core.error.tooLong", VISITOR_MAX);
        } else if (!visitor.equals(username)) {
            validator.check(colleagueExists.test(visitor), "visitor", "visits.error.unknownVisitor");
        }
        String purpose = clean(input.purpose());
        validator.required(purpose, "purpose").maxLength(purpose, PURPOSE_MAX, "purpose");
        String outcome = clean(input.outcome());
        validator.maxLength(outcome, OUTCOME_MAX, "outcome");
        validator.throwIfInvalid();
        return new VisitInput(visitDate, accountId, visitor, purpose, outcome, input.custom());
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
