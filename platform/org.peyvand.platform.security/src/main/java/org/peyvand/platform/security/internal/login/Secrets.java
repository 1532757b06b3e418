package org.peyvand.platform.security.internal.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets and their hashes. Tokens and recovery codes are random with enough entropy that
 * a plain SHA-256 protects them at rest; passwords, chosen by people, use {@link PasswordHasher}.
 */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** {@code bytes} random bytes as URL-safe Base64 without padding. */
    public static String random(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(bytes));
    }

    public static byte[] bytes(int count) {
        byte[] data = new byte[count];
        RANDOM.nextBytes(data);
        return data;
    }

    /** A recovery code people can type: two groups of five Base32 letters and digits. */
    public static String recoveryCode() {
        byte[] data = new byte[7];
        RANDOM.nextBytes(data);
        String text = Base32.encode(data).toLowerCase();
        return text.substring(0, 5) + "-" + text.substring(5, 10);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
