package org.peyvand.module.accounts.internal;


import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.text.SearchWords;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.NoCustomFields;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/**
 * Every plan of RecordSearch against a brute-force answer: the matching contacts, in list order, each
 * exactly once across pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactSearchTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("staff"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final String[] FIRST = {"علی", "علیرضا", "محمد", "محمدرضا", "مریم", "مهدی", "مجید", "مینا", "رضا", "زهرا",
            "پریسا", "ژاله", "گلناز", "چنگیز", "کامران", "سارا", "ali_reza"};
    private static final String[] LAST = {"رضایی", "محمدی", "موسوی", "مرادی", "ملکی", "میرزایی", "کریمی", "کریم", "گلستانی",
            "پورمحمد", "احمدی", "یزدانی", "ژیان", "ملک‌زاده"};

    private final TestAccess access = new TestAccess();
    private final RecordingAudit audit = new RecordingAudit();
    private TestDatabase db;
    private ContactServiceImpl contacts;
    private final List<Contact> all = new ArrayList<>();
    private long accountId;

    @BeforeAll
    void seed() {
        db = new TestDatabase("crm.accounts");
        contacts = new ContactServiceImpl(db.transactions(), new TestGuard(), access, audit, new NoCustomFields(), new Announcements().events(), new TestLinks(), new TickingClock());
        AccountServiceImpl accounts = new AccountServiceImpl(db.transactions(), new TestGuard(), access, audit, new NoCustomFields(), new Announcements().events(), new TestLinks(), new TickingClock());
        accountId = accounts.create(SARA, new AccountInput("پتروشیمی مارون", null, null, null, null, null, null, null, null, null), false).id();
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("firstName,lastName,mobile,jobTitle\n");
        for (int i = 0; i < 150; i++) {
            csv.append(FIRST[random.nextInt(FIRST.length)]).append(',').append(LAST[random.nextInt(LAST.length)])
                    .append(",0912").append(String.format("%07d", random.nextInt(10_000_000))).append(",کارشناس\n");
        }
        contacts.importCsv(SARA, csv.toString().getBytes(StandardCharsets.UTF_8), Progress.NONE);
        for (int i = 0; i < 60; i++) {
            contacts.create(SARA, new ContactInput(FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)], null,
                    "0935" + String.format("%07d", random.nextInt(10_000_000)), null, null, i % 3 == 0 ? accountId : null, null), true);
        }
        String cursor = null;
        do {
            Page<Contact> page = contacts.search(SARA, RecordQuery.ALL, new PageRequest(cursor, 500, "name", false));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    @AfterAll
    void close() {
        db.close();
    }

    /** Which stored contacts match, by the definition: each query word starts a token of the contact. */
    private List<Contact> expected(String query, Long account) {
        List<String> words = SearchWords.ofQuery(query);
        return all.stream()
                .filter(c -> account == null || account.equals(c.accountId()))
                .filter(c -> {
                    Set<String> tokens = SearchTokens.ofContact(new ContactInput(c.firstName(), c.lastName(), c.nationalCode(),
                            c.mobile(), c.email(), c.birthDate(), c.accountId(), c.jobTitle()), c.accountName());
                    return words.stream().allMatch(w -> tokens.stream().anyMatch(t -> t.startsWith(w)));
                })
                .toList();
    }

    private List<Contact> everyPage(String query, Long account, String sort, boolean descending, int limit) {
        List<Contact> found = new ArrayList<>();
        String cursor = null;
        do {
            Page<Contact> page = contacts.search(SARA, new RecordQuery(query, account), new PageRequest(cursor, limit, sort, descending));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            found.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return found;
    }

    private static Comparator<Contact> order(String sort, boolean descending) {
        Comparator<Contact> order = "name".equals(sort)
                ? Comparator.comparing((Contact c) -> SortKeys.ofPerson(c.firstName(), c.lastName()))
                : Comparator.comparing(Contact::createdAt);
        order = order.thenComparingLong(Contact::id);
        return descending ? order.reversed() : order;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "رضا", "علی", "محمد", "مح", "م", "ك", "كريم", "ژ", "پورمح", "ملک", "0", "0912", "09121",
            "091234", "۰۹۳۵", "کارشناس", "کار", "علی رضایی", "مرادی مح", "پتروشیمی", "ali_", "ali_r", "a%", "ناشناس"})
    void findsExactlyTheMatchesInEveryOrder(String query) {
        List<Contact> matches = expected(query, null);
        for (String sort : List.of("name", "createdAt")) {
            for (boolean descending : List.of(false, true)) {
                List<Contact> found = everyPage(query, null, sort, descending, 7);
                assertThat(found).as("%s by %s %s", query, sort, descending ? "desc" : "asc")
                        .isEqualTo(matches.stream().sorted(order(sort, descending)).toList());
            }
        }
        assertThat(contacts.count(SARA, RecordQuery.text(query))).isEqualTo(matches.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "م", "0935", "علی"})
    void narrowsToOneAccount(String query) {
        List<Contact> matches = expected(query, accountId);

        assertThat(matches).isNotEmpty();
        assertThat(everyPage(query, accountId, "name", false, 4)).isEqualTo(matches.stream().sorted(order("name", false)).toList());
        assertThat(everyPage(query, accountId, "createdAt", true, 4))
                .isEqualTo(matches.stream().sorted(order("createdAt", true)).toList());
        assertThat(contacts.count(SARA, new RecordQuery(query, accountId))).isEqualTo(matches.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 50, 500})
    void pagesOfAnySizeCoverTheList(int limit) {
        assertThat(everyPage(null, null, "name", false, limit)).isEqualTo(all);
    }
}
