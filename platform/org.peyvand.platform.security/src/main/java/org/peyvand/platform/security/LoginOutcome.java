package org.peyvand.platform.security;

import java.util.Optional;

/** The answer to a login attempt. A refusal never says why, so it reveals nothing about the account. */
public record LoginOutcome(Status status, Caller caller) {

    public enum Status {
        ACCEPTED,
        /** The password was right; the user must now give the one-time code of their authenticator app. */
        SECOND_FACTOR_NEEDED,
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

    public Optional<Caller> accepted() {
        return status == Status.ACCEPTED ? Optional.of(caller) : Optional.empty();
    }
}
