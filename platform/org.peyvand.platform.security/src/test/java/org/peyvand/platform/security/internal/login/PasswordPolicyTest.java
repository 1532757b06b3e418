package org.peyvand.platform.security.internal.login;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.ValidationException;

class PasswordPolicyTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);
    private final PasswordPolicy policy = new PasswordPolicy(hasher);

    @Test
    void acceptsALongFreshPassword() {
        assertThatCode(() -> policy.check("password", "رمز عبور بلند من".toCharArray(), "sara", List.of())).doesNotThrowAnyException();
    }

    @Test
    void refusesShortAndOverlongPasswords() {
        assertRefused("short", "security.error.passwordTooShort", List.of());
        assertRefused("x".repeat(129), "security.error.passwordTooLong", List.of());
    }

    @Test
    void refusesAPasswordContainingTheUsername() {
        assertRefused("my-SARA-password", "security.error.passwordHasUsername", List.of());
    }

    @Test
    void refusesOneOfTheRecentPasswords() {
        List<String> recent = List.of(hasher.hash("an older secret".toCharArray()), hasher.hash("the last secret".toCharArray()));
        assertRefused("the last secret", "security.error.passwordReused", recent);
        assertThatCode(() -> policy.check("password", "a brand new one".toCharArray(), "sara", recent)).doesNotThrowAnyException();
    }

    private void assertRefused(String password, String key, List<String> recent) {
        assertThatThrownBy(() -> policy.check("password", password.toCharArray(), "sara", recent))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.fieldErrors()).singleElement()
                            .satisfies(f -> {
                                org.assertj.core.api.Assertions.assertThat(f.field()).isEqualTo("password");
                                org.assertj.core.api.Assertions.assertThat(f.messageKey()).isEqualTo(key);
                            });
                });
    }
}
