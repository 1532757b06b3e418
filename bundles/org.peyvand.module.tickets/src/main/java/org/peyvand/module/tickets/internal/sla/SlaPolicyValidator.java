package org.peyvand.module.tickets.internal.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.peyvand.module.tickets.SlaPolicy;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.Validator;

/** Checks a policy before it is saved, naming each field at fault. */
public final class SlaPolicyValidator {
    static final Pattern TIER = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    /** A year of minutes: a target beyond it is a typing slip, not a promise. */
    static final int MAX_MINUTES = 365 * 24 * 60;

    private SlaPolicyValidator() {
    }

    /**
     * @param calendar the working time of the unit that handles the policy's tickets: a target it
     *                 cannot count (a calendar without working hours) is refused
     */
    public static void validate(SlaPolicy policy, WorkingCalendar calendar, Instant now) {
        Validator validator = new Validator();
        validator.check(policy.priority() != null, "priority", "core.error.required")
                .check(policy.tier() != null && TIER.matcher(policy.tier()).matches(), "tier", "tickets.error.tier")
                .check(policy.resolutionMinutes() >= 1 && policy.resolutionMinutes() <= MAX_MINUTES, "resolutionMinutes",
                        "tickets.error.minutes", MAX_MINUTES)
                .check(policy.responseMinutes() >= 1 && policy.responseMinutes() <= MAX_MINUTES, "responseMinutes", "tickets.error.minutes",
                        MAX_MINUTES)
                .check(policy.warningPercent() >= 1 && policy.warningPercent() <= 100, "warningPercent", "tickets.error.warningPercent");
        if (!validator.hasErrors()) {
            validator.check(policy.responseMinutes() <= policy.resolutionMinutes(), "responseMinutes", "tickets.error.responseAfterResolution");
        }
        if (!validator.hasErrors()) {
            try {
                calendar.add(now, Duration.ofMinutes(policy.resolutionMinutes()));
            } catch (ConflictException noWorkingTime) {
                validator.reject("resolutionMinutes", "tickets.error.noWorkingTime");
            }
        }
        validator.throwIfInvalid();
    }
}
