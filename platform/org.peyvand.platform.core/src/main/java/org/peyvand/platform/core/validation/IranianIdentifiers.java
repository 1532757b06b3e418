package org.peyvand.platform.core.validation;

import java.util.Optional;
import java.util.regex.Pattern;
import org.peyvand.platform.core.text.PersianText;

/**
 * Validation and normalisation of Iranian identifiers, phone numbers and e-mail addresses.
 *
 * <p>Input is accepted as people type or paste it: with Persian, Arabic-Indic or ASCII digits, and with
 * spaces, dashes or directional marks between the digits.
 */
public final class IranianIdentifiers {

    private static final String COUNTRY_CODE = "98";
    private static final int NATIONAL_NUMBER_LENGTH = 10;
    private static final int[] LEGAL_ENTITY_COEFFICIENTS = {29, 27, 23, 19, 17, 29, 27, 23, 19, 17};

    /** Whitespace, hyphens, dashes and the minus sign, plus directional marks copied from RTL text. */
    private static final Pattern SEPARATORS =
            Pattern.compile("[\\s\\p{Z}\\-\\u2010-\\u2015\\u2212\\u200E\\u200F\\u061C]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PHONE_PARENTHESES = Pattern.compile("[()]");
    private static final Pattern EMAIL_LOCAL_PART =
            Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN_LABEL =
            Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");

    private IranianIdentifiers() {
    }

    /**
     * Returns the ASCII digits of {@code s} with spaces, dashes and directional marks removed, so
     * "۰۴۹۹-۳۷۰۸۹۹" becomes "0499370899". Returns an empty string for {@code null} or when anything other
     * than digits and those separators is present.
     */
    public static String digitsOnly(String s) {
        if (s == null) {
            return "";
        }
        String digits = SEPARATORS.matcher(PersianText.toLatinDigits(s)).replaceAll("");
        return DIGITS.matcher(digits).matches() ? digits : "";
    }

    /**
     * Returns whether {@code code} is a valid personal national code (کد ملی): ten digits, not all the
     * same, whose last digit is the check digit of the first nine.
     */
    public static boolean isValidNationalCode(String code) {
        String digits = digitsOnly(code);
        if (digits.length() != 10 || allSame(digits)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += digit(digits, i) * (10 - i);
        }
        int remainder = sum % 11;
        int check = remainder < 2 ? remainder : 11 - remainder;
        return digit(digits, 9) == check;
    }

    /**
     * Returns whether {@code id} is a valid legal entity national ID (شناسه ملی): eleven digits, not all
     * the same, whose last digit is the check digit computed from the first ten.
     */
    public static boolean isValidLegalEntityId(String id) {
        String digits = digitsOnly(id);
        if (digits.length() != 11 || allSame(digits)) {
            return false;
        }
        int offset = digit(digits, 9) + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digit(digits, i) + offset) * LEGAL_ENTITY_COEFFICIENTS[i];
        }
        int remainder = sum % 11;
        int check = remainder == 10 ? 0 : remainder;
        return digit(digits, 10) == check;
    }

    /**
     * Returns an Iranian mobile number in E.164 form, such as "+989121234567", accepting it with or
     * without the trunk prefix 0 or the country code (as +98, 0098 or 98). Returns empty if it is not a
     * mobile number: its ten-digit national number must start with 9.
     */
    public static Optional<String> normalizeMobile(String number) {
        return nationalNumber(number).filter(national -> national.charAt(0) == '9').map(IranianIdentifiers::e164);
    }

    /**
     * Returns an Iranian phone number, landline ("021-88776655") or mobile, in E.164 form
     * ("+982188776655"). Returns empty unless it has a ten-digit national number not starting with 0.
     */
    public static Optional<String> normalizePhone(String number) {
        return nationalNumber(number).map(IranianIdentifiers::e164);
    }

    /**
     * Returns whether {@code code} looks like a postal code: exactly ten digits, not all the same. The
     * post office's allocation rules are not published as a check algorithm, so nothing more is checked.
     */
    public static boolean isValidPostalCode(String code) {
        String digits = digitsOnly(code);
        return digits.length() == 10 && !allSame(digits);
    }

    /**
     * Returns whether {@code email} is plausibly a deliverable address: at most 254 characters, a local
     * part of at most 64 characters, and a domain of at least two dot-separated labels made of letters,
     * digits and inner hyphens. Whitespace is never accepted, so callers should strip input first.
     */
    public static boolean isValidEmail(String email) {
        if (email == null || email.length() > 254) {
            return false;
        }
        int at = email.indexOf('@');
        if (at < 1 || at > 64 || at != email.lastIndexOf('@')) {
            return false;
        }
        String domain = email.substring(at + 1);
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || !EMAIL_LOCAL_PART.matcher(email.substring(0, at)).matches()) {
            return false;
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Returns the ten-digit national significant number, without country code or trunk prefix. */
    private static Optional<String> nationalNumber(String number) {
        if (number == null) {
            return Optional.empty();
        }
        String trimmed = number.strip();
        boolean international = trimmed.startsWith("+");
        String digits = digitsOnly(PHONE_PARENTHESES.matcher(international ? trimmed.substring(1) : trimmed)
                .replaceAll(""));
        String national = withoutPrefix(digits, international);
        return national.length() == NATIONAL_NUMBER_LENGTH && national.charAt(0) != '0'
                ? Optional.of(national)
                : Optional.empty();
    }

    private static String withoutPrefix(String digits, boolean international) {
        if (international) {
            return digits.startsWith(COUNTRY_CODE) ? digits.substring(COUNTRY_CODE.length()) : "";
        }
        if (digits.startsWith("00")) {
            return digits.startsWith("00" + COUNTRY_CODE) ? digits.substring(2 + COUNTRY_CODE.length()) : "";
        }
        if (digits.startsWith("0")) {
            return digits.substring(1);
        }
        if (digits.length() == COUNTRY_CODE.length() + NATIONAL_NUMBER_LENGTH && digits.startsWith(COUNTRY_CODE)) {
            return digits.substring(COUNTRY_CODE.length());
        }
        return digits;
    }

    private static String e164(String nationalNumber) {
        return "+" + COUNTRY_CODE + nationalNumber;
    }

    private static boolean allSame(String digits) {
        return digits.chars().allMatch(c -> c == digits.charAt(0));
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
