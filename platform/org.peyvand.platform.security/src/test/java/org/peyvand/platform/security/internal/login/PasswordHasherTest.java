package org.peyvand.platform.security.internal.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void verifiesTheRightPasswordOnly() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        String hash = hasher.hash("correct horse".toCharArray());
        assertThat(hasher.verify("correct horse".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("correct hors".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void saltsEveryHashAndKeepsTheIterationCountInIt() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        String first = hasher.hash("same password".toCharArray());
        String second = hasher.hash("same password".toCharArray());
        assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$1000$");
        assertThat(new PasswordHasher(2_000).verify("same password".toCharArray(), first)).isTrue();
    }

    @Test
    void usesTheRecommendedWorkFactorByDefault() {
        assertThat(new PasswordHasher().hash("a long passphrase".toCharArray())).startsWith("pbkdf2-sha256$600000$");
    }

    @Test
    void refusesMalformedHashes() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "plain")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "pbkdf2-sha256$1000$%%%$abc")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "{CRYPT}abc$def$ghi$jkl")).isFalse();
    }
}
