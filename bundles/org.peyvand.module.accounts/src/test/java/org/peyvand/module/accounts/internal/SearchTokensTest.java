package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.Phone;
import org.peyvand.platform.core.text.SearchWords;

class SearchTokensTest {

    @Test
    void indexesEverySearchableFieldOfAContact() {
        ContactInput contact = new ContactInput("علی‌رضا", "كريمي", "0499370899", "+989121234567", "ali.karimi@example.com",
                LocalDate.of(1990, 1, 1), 4L, "مدیر فروش");

        assertThat(SearchTokens.ofContact(contact, "فولاد مبارکه")).containsExactlyInAnyOrder(
                "علی", "رضا", "علیرضا", "کریمی", "0499370899", "989121234567", "09121234567", "9121234567",
                "ali.karimi@example.com", "ali", "karimi", "example", "com", "مدیر", "فروش", "فولاد", "مبارکه");
    }

    @Test
    void leavesOutWhatAContactLacks() {
        assertThat(SearchTokens.ofContact(new ContactInput("سارا", "نوری", null, null, null, null, null, null), null))
                .containsExactly("سارا", "نوری");
    }

    @Test
    void indexesEverySearchableFieldOfAnAccount() {
        AccountInput account = new AccountInput("پتروشیمی مارون", "10861312254", "411111111111", "1234", "پتروشیمی",
                List.of(new Phone("office", "+986152123456")), List.of(new Address("khuzestan", "بندر ماهشهر", "سایت ۳", "1234567890")),
                "https://www.marun.example", "sara", null);

        assertThat(SearchTokens.ofAccount(account)).containsExactlyInAnyOrder("پتروشیمی", "مارون", "10861312254", "411111111111",
                "1234", "986152123456", "06152123456", "6152123456", "بندر", "ماهشهر", "www.marun.example", "www", "marun", "example");
    }

    @Test
    void cutsLongTokensToTheColumnSize() {
        String email = "a".repeat(70) + "@example.com";
        assertThat(SearchTokens.ofContact(new ContactInput("x", "y", null, null, email, null, null, null), null))
                .allSatisfy(token -> assertThat(token).hasSizeLessThanOrEqualTo(SearchWords.MAX_LENGTH))
                .contains("a".repeat(64));
    }
}
