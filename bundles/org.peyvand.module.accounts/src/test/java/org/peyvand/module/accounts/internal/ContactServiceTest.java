package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.DuplicateMatch;
import org.peyvand.module.accounts.DuplicateWarningException;
import org.peyvand.module.accounts.ImportResult;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.NoCustomFields;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactServiceTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("staff"), DisplayPreferences.defaults(I18nService.PERSIAN));

    private final TestAccess access = new TestAccess();
    private final RecordingAudit audit = new RecordingAudit();
    private TestDatabase db;
    private ContactServiceImpl contacts;
    private AccountServiceImpl accounts;
    private long steel;

    @BeforeAll
    void open() {
        db = new TestDatabase("crm.accounts");
        contacts = new ContactServiceImpl(db.transactions(), new TestGuard(), access, audit, new NoCustomFields(), new Announcements().events(), new TestLinks(), new TickingClock());
        accounts = new AccountServiceImpl(db.transactions(), new TestGuard(), access, audit, new NoCustomFields(), new Announcements().events(), new TestLinks(), new TickingClock());
        steel = accounts.create(SARA, new AccountInput("فولاد مبارکه", null, null, null, null, null, null, null, null, null), false).id();
    }

    @AfterAll
    void close() {
        db.close();
    }

    private static ContactInput person(String first, String last, String nationalCode, String mobile, String email) {
        return new ContactInput(first, last, nationalCode, mobile, email, null, null, null);
    }

    private List<String> names(String query) {
        return contacts.search(SARA, RecordQuery.text(query), PageRequest.first(100, "name", false)).items().stream()
                .map(Contact::fullName).toList();
    }

    @Test
    void createsAContactAndReadsItBack() {
        Contact created = contacts.create(SARA, new ContactInput(" زهرا ", "رضایی", "۰۰۱۳۵۴۲۴۱۹", "09121110001", "Zahra@Example.com",
                LocalDate.of(1990, 8, 3), steel, "مدیر فروش"), false);

        assertThat(created.id()).isPositive();
        assertThat(created.version()).isZero();
        assertThat(created.owner()).isEqualTo("sara");
        assertThat(created.createdAt()).isEqualTo(created.updatedAt());
        assertThat(contacts.get(SARA, created.id())).isEqualTo(created);
        assertThat(created).extracting(Contact::firstName, Contact::nationalCode, Contact::mobile, Contact::email, Contact::accountName)
                .containsExactly("زهرا", "0013542419", "+989121110001", "zahra@example.com", "فولاد مبارکه");
    }

    @Test
    void refusesANationalCodeSomeoneAlreadyHas() {
        Contact first = contacts.create(SARA, person("علی", "نوری", "0499370899", null, null), false);

        assertThatThrownBy(() -> contacts.create(SARA, person("رضا", "نوری", "0499370899", null, null), true))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("accounts.error.nationalCodeTaken");
                    assertThat(e.args()).containsExactly("علی نوری", first.id());
                    assertThat(e.fieldErrors()).containsExactly(FieldError.of("nationalCode", "core.error.duplicate"));
                });
    }

    @Test
    void warnsOfSharedMobileOrEmailUntilConfirmed() {
        Contact first = contacts.create(SARA, person("مینا", "افشار", null, "09121110002", "mina@example.com"), false);
        ContactInput twin = person("مینا", "افشاری", null, "+98 912 111 0002", "MINA@example.com");

        assertThatThrownBy(() -> contacts.create(SARA, twin, false))
                .isInstanceOfSatisfying(DuplicateWarningException.class, e -> assertThat(e.matches()).containsExactly(
                        new DuplicateMatch("mobile", first.id(), "مینا افشار"), new DuplicateMatch("email", first.id(), "مینا افشار")));
        assertThat(names("افشاری")).isEmpty();

        assertThat(contacts.create(SARA, twin, true).mobile()).isEqualTo("+989121110002");
        assertThat(contacts.findDuplicates(SARA, person("x", "y", null, "09121110002", null), first.id()))
                .extracting(DuplicateMatch::name).containsExactly("مینا افشاری");
    }

    @Test
    void findsDuplicatesOfAFormStillBeingTyped() {
        Contact stored = contacts.create(SARA, person("لیلا", "کاظمی", "3110694778", "09121110003", null), false);

        assertThat(contacts.findDuplicates(SARA, person(null, null, "۳۱۱۰۶۹۴۷۷۸", "0912111", "not yet an email"), null))
                .containsExactly(new DuplicateMatch("nationalCode", stored.id(), "لیلا کاظمی"));
        assertThat(contacts.findDuplicates(SARA, person(null, null, "3110694778", null, null), stored.id())).isEmpty();
    }

    @Test
    void countsTheContactsOfManyAccountsAtOnceWithinTheScope() {
        Caller reza = new Caller("reza", 8, Set.of("staff"), SARA.preferences());
        long mine = accounts.create(SARA, new AccountInput("پخش البرز", null, null, null, null, null, null, null, null, null), false).id();
        long empty = accounts.create(SARA, new AccountInput("انبار خالی", null, null, null, null, null, null, null, null, null), false).id();
        for (String first : List.of("آرش", "بهار")) {
            contacts.create(SARA, new ContactInput(first, "شمارش", null, null, null, null, mine, null), true);
        }
        contacts.create(reza, new ContactInput("کاوه", "شمارش", null, null, null, null, mine, null), true);

        assertThat(contacts.countByAccount(SARA, List.of(mine, empty, mine))).containsExactly(Map.entry(mine, 3L));
        access.scope(reza, ContactFields.TYPE, RecordScope.Level.OWN, Set.of());
        assertThat(contacts.countByAccount(reza, List.of(mine, empty))).containsExactly(Map.entry(mine, 1L));
        assertThat(contacts.countByAccount(SARA, List.of())).isEmpty();
    }

    @Test
    void namesManyContactsAndAccountsAtOnceWithinTheScope() {
        Caller reza = new Caller("reza", 8, Set.of("staff"), SARA.preferences());
        long account = accounts.create(SARA, new AccountInput("نامدار پارس", null, null, null, null, null, null, null, null, null), false).id();
        long saras = contacts.create(SARA, new ContactInput("نسرین", "نامور", null, null, null, null, null, null), true).id();
        long rezas = contacts.create(reza, new ContactInput("کامران", "نامور", null, null, null, null, null, null), true).id();

        assertThat(contacts.names(SARA, List.of(saras, rezas, saras, -1L))).containsOnly(Map.entry(saras, "نسرین نامور"),
                Map.entry(rezas, "کامران نامور"));
        assertThat(accounts.names(SARA, List.of(account, -1L))).containsOnly(Map.entry(account, "نامدار پارس"));
        access.scope(reza, ContactFields.TYPE, RecordScope.Level.OWN, Set.of());
        assertThat(contacts.names(reza, List.of(saras, rezas))).as("another's contact out of an own scope").containsOnly(
                Map.entry(rezas, "کامران نامور"));
        assertThat(contacts.names(SARA, List.of())).isEmpty();
    }

    @Test
    void refusesAnAccountThatDoesNotExist() {
        assertThat(FieldErrors.of(() -> contacts.create(SARA, new ContactInput("a", "b", null, null, null, null, 999_999L, null), false)))
                .containsExactly("accountId=accounts.error.unknownAccount");
    }

    @Test
    void updatesTheExpectedVersionAndItsSearchTokens() {
        Contact created = contacts.create(SARA, person("بابک", "طاهرخانی", null, null, null), false);

        Contact updated = contacts.update(SARA, created.id(), new ContactInput("بابک", "طاهرپور", null, null, null, null, steel, "مهندس"),
                created.version());

        assertThat(updated.version()).isEqualTo(created.version() + 1);
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isAfter(created.updatedAt());
        assertThat(updated.accountName()).isEqualTo("فولاد مبارکه");
        assertThat(names("طاهرخانی")).isEmpty();
        assertThat(names("طاهرپور مهندس")).containsExactly("بابک طاهرپور");
        assertThatThrownBy(() -> contacts.update(SARA, created.id(), person("x", "y", null, null, null), created.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("core.error.staleVersion"));
    }

    @Test
    void anUpdateMayKeepItsOwnNationalCode() {
        Contact created = contacts.create(SARA, person("نرگس", "جعفری", "9862513810", null, null), false);

        assertThat(contacts.update(SARA, created.id(), person("نرگس", "جعفری‌نیا", "9862513810", null, null), 0).lastName())
                .isEqualTo("جعفری‌نیا");
    }

    @Test
    void deletesAContactAndItsTokens() {
        Contact created = contacts.create(SARA, person("کوروش", "یزدان‌پناه", null, null, null), false);

        contacts.delete(SARA, created.id());

        assertThat(names("یزدان")).isEmpty();
        assertThatThrownBy(() -> contacts.get(SARA, created.id())).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("accounts.error.contactNotFound");
            assertThat(e.args()).containsExactly(String.valueOf(created.id()));
        });
        assertThatThrownBy(() -> contacts.delete(SARA, created.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.update(SARA, created.id(), person("a", "b", null, null, null), 0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void checksThePermissionBeforeAnythingElse() {
        TestGuard none = new TestGuard();
        for (String action : List.of("read", "create", "update", "delete", "import", "export")) {
            none.deny("accounts.contact." + action);
        }
        ContactServiceImpl forbidden = new ContactServiceImpl(db.transactions(), none, access, audit, new NoCustomFields(), new Announcements().events(), new TestLinks(), new TickingClock());
        ContactInput invalid = person("", "", null, null, null);

        assertThatThrownBy(() -> forbidden.create(SARA, invalid, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.update(SARA, 1, invalid, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.delete(SARA, -1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.get(SARA, -1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.search(SARA, RecordQuery.ALL, PageRequest.first(1, "bad", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.count(SARA, RecordQuery.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.findDuplicates(SARA, invalid, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.importCsv(SARA, new byte[0], Progress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forbidden.exportCsv(SARA, RecordQuery.ALL, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(none.asked()).containsExactlyInAnyOrder("accounts.contact.read", "accounts.contact.create", "accounts.contact.update",
                "accounts.contact.delete", "accounts.contact.import", "accounts.contact.export");
    }

    @Test
    void importsValidRowsAndReportsTheOthersByRow() {
        contacts.create(SARA, person("حمید", "شریفی", "5843853071", null, null), false);
        String csv = "نام,نام خانوادگی,کد ملی,تلفن همراه,ایمیل,تاریخ تولد,حساب,سمت\n"
                + "سمیرا,گلپایگانی,6512891015,09121110010,,1369/05/12," + steel + ",حسابدار\n"
                + "سعید,گلپایگانی,6512891015,,,,,\n"
                + "مجید,گلپایگانی,5843853071,,,,,\n"
                + ",گلپایگانی,123,0912,x@,1369/13/01,999999,\n"
                + "پیمان,گلپایگانی,,09121110010,,,,\n";
        List<String> progress = new ArrayList<>();

        ImportResult result = contacts.importCsv(SARA, csv.getBytes(StandardCharsets.UTF_8), new Progress() {
            @Override
            public void progress(int done, int total) {
                progress.add(done + "/" + total);
            }
        });

        assertThat(result.total()).isEqualTo(5);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(3);
        assertThat(progress).containsExactly("5/5");
        assertThat(result.errors()).extracting(error -> error.row() + " " + FieldErrors.describe(error.fieldErrors())).containsExactly(
                "2 [nationalCode=core.error.duplicate]",
                "3 [nationalCode=core.error.duplicate]",
                "4 [birthDate=core.error.invalidDate, firstName=core.error.required, nationalCode=core.error.nationalCode,"
                        + " mobile=core.error.mobile, email=core.error.email, accountId=accounts.error.unknownAccount]");
        Contact samira = contacts.search(SARA, RecordQuery.text("سمیرا گلپایگانی"), PageRequest.first(5, "name", false)).items().get(0);
        assertThat(samira).extracting(Contact::birthDate, Contact::accountName, Contact::owner)
                .containsExactly(LocalDate.of(1990, 8, 3), "فولاد مبارکه", "sara");
        assertThat(names("گلپایگانی")).containsExactly("پیمان گلپایگانی", "سمیرا گلپایگانی");
    }

    @Test
    void importsNothingFromAFileWithABadHeader() {
        long before = contacts.count(SARA, RecordQuery.ALL);

        assertThat(FieldErrors.of(() -> contacts.importCsv(SARA, "firstName,surname\na,b\n".getBytes(StandardCharsets.UTF_8),
                Progress.NONE))).containsExactly("file=accounts.import.unknownColumn", "file=accounts.import.missingColumn");
        assertThat(contacts.count(SARA, RecordQuery.ALL)).isEqualTo(before);
    }

    @Test
    void keepsTheBatchesImportedBeforeACancel() {
        StringBuilder csv = new StringBuilder("firstName,lastName\n");
        for (int i = 0; i < 1200; i++) {
            csv.append("نام").append(i).append(",بزرگمهر\n");
        }
        int[] batches = {0};

        ImportResult result = contacts.importCsv(SARA, csv.toString().getBytes(StandardCharsets.UTF_8), new Progress() {
            @Override
            public void progress(int done, int total) {
                batches[0]++;
            }

            @Override
            public boolean cancelled() {
                return batches[0] == 2;
            }
        });

        assertThat(result.cancelled()).isTrue();
        assertThat(result.imported()).isEqualTo(1000);
        assertThat(contacts.count(SARA, RecordQuery.text("بزرگمهر"))).isEqualTo(1000);
    }

    @Test
    void exportsEveryMatchInNameOrderAcrossPages() {
        StringBuilder csv = new StringBuilder("firstName,lastName,mobile\n");
        for (int i = 0; i < 520; i++) {
            csv.append(String.format("ف%03d,صادقلو,09122%06d%n", 519 - i, i));
        }
        contacts.importCsv(SARA, csv.toString().getBytes(StandardCharsets.UTF_8), Progress.NONE);
        contacts.create(SARA, new ContactInput("=HYPERLINK(\"x\")", "صادقلو", null, null, null, null, null, "-مدیر"), false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        contacts.exportCsv(SARA, RecordQuery.text("صادقلو"), out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(522);
        assertThat(lines.get(0)).isEqualTo("id,firstName,lastName,nationalCode,mobile,email,birthDate,accountId,jobTitle");
        assertThat(lines.get(1)).endsWith(",ف000,صادقلو,,'+989122000519,,,,");
        assertThat(lines.get(520)).endsWith(",ف519,صادقلو,,'+989122000000,,,,");
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith(",\"'=HYPERLINK(\"\"x\"\")\",صادقلو,,,,,,'-مدیر"));
    }
}
