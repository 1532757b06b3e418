package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.service.event.Event;
import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.DuplicateMatch;
import org.peyvand.module.accounts.DuplicateWarningException;
import org.peyvand.module.accounts.ImportResult;
import org.peyvand.module.accounts.Phone;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.NoCustomFields;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountServiceTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("manager"), DisplayPreferences.defaults(I18nService.PERSIAN));

    private final TestAccess access = new TestAccess();
    private final RecordingAudit audit = new RecordingAudit();
    private final Announcements announcements = new Announcements();
    private final TestLinks links = new TestLinks();
    private TestDatabase db;
    private AccountServiceImpl accounts;
    private ContactServiceImpl contacts;

    @BeforeAll
    void open() {
        db = new TestDatabase("crm.accounts");
        accounts = new AccountServiceImpl(db.transactions(), new TestGuard(), access, audit, new NoCustomFields(), announcements.events(), links, new TickingClock());
        contacts = new ContactServiceImpl(db.transactions(), new TestGuard(), access, audit, new NoCustomFields(), new Announcements().events(), new TestLinks(), new TickingClock());
    }

    @AfterAll
    void close() {
        db.close();
    }

    private static AccountInput named(String name) {
        return new AccountInput(name, null, null, null, null, null, null, null, null, null);
    }

    private static AccountInput withParent(String name, Long parentId) {
        return new AccountInput(name, null, null, null, null, null, null, null, null, parentId);
    }

    private List<String> names(String query) {
        return accounts.search(SARA, RecordQuery.text(query), PageRequest.first(100, "name", false)).items().stream()
                .map(Account::name).toList();
    }

    @Test
    void createsAnAccountWithItsPhonesAndAddresses() {
        Account parent = accounts.create(SARA, named("شرکت ملی صنایع پتروشیمی"), false);
        Account created = accounts.create(SARA, new AccountInput("پتروشیمی مارون", "10861312254", "411111111111", "12345", "پتروشیمی",
                List.of(new Phone("office", "061-52123456"), new Phone("fax", "061-52123457")),
                List.of(new Address("خوزستان", "بندر ماهشهر", "سایت ۳", "6351111111"), new Address("tehran", "تهران", null, null)),
                "marun.example", null, parent.id()), false);

        assertThat(accounts.get(SARA, created.id())).isEqualTo(created);
        assertThat(created.phones()).containsExactly(new Phone("office", "+986152123456"), new Phone("fax", "+986152123457"));
        assertThat(created.addresses()).containsExactly(new Address("khuzestan", "بندر ماهشهر", "سایت ۳", "6351111111"),
                new Address("tehran", "تهران", null, null));
        assertThat(created).extracting(Account::owner, Account::parentName, Account::website, Account::version)
                .containsExactly("sara", "شرکت ملی صنایع پتروشیمی", "https://marun.example", 0L);
        assertThat(names("ماهشهر")).containsExactly("پتروشیمی مارون");
        assertThat(names("۰۶۱۵۲۱۲۳۴۵۶")).containsExactly("پتروشیمی مارون");
        assertThat(names("marun")).containsExactly("پتروشیمی مارون");
    }

    @Test
    void everyChangeIsAnnouncedForProcessesOnceItIsDone() {
        int before = announcements.posted().size();
        Account created = accounts.create(SARA, named("پتروشیمی جم"), false);
        Account renamed = accounts.update(SARA, created.id(), named("پتروشیمی جم (سهامی عام)"), created.version());
        assertThatThrownBy(() -> accounts.update(SARA, created.id(), named("دوباره"), created.version())).isInstanceOf(ConflictException.class);
        accounts.delete(SARA, renamed.id());

        List<Event> posted = announcements.posted().subList(before, announcements.posted().size());
        assertThat(posted).extracting(Event::getTopic).as("a refused change announces nothing").containsExactly(
                "crm/record/accounts_account/created", "crm/record/accounts_account/updated", "crm/record/accounts_account/deleted");
        assertThat(posted).allSatisfy(e -> {
            assertThat(e.getProperty(CrmEvents.PROPERTY_ID)).isEqualTo(created.id());
            assertThat(e.getProperty(CrmEvents.PROPERTY_TYPE)).isEqualTo("accounts.account");
            assertThat(e.getProperty(CrmEvents.PROPERTY_USER)).isEqualTo("sara");
        });
    }

    @Test
    void refusesANationalIdAnotherAccountHas() {
        Account first = accounts.create(SARA, new AccountInput("فولاد مبارکه", "10103574470", null, null, null, null, null, null, null, null), false);

        assertThatThrownBy(() -> accounts.create(SARA, new AccountInput("فولاد", "10103574470", null, null, null, null, null, null, null, null), true))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("accounts.error.nationalIdTaken");
                    assertThat(e.args()).containsExactly("فولاد مبارکه", first.id());
                    assertThat(e.fieldErrors()).containsExactly(FieldError.of("nationalId", "core.error.duplicate"));
                });
    }

    @Test
    void warnsOfTheSameNameOrASharedPhoneUntilConfirmed() {
        Account first = accounts.create(SARA, new AccountInput("ذوب‌آهن اصفهان", null, null, null, null,
                List.of(new Phone("office", "031-33333333")), null, null, null, null), false);

        assertThatThrownBy(() -> accounts.create(SARA, new AccountInput("ذوب آهن اصفهان", null, null, null, null,
                List.of(new Phone("fax", "+98 31 3333 3333")), null, null, null, null), false))
                .isInstanceOfSatisfying(DuplicateWarningException.class, e -> assertThat(e.matches()).containsExactly(
                        new DuplicateMatch("name", first.id(), "ذوب‌آهن اصفهان"), new DuplicateMatch("phones", first.id(), "ذوب‌آهن اصفهان")));
        assertThat(accounts.create(SARA, named("ذوب آهن اصفهان"), true).id()).isNotEqualTo(first.id());
    }

    @Test
    void replacesPhonesAndAddressesOnUpdate() {
        Account created = accounts.create(SARA, new AccountInput("سایپا", null, null, null, null, List.of(new Phone("office", "021-44444444")),
                List.of(new Address("tehran", "تهران", null, null)), null, "ali", null), false);

        Account updated = accounts.update(SARA, created.id(), new AccountInput("سایپا", null, null, null, "خودروسازی",
                List.of(new Phone("mobile", "09121234567")), List.of(), null, null, null), created.version());

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.phones()).containsExactly(new Phone("mobile", "+989121234567"));
        assertThat(updated.addresses()).isEmpty();
        assertThat(updated.owner()).isEqualTo("sara");
        assertThat(names("02144444444")).isEmpty();
        assertThatThrownBy(() -> accounts.update(SARA, created.id(), named("سایپا"), 0))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("core.error.staleVersion"));
    }

    @Test
    void aRenameReachesTheSearchTokensOfItsContacts() {
        Account account = accounts.create(SARA, named("همکاران سیستم"), false);
        Contact contact = contacts.create(SARA, new ContactInput("آرش", "کیانی", null, null, null, null, account.id(), null), false);

        accounts.update(SARA, account.id(), named("همکاران فناوری"), account.version());

        RecordQuery byNewName = RecordQuery.text("فناوری آرش");
        assertThat(contacts.search(SARA, byNewName, PageRequest.first(5, "name", false)).items())
                .extracting(Contact::id, Contact::accountName).containsExactly(Tuple.tuple(contact.id(), "همکاران فناوری"));
        assertThat(contacts.count(SARA, RecordQuery.text("سیستم آرش"))).isZero();
    }

    @Test
    void refusesAParentThatWouldMakeACycle() {
        Account top = accounts.create(SARA, named("هلدینگ الف"), false);
        Account middle = accounts.create(SARA, withParent("شرکت ب", top.id()), false);
        Account bottom = accounts.create(SARA, withParent("شرکت ج", middle.id()), false);

        assertThat(FieldErrors.of(() -> accounts.update(SARA, top.id(), withParent("هلدینگ الف", bottom.id()), top.version())))
                .containsExactly("parentId=accounts.error.parentCycle");
        assertThat(FieldErrors.of(() -> accounts.update(SARA, top.id(), withParent("هلدینگ الف", top.id()), top.version())))
                .containsExactly("parentId=accounts.error.parentCycle");
        assertThat(accounts.update(SARA, bottom.id(), withParent("شرکت ج", top.id()), bottom.version()).parentName()).isEqualTo("هلدینگ الف");
    }

    @Test
    void anAccountOtherModulesLinkToIsDeletedOnlyWithThem() {
        Account linked = accounts.create(SARA, named("پتروشیمی پیوندی"), false);
        links.with(Permissions.ACCOUNT, linked.id(), new RecordLinkCount("relations.links.count", 3));

        assertThatThrownBy(() -> accounts.delete(SARA, linked.id())).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("form.error.linked");
            assertThat(e.fieldErrors()).containsExactly(FieldError.of("links", "relations.links.count", 3L));
        });
        assertThat(accounts.get(SARA, linked.id()).name()).isEqualTo("پتروشیمی پیوندی");

        accounts.delete(SARA, linked.id(), true);
        assertThatThrownBy(() -> accounts.get(SARA, linked.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletesOnlyAnAccountNothingUses() {
        Account parent = accounts.create(SARA, named("گروه صنعتی د"), false);
        Account child = accounts.create(SARA, withParent("کارخانه د", parent.id()), false);
        Contact contact = contacts.create(SARA, new ContactInput("شیرین", "ملکی", null, null, null, null, child.id(), null), false);

        assertThatThrownBy(() -> accounts.delete(SARA, parent.id())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("accounts.error.accountInUse"));
        assertThatThrownBy(() -> accounts.delete(SARA, child.id())).isInstanceOf(ConflictException.class);

        contacts.delete(SARA, contact.id());
        accounts.delete(SARA, child.id());
        accounts.delete(SARA, parent.id());

        assertThat(names("کارخانه")).isEmpty();
        assertThatThrownBy(() -> accounts.get(SARA, parent.id())).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.messageKey()).isEqualTo("accounts.error.accountNotFound"));
    }

    @Test
    void importsAccountsAndNamesErrorsAfterTheColumns() {
        String csv = "name,nationalId,economicCode,phone,province,city,address,postalCode,website\n"
                + "پالایش نفت,10320862319,411111111111,076-33331111; 076-33331112,هرمزگان,بندرعباس,جاده سیرجان,7915111111,refinery.example\n"
                + "پالایش دوم,10320862319,,,,,,,\n"
                + "بد,123,12,abc,Atlantis,,,12,ftp://x\n";

        ImportResult result = accounts.importCsv(SARA, csv.getBytes(StandardCharsets.UTF_8), Progress.NONE);

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.errors()).extracting(error -> error.row() + " " + FieldErrors.describe(error.fieldErrors())).containsExactly(
                "2 [nationalId=core.error.duplicate]",
                "3 [nationalId=core.error.nationalId, economicCode=accounts.error.economicCode, phone=core.error.phone,"
                        + " province=accounts.error.province, postalCode=core.error.postalCode, website=core.error.url]");
        Account imported = accounts.search(SARA, RecordQuery.text("بندرعباس"), PageRequest.first(5, "name", false)).items().get(0);
        assertThat(imported.phones()).extracting(Phone::number).containsExactly("+987633331111", "+987633331112");
        assertThat(imported.addresses()).containsExactly(new Address("hormozgan", "بندرعباس", "جاده سیرجان", "7915111111"));
    }

    @Test
    void exportsWhatItImportsAgain() {
        accounts.create(SARA, new AccountInput("شیر پگاه", null, null, null, "غذایی", List.of(new Phone("office", "051-38111111")),
                List.of(new Address("razavi-khorasan", "مشهد", "جاده قوچان", null)), null, null, null), false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        accounts.exportCsv(SARA, RecordQuery.text("پگاه"), out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,name,nationalId,economicCode,registrationNumber,industry,phone,province,city,address,postalCode,website\r\n");
        assertThat(text).endsWith(",شیر پگاه,,,,غذایی,'+985138111111,razavi-khorasan,مشهد,جاده قوچان,,\r\n");
        String renamed = text.replace("شیر پگاه", "شیر پگاه دوم");
        ImportResult again = accounts.importCsv(SARA, renamed.getBytes(StandardCharsets.UTF_8), Progress.NONE);
        assertThat(again.imported()).isEqualTo(1);
        assertThat(accounts.search(SARA, RecordQuery.text("دوم پگاه"), PageRequest.first(5, "name", false)).items().get(0).phones())
                .containsExactly(new Phone("office", "+985138111111"));
    }

    @Test
    void checksThePermissionBeforeAnythingElse() {
        TestGuard none = new TestGuard();
        for (String action : List.of("read", "create", "update", "delete", "import", "export")) {
            none.deny("accounts.account." + action);
        }
        AccountServiceImpl forbidden = new AccountServiceImpl(db.transactions(), none, access, audit, new NoCustomFields(), new Announcements().events(), new TestLinks(), new TickingClock());

        assertThatThrownBy(() -> forbidden.create(SARA, named(""), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.update(SARA, -1, named(""), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.delete(SARA, -1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.get(SARA, -1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.search(SARA, RecordQuery.ALL, PageRequest.first(1, null, false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.count(SARA, RecordQuery.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.findDuplicates(SARA, named(""), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.importCsv(SARA, new byte[0], Progress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.exportCsv(SARA, RecordQuery.ALL, new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }
}
