package org.peyvand.platform.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IranianIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0499370899", "0790419904", "0084575948", "0012345679", "1234567891", "9876543210"})
    void acceptsNationalCodesWithCorrectCheckDigit(String code) {
        assertThat(nationalCodeCheckDigit(code)).isEqualTo(code.charAt(9) - '0');
        assertThat(IranianIdentifiers.isValidNationalCode(code)).isTrue();
    }

    @Test
    void acceptsExactlyOneCheckDigitForEveryNationalCodePrefix() {
        Random random = new Random(1403);
        for (int sample = 0; sample < 2_000; sample++) {
            String prefix = String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
            int[] accepted = IntStream.rangeClosed(0, 9)
                    .filter(check -> IranianIdentifiers.isValidNationalCode(prefix + check))
                    .toArray();

            assertThat(accepted).as(prefix).containsExactly(nationalCodeCheckDigit(prefix));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"049-937089-9", "0499 370 899", " 0499370899 ", "۰۴۹۹۳۷۰۸۹۹", "٠٤٩٩٣٧٠٨٩٩", "۰۴۹۹-۳۷۰-۸۹۹"})
    void acceptsNationalCodesWrittenWithSeparatorsOrOtherDigits(String code) {
        assertThat(IranianIdentifiers.isValidNationalCode(code)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0499370898", "0790419905", "049937089", "04993708990", "1111111111", "0000000000",
            "04993708a9", "0499.370.899", "+0499370899"})
    void rejectsInvalidNationalCodes(String code) {
        assertThat(IranianIdentifiers.isValidNationalCode(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10380284790", "14007650912", "۱۰۳۸۰۲۸۴۷۹۰", "1400-765-0912"})
    void acceptsLegalEntityIdsWithCorrectCheckDigit(String id) {
        String digits = IranianIdentifiers.digitsOnly(id);
        assertThat(legalEntityCheckDigit(digits)).isEqualTo(digits.charAt(10) - '0');
        assertThat(IranianIdentifiers.isValidLegalEntityId(id)).isTrue();
    }

    @Test
    void rejectsLegalEntityIdsWithAnyOtherLastDigit() {
        for (String valid : new String[] {"10380284790", "14007650912"}) {
            String prefix = valid.substring(0, 10);
            for (char last = '0'; last <= '9'; last++) {
                String id = prefix + last;
                assertThat(IranianIdentifiers.isValidLegalEntityId(id)).as(id).isEqualTo(id.equals(valid));
            }
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"00000000000", "11111111111", "1038028479", "103802847901", "1038028479x"})
    void rejectsMalformedLegalEntityIds(String id) {
        assertThat(IranianIdentifiers.isValidLegalEntityId(id)).isFalse();
    }

    @Test
    void extractsDigits() {
        assertThat(IranianIdentifiers.digitsOnly(" ۰۴۹۹-٣٧٠ 899\u200E")).isEqualTo("0499370899");
        assertThat(IranianIdentifiers.digitsOnly("0499/370")).isEmpty();
        assertThat(IranianIdentifiers.digitsOnly(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"09121234567", "9121234567", "+989121234567", "00989121234567", "989121234567",
            "+98 912 123 4567", "0912-123-4567", "۰۹۱۲۱۲۳۴۵۶۷", "٠٩١٢١٢٣٤٥٦٧", "+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷", " 0912 123 4567 "})
    void normalizesMobileNumbers(String number) {
        assertThat(IranianIdentifiers.normalizeMobile(number)).contains("+989121234567");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"08121234567", "+9891212345", "abc", "0912123456", "091212345678", "+449121234567",
            "00449121234567", "+98 0912 123 4567", "021-88776655", "0912 123 4567 ext 2"})
    void rejectsNonMobileNumbers(String number) {
        assertThat(IranianIdentifiers.normalizeMobile(number)).isEmpty();
    }

    @Test
    void normalizesLandlineAndMobilePhones() {
        assertThat(IranianIdentifiers.normalizePhone("021-88776655")).contains("+982188776655");
        assertThat(IranianIdentifiers.normalizePhone("(021) 8877 6655")).contains("+982188776655");
        assertThat(IranianIdentifiers.normalizePhone("+98 21 8877 6655")).contains("+982188776655");
        assertThat(IranianIdentifiers.normalizePhone("۰۲۱۸۸۷۷۶۶۵۵")).contains("+982188776655");
        assertThat(IranianIdentifiers.normalizePhone("08121234567")).contains("+988121234567");
        assertThat(IranianIdentifiers.normalizePhone("09121234567")).contains("+989121234567");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"88776655", "0021 8877 6655", "+98 021 8877 6655", "021-8877665", "+1 212 555 0100",
            "tel: 021-88776655"})
    void rejectsPhonesWithoutATenDigitNationalNumber(String number) {
        assertThat(IranianIdentifiers.normalizePhone(number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1193653471", "11936-53471", "۱۱۹۳۶۵۳۴۷۱"})
    void acceptsPostalCodes(String code) {
        assertThat(IranianIdentifiers.isValidPostalCode(code)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1111111111", "119365347", "11936534711", "11936a5347"})
    void rejectsInvalidPostalCodes(String code) {
        assertThat(IranianIdentifiers.isValidPostalCode(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ali.rezaei@example.com", "a@b.co", "user+tag@mail.example.ir", "o'neil@x-y.com",
            "علی@example.ir"})
    void acceptsPlausibleEmails(String email) {
        assertThat(IranianIdentifiers.isValidEmail(email)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ali", "ali@", "@example.com", "ali@@example.com", "a@b@c.com", "ali@example",
            "ali @example.com", " ali@example.com", "ali@exa mple.com", "ali@-example.com", "ali@example-.com",
            "ali@example..com", "ali@example.com.", ".ali@example.com", "ali.@example.com", "a..b@example.com",
            "ali(x)@example.com"})
    void rejectsImplausibleEmails(String email) {
        assertThat(IranianIdentifiers.isValidEmail(email)).isFalse();
    }

    @Test
    void limitsEmailLengths() {
        String domain = "example.com";
        assertThat(IranianIdentifiers.isValidEmail("a".repeat(64) + "@" + domain)).isTrue();
        assertThat(IranianIdentifiers.isValidEmail("a".repeat(65) + "@" + domain)).isFalse();

        String longDomain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "." + "ir";
        String longest = "a".repeat(254 - 1 - longDomain.length()) + "@" + longDomain;
        assertThat(longest).hasSize(254);
        assertThat(IranianIdentifiers.isValidEmail(longest)).isTrue();
        assertThat(IranianIdentifiers.isValidEmail("a" + longest)).isFalse();
        assertThat(IranianIdentifiers.isValidEmail("a@" + "b".repeat(64) + ".com")).isFalse();
    }

    /** The national code check digit, computed independently of the code under test. */
    private static int nationalCodeCheckDigit(String code) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (code.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? remainder : 11 - remainder;
    }

    /** The legal entity ID check digit, computed independently of the code under test. */
    private static int legalEntityCheckDigit(String id) {
        int[] coefficients = {29, 27, 23, 19, 17, 29, 27, 23, 19, 17};
        int offset = id.charAt(9) - '0' + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (id.charAt(i) - '0' + offset) * coefficients[i];
        }
        return sum % 11 % 10;
    }
}
