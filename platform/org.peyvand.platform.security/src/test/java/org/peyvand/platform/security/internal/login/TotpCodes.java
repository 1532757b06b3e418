package org.peyvand.platform.security.internal.login;

import java.time.Instant;

/** The code an authenticator app would show, for tests outside this package. */
public final class TotpCodes {

    private TotpCodes() {
    }

    public static String now(String base32Secret, Instant at) {
        return Totp.code(Base32.decode(base32Secret), Totp.step(at), Totp.DIGITS, "HmacSHA1");
    }
}
