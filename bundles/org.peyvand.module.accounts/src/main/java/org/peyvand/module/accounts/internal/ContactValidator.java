package org.peyvand.module.accounts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.LongPredicate;

import org.peyvand.module.accounts.ContactInput;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.core.validation.IranianIdentifiers;

/**
 * The rules of a person's fields. Sizes mirror the columns of {@code acc_contact}. Every broken
 * rule is reported at once, with the field's API name and a message key.
 */
public final class ContactValidator {
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int JOB_TITLE_MAX = 100;
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private final Clock clock;

    public ContactValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * Returns the input normalised for storage: values stripped, blanks null, the national code as
     * ten ASCII digits, the mobile in E.164, the email in lower case.
     *
     * @param accountExists whether an account id names a stored account
     * @throws ValidationException naming every invalid field
     */
    public ContactInput validate(ContactInput input, LongPredicate accountExists) {
        Validator validator = new Validator();
        String firstName = Values.clean(input.firstName());
        validator.required(firstName, "firstName").maxLength(firstName, NAME_MAX, "firstName");
        String lastName = Values.clean(input.lastName());
        validator.required(lastName, "lastName").maxLength(lastName, NAME_MAX, "lastName");

        String nationalCode = Values.clean(input.nationalCode());
        if (nationalCode != null) {
            validator.check(IranianIdentifiers.isValidNationalCode(nationalCode), "nationalCode", "core.error.nationalCode");
            nationalCode = IranianIdentifiers.digitsOnly(nationalCode);
        }

        String mobile = Values.clean(input.mobile());
        if (mobile != null) {
            mobile = IranianIdentifiers.normalizeMobile(mobile).orElse(null);
            validator.check(mobile != null, "mobile", "core.error.mobile");
        }

        String email = Values.clean(input.email());
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (email.length() > EMAIL_MAX) {
                validator.reject("email", "core.error.tooLong", EMAIL_MAX);
            } else {
                validator.check(IranianIdentifiers.isValidEmail(email), "email", "core.error.email");
            }
        }

        LocalDate birthDate = input.birthDate();
        if (birthDate != null) {
            validator.check(!birthDate.isAfter(LocalDate.now(clock)), "birthDate", "core.error.future");
            validator.check(!birthDate.isBefore(EARLIEST_BIRTH_DATE), "birthDate", "accounts.error.birthDateTooEarly");
        }

        Long accountId = input.accountId();
        if (accountId != null) {
            validator.check(accountExists.test(accountId), "accountId", "accounts.error.unknownAccount");
        }

        String jobTitle = Values.clean(input.jobTitle());
        validator.maxLength(jobTitle, JOB_TITLE_MAX, "jobTitle");

        validator.throwIfInvalid();
        return new ContactInput(firstName, lastName, nationalCode, mobile, email, birthDate, accountId, jobTitle);
    }
}
