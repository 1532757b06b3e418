package org.peyvand.platform.security;

import java.util.Optional;

/** The answer to a login attempt. A refusal never says why, so it reveals nothing about the account. */
public record LoginOutcome(Status status, Caller caller) {

    public enum Status {
        ACCEPTED,
        /** The password was right; the user must now give the one-time code of their authenticator app. */
        SECOND_FACTOR_NEEDED,
        /**
         * The password was right, but a role of the user requires a second factor the user has not
         * enrolled; only the workspace can enrol, and lets the user in after it.
         */
        ENROLMENT_NEEDED,
        REFUSED
    }

    public static LoginOutcome accepted(Caller caller) {
        return new LoginOutcome(Status.ACCEPTED, caller);
    }

    public static LoginOutcome refused() {
        return new LoginOutcome(Status.REFUSED, null);
    }

    public static LoginOutcome secondFactorNeeded() {
        return new LoginOutcome(Status.SECOND_FACTOR_NEEDED, null);
    }

    public static LoginOutcome enrolmentNeeded(Caller caller) {
        return new LoginOutcome(Status.ENROLMENT_NEEDED, caller);
    }

    public Optional<Caller> accepted() {
        return status == Status.ACCEPTED ? Optional.of(caller) : Optional.empty();
    }
}
