package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.platform.core.error.ValidationException;

class ContactValidatorTest {
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final Clock TODAY = Clock.fixed(ZonedDateTime.of(2024, 3, 20, 12, 0, 0, 0, TEHRAN).toInstant(), TEHRAN);
    private static final LongPredicate ACCOUNT_7_EXISTS = id -> id == 7;

    private final ContactValidator validator = new ContactValidator(TODAY);

    private static ContactInput contact(String nationalCode, String mobile, String email, LocalDate birthDate, Long accountId) {
        return new ContactInput("  زهرا ", "رضایی", nationalCode, mobile, email, birthDate, accountId, " مدیر فروش ");
    }

    @Test
    void normalisesAValidContact() {
        ContactInput valid = validator.validate(
                contact("۰۴۹۹-۳۷۰۸۹۹", "۰۹۱۲ ۱۲۳ ۴۵۶۷", " Z.Rezaei@Example.COM ", LocalDate.of(1990, 8, 3), 7L), ACCOUNT_7_EXISTS);

        assertThat(valid).isEqualTo(new ContactInput("زهرا", "رضایی", "0499370899", "+989121234567", "z.rezaei@example.com",
                LocalDate.of(1990, 8, 3), 7L, "مدیر فروش"));
    }

    @Test
    void blankOptionalValuesBecomeNull() {
        ContactInput valid = validator.validate(new ContactInput("a", "b", " ", "", null, null, null, "  "), ACCOUNT_7_EXISTS);

        assertThat(valid).isEqualTo(new ContactInput("a", "b", null, null, null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+989121234567", "00989121234567", "989121234567", "9121234567", "(0912) 123-4567"})
    void acceptsMobilesInEveryUsualForm(String mobile) {
        assertThat(validator.validate(contact(null, mobile, null, null, null), ACCOUNT_7_EXISTS).mobile())
                .isEqualTo("+989121234567");
    }

    @Test
    void requiresBothNames() {
        assertThat(FieldErrors.of(() -> validator.validate(new ContactInput(" ", null, null, null, null, null, null, null),
                ACCOUNT_7_EXISTS))).containsExactly("firstName=core.error.required", "lastName=core.error.required");
    }

    @Test
    void limitsLengthsToTheColumns() {
        String longText = "ا".repeat(101);
        ValidationException e = assertThrows(ValidationException.class,
                () -> validator.validate(new ContactInput(longText, longText, null, null, null, null, null, longText), ACCOUNT_7_EXISTS));

        assertThat(FieldErrors.describe(e.fieldErrors()))
                .containsExactly("firstName=core.error.tooLong", "lastName=core.error.tooLong", "jobTitle=core.error.tooLong");
        assertThat(e.fieldErrors().get(0).args()).containsExactly(100);
    }

    @Test
    void acceptsNamesOfExactlyTheLimit() {
        String hundred = "ب".repeat(100);
        assertThat(validator.validate(new ContactInput(hundred, hundred, null, null, null, null, null, hundred), ACCOUNT_7_EXISTS)
                .firstName()).hasSize(100);
    }

    @Test
    void rejectsANationalCodeWithAWrongCheckDigit() {
        assertThat(FieldErrors.of(() -> validator.validate(contact("0499370898", null, null, null, null), ACCOUNT_7_EXISTS)))
                .containsExactly("nationalCode=core.error.nationalCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1111111111", "049937089", "04993708990", "abc"})
    void rejectsMalformedNationalCodes(String code) {
        assertThat(FieldErrors.of(() -> validator.validate(contact(code, null, null, null, null), ACCOUNT_7_EXISTS)))
                .containsExactly("nationalCode=core.error.nationalCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02188776655", "0912123456", "+4915112345678", "mobile"})
    void rejectsWhatIsNotAnIranianMobile(String mobile) {
        assertThat(FieldErrors.of(() -> validator.validate(contact(null, mobile, null, null, null), ACCOUNT_7_EXISTS)))
                .containsExactly("mobile=core.error.mobile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"z.rezaei", "z@localhost", "z rezaei@example.com", "@example.com"})
    void rejectsInvalidEmails(String email) {
        assertThat(FieldErrors.of(() -> validator.validate(contact(null, null, email, null, null), ACCOUNT_7_EXISTS)))
                .containsExactly("email=core.error.email");
    }

    @Test
    void rejectsAnEmailLongerThanItsColumn() {
        String email = "a".repeat(60) + "@" + "b".repeat(190) + ".com";
        assertThat(FieldErrors.of(() -> validator.validate(contact(null, null, email, null, null), ACCOUNT_7_EXISTS)))
                .containsExactly("email=core.error.tooLong");
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        assertThat(FieldErrors.of(() -> validator.validate(contact(null, null, null, LocalDate.of(2024, 3, 21), null),
                ACCOUNT_7_EXISTS))).containsExactly("birthDate=core.error.future");
        assertThat(validator.validate(contact(null, null, null, LocalDate.of(2024, 3, 20), null), ACCOUNT_7_EXISTS).birthDate())
                .isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void rejectsABirthDateBefore1900() {
        assertThat(FieldErrors.of(() -> validator.validate(contact(null, null, null, LocalDate.of(1899, 12, 31), null),
                ACCOUNT_7_EXISTS))).containsExactly("birthDate=accounts.error.birthDateTooEarly");
        assertThat(validator.validate(contact(null, null, null, LocalDate.of(1900, 1, 1), null), ACCOUNT_7_EXISTS).birthDate())
                .isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void rejectsAnAccountThatDoesNotExist() {
        assertThat(FieldErrors.of(() -> validator.validate(contact(null, null, null, null, 8L), ACCOUNT_7_EXISTS)))
                .containsExactly("accountId=accounts.error.unknownAccount");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        assertThat(FieldErrors.of(() -> validator.validate(new ContactInput("", "x", "123", "123", "x@", LocalDate.of(1800, 1, 1),
                9L, null), ACCOUNT_7_EXISTS))).containsExactly("firstName=core.error.required", "nationalCode=core.error.nationalCode",
                "mobile=core.error.mobile", "email=core.error.email", "birthDate=accounts.error.birthDateTooEarly",
                "accountId=accounts.error.unknownAccount");
    }
}
