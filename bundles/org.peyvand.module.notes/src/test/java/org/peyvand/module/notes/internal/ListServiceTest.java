package org.peyvand.module.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mockito.ArgumentCaptor;
import org.osgi.service.event.Event;
import org.peyvand.module.notes.ListInput;
import org.peyvand.module.notes.ListKind;
import org.peyvand.module.notes.ListMember;
import org.peyvand.module.notes.ListShare;
import org.peyvand.module.notes.MarketingList;
import org.peyvand.module.notes.ShareAccess;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.report.ReportSort;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.KnownRecords;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/** Lists, members and shares on their migrated tables; dynamic lists against a report builder that answers as told. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListServiceTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("manager"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(I18nService.ENGLISH));
    private static final Caller NIMA = new Caller("nima", 9, Set.of("staff"), DisplayPreferences.defaults(I18nService.ENGLISH));
    private static final String ACCOUNT = "accounts.account";
    private static final String CONTACT = "accounts.contact";

    private final TestAccess access = new TestAccess().scope(REZA, Permissions.LIST, RecordScope.Level.OWN, Set.of())
            .scope(NIMA, Permissions.LIST, RecordScope.Level.OWN, Set.of()).scope(SARA, Permissions.LIST, RecordScope.Level.OWN, Set.of());
    private final RecordingAudit audit = new RecordingAudit();
    private final Announcements announcements = new Announcements();
    private final ReportService reports = mock(ReportService.class);
    private TestDatabase db;
    private ListServiceImpl lists;

    @BeforeAll
    void open() {
        Map<String, String> accounts = new java.util.HashMap<>();
        LongStream.rangeClosed(1, 1200).forEach(id -> accounts.put(String.valueOf(id), "حساب " + id));
        KnownRecords lookups = new KnownRecords(Map.of(ACCOUNT, accounts, CONTACT, Map.of("201", "مینا"),
                RecordLookups.USERS, Map.of("reza", "رضا", "nima", "نیما"), RecordLookups.ORG_UNITS, Map.of("9", "فروش")));
        db = new TestDatabase("crm.notes");
        lists = new ListServiceImpl(db.transactions(), new TestGuard(), access, audit, lookups, reports, announcements.events(), new TickingClock());
    }

    @AfterAll
    void close() {
        db.close();
    }

    private MarketingList staticList(Caller owner, String name) {
        return lists.create(owner, new ListInput(name, ACCOUNT, ListKind.STATIC, null));
    }

    @Test
    void manyMembersAreAddedInOneCallAndPagedById() {
        MarketingList list = staticList(SARA, "مشتریان تهران");
        assertThat(list.kind()).isEqualTo(ListKind.STATIC);
        assertThat(list.manageable()).isTrue();
        List<Long> ids = LongStream.rangeClosed(1, 1000).boxed().toList();
        assertThat(lists.addMembers(SARA, list.id(), ids)).isEqualTo(1000);
        assertThat(lists.addMembers(SARA, list.id(), List.of(1000L, 1001L))).as("those already in stay as they are").isEqualTo(1);
        assertThat(lists.count(SARA, list.id())).isEqualTo(1001);

        Page<ListMember> first = lists.members(SARA, list.id(), PageRequest.first(500, null, false));
        assertThat(first.items()).hasSize(500);
        assertThat(first.items().get(0)).isEqualTo(new ListMember(1, "حساب 1"));
        Page<ListMember> second = lists.members(SARA, list.id(), PageRequest.first(500, null, false).next(first.nextCursor()));
        assertThat(second.items().get(0).recordId()).isEqualTo(501);

        List<Integer> batches = new ArrayList<>();
        lists.forEachMember(SARA, list.id(), batch -> batches.add(batch.size()));
        assertThat(batches).containsExactly(500, 500, 1);

        assertThat(lists.removeMembers(SARA, list.id(), List.of(1L, 2L, 5000L))).isEqualTo(2);
        assertThat(lists.count(SARA, list.id())).isEqualTo(999);
        assertThat(audit.lines()).anyMatch(line -> line.action().equals(ListServiceImpl.MEMBERS_ADDED));
    }

    @Test
    void aDeletedRecordLeavesEveryListOfItsType() {
        MarketingList fair = staticList(NIMA, "بازدیدکنندگان نمایشگاه");
        MarketingList vip = staticList(NIMA, "مشتریان ویژه");
        MarketingList people = lists.create(NIMA, new ListInput("افراد", CONTACT, ListKind.STATIC, null));
        lists.addMembers(NIMA, fair.id(), List.of(1100L, 1101L));
        lists.addMembers(NIMA, vip.id(), List.of(1100L));
        assertThat(lists.linksTo(ACCOUNT, 1100)).containsExactly(new RecordLinkCount(ListServiceImpl.LINKS, 2));
        assertThat(lists.linksTo(CONTACT, 1100)).as("a contact with the same id is another record").containsExactly(
                new RecordLinkCount(ListServiceImpl.LINKS, 0));

        lists.handleEvent(new Event("crm/record/accounts_account/deleted", Map.of(CrmEvents.PROPERTY_TYPE, ACCOUNT, CrmEvents.PROPERTY_ID, 1100L)));

        assertThat(lists.linksTo(ACCOUNT, 1100)).containsExactly(new RecordLinkCount(ListServiceImpl.LINKS, 0));
        assertThat(lists.count(NIMA, fair.id())).isEqualTo(1);
        assertThat(lists.count(NIMA, vip.id())).isZero();
        assertThat(lists.count(NIMA, people.id())).isZero();
    }

    @Test
    void refusalsNameTheirField() {
        MarketingList list = staticList(SARA, "نمایشگاه");
        assertField(() -> lists.addMembers(SARA, list.id(), List.of(1L, 99_999L)), "recordIds");
        assertField(() -> lists.addMembers(SARA, list.id(), List.of()), "recordIds");
        assertField(() -> lists.addMembers(SARA, list.id(), LongStream.rangeClosed(1, 1001).boxed().toList()), "recordIds");
        assertField(() -> lists.create(SARA, new ListInput(" ", ACCOUNT, ListKind.STATIC, null)), "name");
        assertField(() -> lists.create(SARA, new ListInput("بی‌نوع", "planets.planet", ListKind.STATIC, null)), "recordType");
        assertField(() -> lists.create(SARA, new ListInput("کاربران", RecordLookups.USERS, ListKind.STATIC, null)), "recordType");
        assertField(() -> lists.create(SARA, new ListInput("بی‌گونه", ACCOUNT, null, null)), "kind");
        assertField(() -> lists.create(SARA, new ListInput("بی‌فیلتر", ACCOUNT, ListKind.DYNAMIC, List.of())), "filters");
        // the same name again, written with Arabic yeh and kaf: a conflict on the name
        staticList(SARA, "مشتریان کرج");
        assertThatThrownBy(() -> staticList(SARA, "مشتريان كرج")).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.fieldErrors()).anyMatch(error -> error.field().equals("name")));
        assertThat(staticList(REZA, "مشتریان کرج").owner()).as("another owner may use it").isEqualTo("reza");
    }

    @Test
    void sharesGiveReadOrEditAndOnlyTheOwnersScopeManages() {
        MarketingList list = staticList(SARA, "همایش");
        lists.addMembers(SARA, list.id(), List.of(7L));
        assertThatThrownBy(() -> lists.get(REZA, list.id())).isInstanceOf(NotFoundException.class);
        assertThat(lists.lists(REZA, null, PageRequest.first(500, null, false)).items()).extracting(MarketingList::id).doesNotContain(list.id());

        lists.share(SARA, list.id(), List.of(new ListShare(ListShare.Grantee.USER, "reza", null, ShareAccess.READ),
                new ListShare(ListShare.Grantee.UNIT, "9", null, ShareAccess.EDIT)));
        assertThat(lists.shares(SARA, list.id())).extracting(ListShare::granteeName).containsExactlyInAnyOrder("رضا", "فروش");
        MarketingList seen = lists.get(REZA, list.id());
        assertThat(seen.editable()).isFalse();
        assertThat(lists.lists(REZA, ACCOUNT, PageRequest.first(500, null, false)).items()).extracting(MarketingList::id).contains(list.id());
        assertThat(lists.members(REZA, list.id(), PageRequest.first(10, null, false)).items()).extracting(ListMember::recordId).containsExactly(7L);
        assertThatThrownBy(() -> lists.addMembers(REZA, list.id(), List.of(8L))).isInstanceOf(AccessDeniedException.class);

        // nima's unit (9) may edit, but neither share nor delete
        assertThat(lists.get(NIMA, list.id()).editable()).isTrue();
        assertThat(lists.addMembers(NIMA, list.id(), List.of(8L))).isEqualTo(1);
        assertThatThrownBy(() -> lists.delete(NIMA, list.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lists.share(NIMA, list.id(), List.of())).isInstanceOf(AccessDeniedException.class);

        assertField(() -> lists.share(SARA, list.id(), List.of(new ListShare(ListShare.Grantee.USER, "nobody", null, ShareAccess.READ))),
                "shares[0].grantee");
        lists.delete(SARA, list.id());
        assertThatThrownBy(() -> lists.get(SARA, list.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDynamicListsMembersAreWhatItsFiltersFindWhenRead() {
        List<ReportFilter> filters = List.of(ReportFilter.of("city", FilterOperator.EQUALS, "تهران"), ReportFilter.in("createdAt",
                Period.lastDays(30)));
        when(reports.run(eq(SARA), any())).thenAnswer(call -> {
            ReportDefinition definition = call.getArgument(1);
            return definition.columns().get(0).aggregated() ? result(List.of(List.of(3L)))
                    : result(List.of(List.of(11L), List.of(12L), List.of(13L)));
        });
        MarketingList list = lists.create(SARA, new ListInput("پویا", ACCOUNT, ListKind.DYNAMIC, filters));
        assertThat(lists.get(SARA, list.id()).filters()).as("kept as the report builder takes them").isEqualTo(filters);
        assertThat(lists.count(SARA, list.id())).isEqualTo(3);

        Page<ListMember> page = lists.members(SARA, list.id(), PageRequest.first(2, null, false));
        assertThat(page.items()).containsExactly(new ListMember(11, "حساب 11"), new ListMember(12, "حساب 12"));
        assertThat(page.hasNext()).isTrue();
        ArgumentCaptor<ReportDefinition> asked = ArgumentCaptor.forClass(ReportDefinition.class);
        org.mockito.Mockito.verify(reports, org.mockito.Mockito.atLeastOnce()).run(eq(SARA), asked.capture());
        ReportDefinition read = asked.getAllValues().stream().filter(d -> !d.columns().get(0).aggregated()).reduce((a, b) -> b).orElseThrow();
        assertThat(read.recordType()).isEqualTo(ACCOUNT);
        assertThat(read.filters()).startsWith(filters.toArray(ReportFilter[]::new))
                .endsWith(ReportFilter.of("id", FilterOperator.GREATER, "0"));
        assertThat(read.sorts()).containsExactly(new ReportSort(0, false));

        assertField(() -> lists.addMembers(SARA, list.id(), List.of(1L)), "kind");
    }

    private static ReportResult result(List<List<Object>> rows) {
        return new ReportResult(List.of(), rows, false, List.of());
    }

    private static void assertField(Runnable call, String field) {
        List<String> fields = new ArrayList<>();
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> e.fieldErrors().forEach(error -> fields.add(error.field())));
        assertThat(fields).contains(field);
    }
}
