package org.peyvand.module.accounts.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.internal.AccountValidator;
import org.peyvand.module.accounts.internal.ContactValidator;
import org.peyvand.platform.core.validation.IranianIdentifiers;

class DemoRecordsTest {

    @Test
    void completesValidCheckDigits() {
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            String nine = String.format("%09d", random.nextInt(1_000_000_000));
            String ten = String.format("%010d", Math.floorMod(random.nextLong(), 10_000_000_000L));
            assertThat(IranianIdentifiers.isValidNationalCode(CheckDigits.nationalCode(nine)) || nine.chars().distinct().count() == 1)
                    .as(nine).isTrue();
            assertThat(IranianIdentifiers.isValidLegalEntityId(CheckDigits.legalEntityId(ten)) || ten.chars().distinct().count() == 1)
                    .as(ten).isTrue();
        }
        assertThat(CheckDigits.nationalCode("049937089")).isEqualTo("0499370899");
    }

    @Test
    void everyDemoCompanyPassesTheRules() {
        List<AccountInput> accounts = DemoRecords.accounts(new Random(1403));
        AccountValidator.Links noOthers = new AccountValidator.Links() {
            @Override
            public boolean exists(long accountId) {
                return true;
            }

            @Override
            public boolean isWithin(long candidate, long accountId) {
                return false;
            }
        };

        assertThat(accounts).hasSize(DemoRecords.COMPANIES.size());
        assertThat(accounts).extracting(AccountInput::name).contains("پتروشیمی مارون", "فولاد مبارکه اصفهان", "ایران‌خودرو");
        assertThat(accounts).allSatisfy(account -> new AccountValidator().validate(account, "system", null, noOthers));
        assertThat(accounts).extracting(AccountInput::nationalId).doesNotHaveDuplicates();
    }

    @Test
    void everyDemoPersonPassesTheRules() {
        Random random = new Random(1403);
        DemoRecords.accounts(random);
        List<Long> accountIds = LongStream.rangeClosed(1, DemoRecords.COMPANIES.size()).boxed().toList();
        List<ContactInput> people = DemoRecords.people(random, accountIds);
        ContactValidator validator = new ContactValidator(Clock.systemDefaultZone());

        assertThat(people).hasSize(DemoRecords.COMPANIES.size() * DemoRecords.PEOPLE_PER_COMPANY);
        assertThat(people).allSatisfy(person -> validator.validate(person, id -> true));
        assertThat(people).extracting(ContactInput::nationalCode).doesNotHaveDuplicates();
        assertThat(people).extracting(ContactInput::birthDate)
                .allMatch(date -> date.isAfter(LocalDate.of(1960, 1, 1)) && date.isBefore(LocalDate.of(2002, 1, 1)));
        assertThat(people).filteredOn(person -> person.email() != null).hasSizeBetween(20, 55);
    }
}
