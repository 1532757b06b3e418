package org.peyvand.platform.security.internal.login;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): 30-second steps, six digits, HMAC-SHA1 as
 * authenticator apps expect. A code is accepted one step early or late for clock drift, and never
 * twice: the caller stores the step of the last accepted code.
 */
public final class Totp {
    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    private static final int DRIFT_STEPS = 1;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new 160-bit secret, the size RFC 4226 recommends, in Base32 as apps take it. */
    public static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one time step, {@code digits} long, with HMAC algorithm {@code algorithm} (e.g. "HmacSHA1"). */
    public static String code(byte[] key, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + digits + "d", binary % POWERS[digits]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The step a code belongs to, if it is valid now and newer than {@code lastUsedStep} (null when none
     * was used yet); empty for wrong, expired and replayed codes.
     */
    public static OptionalLong verify(String base32Secret, String code, Instant now, Long lastUsedStep) {
        if (base32Secret == null || code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] key = Base32.decode(base32Secret);
        long current = step(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            boolean fresh = lastUsedStep == null || step > lastUsedStep;
            if (fresh && MessageDigest.isEqual(code(key, step, DIGITS, "HmacSHA1").getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code an authenticator app with this secret shows at {@code at}. */
    public static String currentCode(String base32Secret, Instant at) {
        return code(Base32.decode(base32Secret), step(at), DIGITS, "HmacSHA1");
    }

    /** The otpauth:// URI authenticator apps read from a QR code. */
    public static String uri(String issuer, String account, String base32Secret) {
        String label = Base32.urlEncode(issuer + ":" + account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + Base32.urlEncode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }
}
