package org.peyvand.platform.security;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One-time codes (RFC 6238 TOTP) as a second factor. A user enrols from the profile page: a new
 * secret is shown as a QR code and a manual key, and the first valid code activates it and
 * hands out ten recovery codes, each usable once in place of a code. Administrators reset a
 * user's enrolment; roles can require one (the user is then asked to enrol at the next login).
 */
@ProviderType
public interface SecondFactor {

    /** Starts (or restarts) the caller's enrolment; the previous factor stays valid until confirmed. */
    Enrolment begin(Caller caller);

    /** Activates the pending secret with its current code; returns the ten recovery codes, shown only now. */
    List<String> confirm(Caller caller, String code);

    /** Turns the caller's own second factor off, proving the password. */
    void disable(Caller caller, char[] password);

    /** An administrator removes a user's enrolment (a lost phone); audited. */
    void reset(Caller caller, String username);

    /** Whether one of the caller's roles requires a second factor the caller has not enrolled yet. */
    boolean enrolmentRequired(Caller caller);

    /** A secret being enrolled: the Base32 key to type and the otpauth URI a QR code carries. */
    record Enrolment(String secret, String uri) {
    }
}
