package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.Phone;

class AccountValidatorTest {
    /** Accounts 1 ← 2 ← 3 (3's parent is 2, 2's parent is 1) and 10, on its own. */
    private static final Map<Long, Long> PARENTS = Map.of(2L, 1L, 3L, 2L);
    private static final AccountValidator.Links LINKS = new AccountValidator.Links() {
        @Override
        public boolean exists(long accountId) {
            return accountId == 1 || accountId == 2 || accountId == 3 || accountId == 10;
        }

        @Override
        public boolean isWithin(long candidate, long accountId) {
            for (Long current = candidate; current != null; current = PARENTS.get(current)) {
                if (current == accountId) {
                    return true;
                }
            }
            return false;
        }
    };

    private final AccountValidator validator = new AccountValidator();

    private static AccountInput account(String name) {
        return new AccountInput(name, null, null, null, null, List.of(), List.of(), null, null, null);
    }

    private static AccountInput withPhones(Phone... phones) {
        return new AccountInput("x", null, null, null, null, List.of(phones), List.of(), null, null, null);
    }

    private static AccountInput withAddresses(Address... addresses) {
        return new AccountInput("x", null, null, null, null, List.of(), List.of(addresses), null, null, null);
    }

    private static AccountInput withWebsite(String website) {
        return new AccountInput("x", null, null, null, null, List.of(), List.of(), website, null, null);
    }

    private AccountInput validate(AccountInput input) {
        return validator.validate(input, "sara", null, LINKS);
    }

    @Test
    void normalisesAValidAccount() {
        AccountInput valid = validate(new AccountInput(" فولاد مبارکه ", "۱۰۸۶۱۳۱۲۲۵۴", "۴۱۱-۱۱۱-۱۱۱-۱۱۱", "۱۲۳۴۵", " فولاد ",
                List.of(new Phone(null, "۰۳۱-۵۲۷۳۱۲۳۴"), new Phone("MOBILE", "09121234567"), new Phone("fax", "+98 21 8877 6655")),
                List.of(new Address("اصفهان", " مبارکه ", " کیلومتر ۷۵ ", "۸۴۸۱۷-۳۵۱۱۱")), "www.example.ir", " ", 10L));

        assertThat(valid).isEqualTo(new AccountInput("فولاد مبارکه", "10861312254", "411111111111", "12345", "فولاد",
                List.of(new Phone("office", "+983152731234"), new Phone("mobile", "+989121234567"), new Phone("fax", "+982188776655")),
                List.of(new Address("isfahan", "مبارکه", "کیلومتر ۷۵", "8481735111")), "https://www.example.ir", "sara", 10L));
    }

    @Test
    void keepsAGivenOwner() {
        assertThat(validator.validate(new AccountInput("x", null, null, null, null, null, null, null, "ali", null), "sara", null, LINKS)
                .owner()).isEqualTo("ali");
    }

    @Test
    void requiresAName() {
        assertThat(FieldErrors.of(() -> validate(account("  ")))).containsExactly("name=core.error.required");
    }

    @Test
    void limitsTheNameTo200Characters() {
        assertThat(validate(account("ن".repeat(200))).name()).hasSize(200);
        assertThat(FieldErrors.of(() -> validate(account("ن".repeat(201))))).containsExactly("name=core.error.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10861312253", "1086131225", "11111111111", "شناسه"})
    void rejectsInvalidNationalIds(String nationalId) {
        assertThat(FieldErrors.of(() -> validate(new AccountInput("x", nationalId, null, null, null, null, null, null, null, null))))
                .containsExactly("nationalId=core.error.nationalId");
    }

    @Test
    void wantsTheEconomicCodeAsTenToFourteenDigits() {
        assertThat(validate(new AccountInput("x", null, "4111111111", null, null, null, null, null, null, null)).economicCode())
                .isEqualTo("4111111111");
        assertThat(validate(new AccountInput("x", null, "41111111111111", null, null, null, null, null, null, null)).economicCode())
                .isEqualTo("41111111111111");
        assertThat(FieldErrors.of(() -> validate(new AccountInput("x", null, "411111111", null, null, null, null, null, null, null))))
                .containsExactly("economicCode=accounts.error.economicCode");
        assertThat(FieldErrors.of(() -> validate(new AccountInput("x", null, "411111111111111", null, null, null, null, null, null, null))))
                .containsExactly("economicCode=accounts.error.economicCode");
        assertThat(FieldErrors.of(() -> validate(new AccountInput("x", null, "41A1111111", null, null, null, null, null, null, null))))
                .containsExactly("economicCode=core.error.digits");
    }

    @Test
    void wantsTheRegistrationNumberAsLettersAndDigits() {
        assertThat(validate(new AccountInput("x", null, null, "ب۱۲۳۴", null, null, null, null, null, null)).registrationNumber())
                .isEqualTo("ب1234");
        assertThat(FieldErrors.of(() -> validate(new AccountInput("x", null, null, "12/34", null, null, null, null, null, null))))
                .containsExactly("registrationNumber=accounts.error.registrationNumber");
        assertThat(FieldErrors.of(() -> validate(new AccountInput("x", null, null, "1".repeat(31), null, null, null, null, null, null))))
                .containsExactly("registrationNumber=core.error.tooLong");
    }

    @Test
    void limitsTheIndustry() {
        assertThat(FieldErrors.of(() -> validate(new AccountInput("x", null, null, null, "ص".repeat(101), null, null, null, null, null))))
                .containsExactly("industry=core.error.tooLong");
    }

    @Test
    void namesEachInvalidPhoneByItsPlace() {
        assertThat(FieldErrors.of(() -> validate(withPhones(new Phone("office", "02188776655"), new Phone("pager", "02188776655"),
                new Phone("office", "123"), new Phone("mobile", "02188776655"), new Phone("fax", " ")))))
                .containsExactly("phones[1].kind=accounts.error.phoneKind", "phones[2].number=core.error.phone",
                        "phones[3].number=core.error.mobile", "phones[4].number=core.error.required");
    }

    @Test
    void limitsTheNumberOfPhonesAndAddresses() {
        Phone phone = new Phone("office", "02188776655");
        Address address = new Address("tehran", null, null, null);
        assertThat(FieldErrors.of(() -> validate(new AccountInput("x", null, null, null, null, Collections.nCopies(11, phone),
                Collections.nCopies(11, address), null, null, null))))
                .containsExactly("phones=accounts.error.tooMany", "addresses=accounts.error.tooMany");
    }

    @Test
    void namesEachInvalidAddressByItsPlace() {
        assertThat(FieldErrors.of(() -> validate(withAddresses(new Address("tehran", "تهران", null, "1234567890"),
                new Address("atlantis", "ش".repeat(61), "خ".repeat(301), "12345"), new Address(" ", null, "", null)))))
                .containsExactly("addresses[1].province=accounts.error.province", "addresses[1].city=core.error.tooLong",
                        "addresses[1].line=core.error.tooLong", "addresses[1].postalCode=core.error.postalCode",
                        "addresses[2]=accounts.error.emptyAddress");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tehran", "Tehran", "تهران", " تهران "})
    void findsProvincesByCodeOrName(String province) {
        assertThat(validate(withAddresses(new Address(province, null, null, null))).addresses().get(0).province()).isEqualTo("tehran");
    }

    @Test
    void addsHttpsToAWebsiteWithoutScheme() {
        assertThat(validate(withWebsite("example.ir/about")).website()).isEqualTo("https://example.ir/about");
        assertThat(validate(withWebsite("http://example.ir")).website()).isEqualTo("http://example.ir");
        assertThat(validate(withWebsite("فولاد.ایران")).website()).isEqualTo("https://فولاد.ایران");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.ir", "example", "https://exa mple.ir", "https://-example.ir"})
    void rejectsWhatIsNotAWebAddress(String website) {
        assertThat(FieldErrors.of(() -> validate(withWebsite(website)))).containsExactly("website=core.error.url");
    }

    @Test
    void limitsTheWebsiteIncludingTheAddedScheme() {
        String fits = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(61) + ".ir";
        assertThat(validate(withWebsite(fits)).website()).hasSize(200);
        assertThat(FieldErrors.of(() -> validate(withWebsite(fits.replace(".ir", "c.ir"))))).containsExactly("website=core.error.tooLong");
    }

    @Test
    void requiresAnExistingParent() {
        assertThat(FieldErrors.of(() -> validate(new AccountInput("x", null, null, null, null, null, null, null, null, 99L))))
                .containsExactly("parentId=accounts.error.unknownAccount");
    }

    @Test
    void refusesAParentThatWouldCloseACycle() {
        AccountInput underThree = new AccountInput("x", null, null, null, null, null, null, null, null, 3L);
        assertThat(FieldErrors.of(() -> validator.validate(underThree, "sara", 1L, LINKS))).containsExactly("parentId=accounts.error.parentCycle");
        assertThat(FieldErrors.of(() -> validator.validate(underThree, "sara", 3L, LINKS))).containsExactly("parentId=accounts.error.parentCycle");
        assertThat(validator.validate(underThree, "sara", 10L, LINKS).parentId()).isEqualTo(3L);
    }
}
