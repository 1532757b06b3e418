package org.peyvand.module.accounts.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.Phone;
import org.peyvand.platform.core.error.FieldError;

class AccountCsvTest {

    @Test
    void splitsThePhoneColumnAndGathersTheAddress() {
        AccountInput input = AccountCsv.toInput(new CsvRow(1, Map.of("name", "فولاد", "phone", "021-88776655; 021-88776656،031-1",
                "city", "اصفهان", "postalCode", "8481735111"), false));

        assertThat(input.phones()).containsExactly(new Phone("office", "021-88776655"), new Phone("office", "021-88776656"),
                new Phone("office", "031-1"));
        assertThat(input.addresses()).containsExactly(new Address(null, "اصفهان", null, "8481735111"));
    }

    @Test
    void leavesOutAnAddressThatHasNothing() {
        AccountInput input = AccountCsv.toInput(new CsvRow(1, Map.of("name", "فولاد"), false));

        assertThat(input.phones()).isEmpty();
        assertThat(input.addresses()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "phones[1].number, phone",
            "phones[0].kind, phone",
            "addresses[0].province, province",
            "addresses[0].city, city",
            "addresses[0].line, address",
            "addresses[0].postalCode, postalCode",
            "addresses[0], address",
            "nationalId, nationalId"})
    void namesServiceErrorsAfterTheFileColumns(String field, String column) {
        assertThat(AccountCsv.toColumn(FieldError.of(field, "core.error.phone", 1))).isEqualTo(FieldError.of(column, "core.error.phone", 1));
    }

    @Test
    void writesPhonesTogetherAndTheFirstAddress() {
        Account account = new Account(3, "فولاد", "10861312254", null, null, null,
                List.of(new Phone("office", "+983152731234"), new Phone("fax", "+983152731235")),
                List.of(new Address("isfahan", "مبارکه", null, "8481735111"), new Address("tehran", "تهران", null, null)),
                "https://example.ir", "sara", null, null, Instant.EPOCH, Instant.EPOCH, 0);

        assertThat(AccountCsv.toRow(account)).containsExactly(3L, "فولاد", "10861312254", "", "", "",
                "+983152731234; +983152731235", "isfahan", "مبارکه", "", "8481735111", "https://example.ir");
        assertThat(AccountCsv.EXPORT_HEADER).containsExactly("id", "name", "nationalId", "economicCode", "registrationNumber",
                "industry", "phone", "province", "city", "address", "postalCode", "website");
    }
}
