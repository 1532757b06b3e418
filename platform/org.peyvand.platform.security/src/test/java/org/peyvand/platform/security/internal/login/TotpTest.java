package org.peyvand.platform.security.internal.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {
    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B: every time and algorithm of the reference table, eight digits. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void acceptsTheCurrentCodeAndOneStepOfDriftOnly() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-03-20T10:00:10Z");
        byte[] key = Base32.decode(secret);
        long step = Totp.step(now);
        assertThat(Totp.verify(secret, Totp.code(key, step, 6, "HmacSHA1"), now, null)).hasValue(step);
        assertThat(Totp.verify(secret, Totp.code(key, step - 1, 6, "HmacSHA1"), now, null)).hasValue(step - 1);
        assertThat(Totp.verify(secret, Totp.code(key, step + 1, 6, "HmacSHA1"), now, null)).hasValue(step + 1);
        assertThat(Totp.verify(secret, Totp.code(key, step - 2, 6, "HmacSHA1"), now, null)).isEmpty();
    }

    @Test
    void refusesAReplayedCode() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-03-20T10:00:10Z");
        long step = Totp.step(now);
        String code = Totp.code(Base32.decode(secret), step, 6, "HmacSHA1");
        assertThat(Totp.verify(secret, code, now, step)).isEmpty();
        assertThat(Totp.verify(secret, code, now, step - 1)).hasValue(step);
    }

    @Test
    void refusesMalformedCodes() {
        String secret = Totp.newSecret();
        Instant now = Instant.now();
        assertThat(Totp.verify(secret, "12345", now, null)).isEmpty();
        assertThat(Totp.verify(secret, "abcdef", now, null)).isEmpty();
        assertThat(Totp.verify(secret, null, now, null)).isEmpty();
    }

    @Test
    void base32RoundTripsAndReadsTypedKeys() {
        byte[] data = {0, 1, 2, (byte) 0xfe, (byte) 0xff, 42, 7};
        String encoded = Base32.encode(data);
        assertThat(Base32.decode(encoded)).isEqualTo(data);
        assertThat(Base32.decode(encoded.toLowerCase().replaceAll("(.{4})", "$1 "))).isEqualTo(data);
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    }

    @Test
    void buildsTheUriAuthenticatorAppsRead() {
        assertThat(Totp.uri("Peyvand", "sara", "JBSWY3DPEHPK3PXP"))
                .isEqualTo("otpauth://totp/Peyvand%3Asara?secret=JBSWY3DPEHPK3PXP&issuer=Peyvand&algorithm=SHA1&digits=6&period=30");
    }
}
