package org.peyvand.module.occasions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javax.security.auth.Subject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.peyvand.module.occasions.CompanyEvent;
import org.peyvand.module.occasions.CompanyEventInput;
import org.peyvand.module.occasions.DateField;
import org.peyvand.module.occasions.Greeting;
import org.peyvand.module.occasions.GreetingPlan;
import org.peyvand.module.occasions.OccasionKind;
import org.peyvand.module.occasions.OccasionService;
import org.peyvand.module.occasions.OfficialChange;
import org.peyvand.module.occasions.OfficialOccasion;
import org.peyvand.module.occasions.PlanInput;
import org.peyvand.module.occasions.Preview;
import org.peyvand.module.occasions.PreviewItem;
import org.peyvand.module.occasions.RunResult;
import org.peyvand.module.occasions.UpcomingOccasion;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.LoginOutcome;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.testing.MovableClock;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/** Occasions, plans and greetings on the module's migrated tables (in-memory Derby), two nodes sharing it where it matters. */
class OccasionServiceTest {
    private static final Caller SARA = new Caller("sara", 1, Set.of("manager"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller REZA = new Caller("reza", 2, Set.of("staff"), DisplayPreferences.defaults(I18nService.ENGLISH));
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    /** 29 Esfand 1404, the last day of a common year. */
    private static final LocalDate LAST_OF_1404 = JalaliDate.of(1404, 12, 29).toLocalDate();
    private static final LocalDate NOWRUZ_1404 = LocalDate.of(2025, 3, 21);

    private final TestDatabase db = new TestDatabase("crm.occasions");
    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private final TestGuard guard = new TestGuard();
    private final TestAccess access = new TestAccess().scope(REZA, Permissions.CONTACT, RecordScope.Level.OWN, Set.of());
    private final RecordingAudit audit = new RecordingAudit();
    private final KnownContacts contacts = new KnownContacts().restrict("reza");
    private final RecordingChannel channel = new RecordingChannel("owner");
    private final CustomFields custom = contactForm(FieldDefinition.of("weddingDate", FieldType.DATE, LocalizedText.of("سالروز ازدواج", "Wedding day")),
            FieldDefinition.of("nickname", FieldType.TEXT, LocalizedText.of("لقب", "Nickname")));
    private final OccasionServiceImpl occasions = node();
    private final AnniversaryProjection birthdays = new AnniversaryProjection(db.transactions(), contacts, custom, clock);

    @AfterEach
    void close() {
        db.close();
    }

    private OccasionServiceImpl node() {
        OccasionServiceImpl node = new OccasionServiceImpl(db.transactions(), guard, access, audit, new Users(), contacts, custom, clock, TEHRAN, 9);
        node.addChannel(channel);
        return node;
    }

    @Test
    void officialOccasionsAreSeededAndFallOnTheirDaysWithTheirCorrection() {
        assertThat(occasions.officialOccasions(SARA)).extracting(OfficialOccasion::code)
                .contains("NOWRUZ", "SIZDAH_BEDAR", "YALDA", "EID_FITR", "EID_ADHA", "EID_GHADIR", "MABATH", "MID_SHABAN");

        List<UpcomingOccasion> march = occasions.upcoming(SARA, LocalDate.of(2025, 3, 19), 31);
        assertThat(march).filteredOn(o -> o.kind() == OccasionKind.OFFICIAL).extracting(UpcomingOccasion::date, UpcomingOccasion::jalali,
                UpcomingOccasion::occasion).contains(tuple(NOWRUZ_1404, "1404/01/01", "official:NOWRUZ"),
                        tuple(LocalDate.of(2025, 3, 30), "1404/01/10", "official:EID_FITR"),
                        tuple(LocalDate.of(2025, 4, 2), "1404/01/13", "official:SIZDAH_BEDAR"));

        OfficialOccasion fitr = official("EID_FITR");
        occasions.changeOfficial(SARA, "EID_FITR", new OfficialChange(true, 1), fitr.version());
        OfficialOccasion nowruz = official("NOWRUZ");
        occasions.changeOfficial(SARA, "NOWRUZ", new OfficialChange(false, 0), nowruz.version());

        assertThat(occasions.upcoming(SARA, LocalDate.of(2025, 3, 19), 31)).extracting(UpcomingOccasion::occasion, UpcomingOccasion::date)
                .contains(tuple("official:EID_FITR", LocalDate.of(2025, 3, 31))).doesNotContain(tuple("official:EID_FITR", LocalDate.of(2025, 3, 30)))
                .extracting(t -> t.toArray()[0]).doesNotContain("official:NOWRUZ");
        assertThat(audit.lines()).extracting(AuditEntry::objectType, AuditEntry::objectId).contains(tuple(Permissions.OFFICIAL, "EID_FITR"),
                tuple(Permissions.OFFICIAL, "NOWRUZ"));
        assertThatThrownBy(() -> occasions.changeOfficial(SARA, "YALDA", new OfficialChange(false, 0), 99)).isInstanceOf(ConflictException.class);
    }

    @Test
    void companyEventsRecurOnTheirJalaliDayOrFallOnceAndBirthdaysAreCounted() {
        CompanyEvent founding = occasions.createEvent(SARA, new CompanyEventInput(" سالروز تأسیس ", "Founding day", 12, 30, null));
        CompanyEvent fair = occasions.createEvent(SARA, new CompanyEventInput("نمایشگاه", "Trade fair", null, null, LAST_OF_1404.minusDays(3)));
        contacts.add(1, "مینا", "رضایی", JalaliDate.of(1403, 12, 30).toLocalDate(), "sara");
        contacts.add(2, "علی", "کریمی", JalaliDate.of(1370, 12, 29).toLocalDate(), "reza");
        birthdays.buildOnce();

        List<UpcomingOccasion> end = occasions.upcoming(SARA, LAST_OF_1404.minusDays(5), 6);
        assertThat(end).extracting(UpcomingOccasion::date, UpcomingOccasion::kind, UpcomingOccasion::occasion, UpcomingOccasion::count).containsExactly(
                tuple(LAST_OF_1404.minusDays(3), OccasionKind.COMPANY, "company:" + fair.id(), 0L),
                tuple(LAST_OF_1404, OccasionKind.OFFICIAL, "official:OIL_NATIONALIZATION", 0L),
                // Eid al-Fitr 1447 falls on the last day of 1404 too
                tuple(LAST_OF_1404, OccasionKind.OFFICIAL, "official:EID_FITR", 0L),
                tuple(LAST_OF_1404, OccasionKind.COMPANY, "company:" + founding.id(), 0L),
                tuple(LAST_OF_1404, OccasionKind.BIRTHDAY, OccasionService.BIRTHDAY, 2L));
        assertThat(founding.nameFa()).isEqualTo("سالروز تأسیس");
        assertThat(occasions.upcoming(REZA, LAST_OF_1404, 1)).filteredOn(o -> o.kind() == OccasionKind.BIRTHDAY).extracting(UpcomingOccasion::count)
                .as("Reza sees his own contacts' birthdays").containsExactly(1L);

        CompanyEvent moved = occasions.updateEvent(SARA, founding.id(), new CompanyEventInput("سالروز تأسیس", "Founding day", 1, 5, null), founding.version());
        assertThat(moved.month()).isEqualTo(1);
        occasions.deleteEvent(SARA, fair.id());
        assertThat(occasions.companyEvents(SARA)).extracting(CompanyEvent::id).containsExactly(founding.id());
        assertThat(audit.lines()).extracting(AuditEntry::action).containsSubsequence("created", "created", "updated", "deleted");
    }

    @Test
    void aBirthdayGreetingIsSentOnceByTwoNodesSharingTheDatabase() throws Exception {
        contacts.add(1, "مینا", "رضایی", JalaliDate.of(1403, 12, 30).toLocalDate(), "sara");
        contacts.add(2, "علی", "کریمی", JalaliDate.of(1370, 12, 29).toLocalDate(), "reza");
        contacts.add(3, "نیما", "احمدی", JalaliDate.of(1370, 1, 5).toLocalDate(), "sara");
        contacts.add(4, "بی", "مسئول", JalaliDate.of(1365, 12, 29).toLocalDate(), null);
        birthdays.buildOnce();
        GreetingPlan plan = occasions.createPlan(SARA, new PlanInput(OccasionService.BIRTHDAY, "{name} عزیز، زادروزتان در {date} خجسته باد", "Happy birthday, {name}!",
                "owner", true));
        OccasionServiceImpl otherNode = node();

        CompletableFuture<RunResult> first = CompletableFuture.supplyAsync(() -> occasions.runDay(LAST_OF_1404));
        CompletableFuture<RunResult> second = CompletableFuture.supplyAsync(() -> otherNode.runDay(LAST_OF_1404));
        RunResult a = first.get();
        RunResult b = second.get();

        assertThat(a.sent() + b.sent()).isEqualTo(2);
        assertThat(a.failed() + b.failed()).as("the contact without an owner is unreachable").isEqualTo(1);
        assertThat(channel.contactIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(channel.sent).filteredOn(m -> m.recipient().contactId() == 1).singleElement().satisfies(m -> {
            assertThat(m.textFa()).isEqualTo("مینا رضایی عزیز، زادروزتان در ۱۴۰۴/۱۲/۲۹ خجسته باد");
            assertThat(m.textEn()).isEqualTo("Happy birthday, مینا رضایی!");
            assertThat(m.occasionDate()).isEqualTo(LAST_OF_1404);
        });

        RunResult again = occasions.run(SARA, LAST_OF_1404);
        assertThat(again.sent()).isZero();
        assertThat(again.alreadySent()).isEqualTo(3);
        assertThat(channel.sent).as("never twice").hasSize(2);

        assertThat(occasions.history(SARA, plan.id(), null, 10).items()).extracting(Greeting::contactId, Greeting::status, Greeting::reason)
                .containsExactlyInAnyOrder(tuple(1L, Greeting.Status.SENT, null), tuple(2L, Greeting.Status.SENT, null),
                        tuple(4L, Greeting.Status.FAILED, GreetingRun.UNREACHABLE));
    }

    @Test
    void anOfficialPlanGreetsEveryContactItsOwnerSeesPageByPageAndRecordsFailures() {
        for (long id = 1; id <= 450; id++) {
            contacts.add(id, "نفر", String.valueOf(id), null, id % 3 == 0 ? "reza" : "sara");
        }
        channel.failFor = 9;
        GreetingPlan plan = occasions.createPlan(REZA, new PlanInput("official:NOWRUZ", "{name}، {occasion} مبارک", null, "owner", true));

        RunResult before = occasions.runDay(NOWRUZ_1404.minusDays(1));
        assertThat(before.sent() + before.failed()).as("not Nowruz yet").isZero();
        RunResult nowruz = occasions.runDay(NOWRUZ_1404);
        assertThat(nowruz.sent()).as("Reza's 150 contacts but one").isEqualTo(149);
        assertThat(nowruz.failed()).isEqualTo(1);
        assertThat(channel.sent).allSatisfy(m -> assertThat(m.recipient().owner()).isEqualTo("reza"));
        assertThat(channel.sent.get(0).textFa()).isEqualTo("نفر 3، نوروز مبارک");
        assertThat(channel.sent.get(0).textEn()).isNull();

        Page<Greeting> first = occasions.history(SARA, plan.id(), null, 100);
        Page<Greeting> second = occasions.history(SARA, plan.id(), first.nextCursor(), 100);
        assertThat(first.items()).hasSize(100);
        assertThat(second.items()).hasSize(50);
        assertThat(second.nextCursor()).isNull();
        assertThat(first.items().get(0).id()).isGreaterThan(second.items().get(0).id());
        assertThat(second.items()).filteredOn(g -> g.contactId() == 9).singleElement()
                .satisfies(g -> assertThat(g.reason()).isEqualTo("gateway down"));
    }

    @Test
    void aPreviewShowsRecipientsAndTextsAndStoresNothing() {
        contacts.add(1, "مینا", "رضایی", JalaliDate.of(1403, 12, 30).toLocalDate(), "sara");
        contacts.add(2, "علی", "کریمی", JalaliDate.of(1370, 12, 29).toLocalDate(), null);
        contacts.add(3, "سارا", "نوری", JalaliDate.of(1371, 12, 29).toLocalDate(), "sara");
        birthdays.buildOnce();
        GreetingPlan plan = occasions.createPlan(SARA, new PlanInput(OccasionService.BIRTHDAY, null, "Happy {occasion}, {name}", "owner", false));

        Preview preview = occasions.preview(SARA, plan.id(), LAST_OF_1404, 2);
        assertThat(preview.occurs()).isTrue();
        assertThat(preview.channelAvailable()).isTrue();
        assertThat(preview.more()).isTrue();
        assertThat(preview.items()).extracting(PreviewItem::contactId, PreviewItem::textEn, PreviewItem::reachable, PreviewItem::textFa)
                .containsExactly(tuple(1L, "Happy Birthday, مینا رضایی", true, null), tuple(2L, "Happy Birthday, علی کریمی", false, null));
        assertThat(occasions.preview(SARA, plan.id(), LAST_OF_1404.plusDays(1), 10).items()).isEmpty();

        assertThat(occasions.history(SARA, plan.id(), null, 10).items()).isEmpty();
        assertThat(channel.sent).isEmpty();
        assertThat(occasions.runDay(LAST_OF_1404).sent()).as("a disabled plan sends nothing").isZero();
    }

    @Test
    void aChannelLeavingMakesItsPlansUnavailableWithoutFailing() {
        contacts.add(1, "مینا", "رضایی", null, "sara");
        GreetingPlan plan = occasions.createPlan(SARA, new PlanInput("official:NOWRUZ", "{name}", null, "owner", true));
        occasions.removeChannel(channel);

        assertThat(occasions.plan(SARA, plan.id()).channelAvailable()).isFalse();
        assertThat(occasions.channels(SARA)).isEmpty();
        assertThat(occasions.preview(SARA, plan.id(), NOWRUZ_1404, 10).channelAvailable()).isFalse();
        RunResult result = occasions.runDay(NOWRUZ_1404);
        assertThat(result.unavailablePlans()).containsExactly(plan.id());
        assertThat(occasions.history(SARA, plan.id(), null, 10).items()).as("nothing claimed, so it is sent once the channel is back").isEmpty();

        occasions.addChannel(channel);
        assertThat(occasions.runDay(NOWRUZ_1404).sent()).isEqualTo(1);
    }

    @Test
    void theScheduledRunSendsTodaysGreetingsOnceItsHourHasCome() {
        contacts.add(1, "مینا", "رضایی", null, "sara");
        occasions.createPlan(SARA, new PlanInput("official:NOWRUZ", "{name}", null, "owner", true));
        clock.move(java.time.Duration.between(clock.instant(), NOWRUZ_1404.atTime(8, 0).atZone(TEHRAN).toInstant()));
        occasions.runToday();
        assertThat(channel.sent).as("before nine in Tehran").isEmpty();
        clock.move(java.time.Duration.ofHours(2));
        occasions.runToday();
        occasions.runToday();
        assertThat(channel.sent).hasSize(1);
        assertThat(contacts.searches).as("the day's run happens once").isEqualTo(1);
    }

    @Test
    void aDayWhoseChannelWasAbsentIsRunAgainOnceItIsBack() {
        contacts.add(1, "مینا", "رضایی", null, "sara");
        occasions.createPlan(SARA, new PlanInput("official:NOWRUZ", "{name}", null, "owner", true));
        clock.move(java.time.Duration.between(clock.instant(), NOWRUZ_1404.atTime(10, 0).atZone(TEHRAN).toInstant()));
        occasions.removeChannel(channel);
        occasions.runToday();
        occasions.addChannel(channel);
        occasions.runToday();
        occasions.runToday();
        assertThat(channel.sent).hasSize(1);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsKept() {
        assertThat(fields(() -> occasions.changeOfficial(SARA, "EID_FITR", new OfficialChange(true, 3), official("EID_FITR").version())))
                .containsExactly("correction");
        assertThat(fields(() -> occasions.changeOfficial(SARA, "YALDA", new OfficialChange(true, 1), official("YALDA").version())))
                .containsExactly("correction");
        assertThat(fields(() -> occasions.changeOfficial(SARA, "YALDA", new OfficialChange(null, null), official("YALDA").version())))
                .containsExactly("enabled");
        assertThat(fields(() -> occasions.createEvent(SARA, new CompanyEventInput("مهر", "Mehr", 7, 31, null)))).containsExactly("day");
        assertThat(fields(() -> occasions.createEvent(SARA, new CompanyEventInput("x", "x", 12, 31, null)))).containsExactly("day");
        assertThat(fields(() -> occasions.createEvent(SARA, new CompanyEventInput("x", "x", 13, 1, null)))).containsExactly("month");
        assertThat(fields(() -> occasions.createEvent(SARA, new CompanyEventInput(" ", null, 1, 1, LocalDate.of(2025, 1, 1)))))
                .containsExactly("nameFa", "nameEn", "date");
        assertThat(fields(() -> occasions.upcoming(SARA, LocalDate.of(2025, 1, 1), 63))).containsExactly("days");
        assertThat(fields(() -> occasions.createPlan(SARA, new PlanInput("official:NOWRUZ", "{name} {nam}", null, "owner", true))))
                .containsExactly("templateFa");
        assertThat(fields(() -> occasions.createPlan(SARA, new PlanInput("official:NOWRUZ", " ", " ", "sms", true))))
                .containsExactly("templateFa", "channel");
        assertThat(fields(() -> occasions.createPlan(SARA, new PlanInput("official:NOPE", "x", null, "owner", true)))).containsExactly("occasion");
        GreetingPlan plan = occasions.createPlan(SARA, new PlanInput("official:NOWRUZ", "x", null, "owner", true));
        assertThat(fields(() -> occasions.preview(SARA, plan.id(), NOWRUZ_1404, 0))).containsExactly("limit");
        assertThat(fields(() -> occasions.history(SARA, plan.id(), "abc", 10))).containsExactly("cursor");

        assertThat(occasions.companyEvents(SARA)).isEmpty();
        assertThat(occasions.plans(SARA)).hasSize(1);
        assertThat(official("EID_FITR").correction()).isZero();
    }

    @Test
    void eachActionNeedsItsPermission() {
        GreetingPlan plan = occasions.createPlan(SARA, new PlanInput("official:NOWRUZ", "x", null, "owner", true));
        guard.deny(Permissions.PLAN_MANAGE).deny(Permissions.GREETING_RUN).deny(Permissions.OCCASION_MANAGE);
        assertThatThrownBy(() -> occasions.createPlan(SARA, new PlanInput("official:NOWRUZ", "x", null, "owner", true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> occasions.preview(SARA, plan.id(), NOWRUZ_1404, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> occasions.run(SARA, NOWRUZ_1404)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> occasions.createEvent(SARA, new CompanyEventInput("x", "x", 1, 1, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(occasions.plans(SARA)).hasSize(1);
    }

    @Test
    void theBirthdayIndexFollowsTheContactsEvents() {
        contacts.add(1, "مینا", "رضایی", JalaliDate.of(1370, 1, 1).toLocalDate(), "sara");
        assertThat(birthdays.buildOnce()).isTrue();
        assertThat(birthdays.buildOnce()).as("built once").isFalse();
        assertThat(contacts.searches).isEqualTo(1);

        contacts.add(2, "علی", "کریمی", JalaliDate.of(1370, 1, 1).toLocalDate(), "sara");
        birthdays.handleEvent(event("created", 2));
        contacts.add(1, "مینا", "رضایی", JalaliDate.of(1370, 1, 2).toLocalDate(), "sara");
        birthdays.handleEvent(event("updated", 1));
        assertThat(count(NOWRUZ_1404)).isEqualTo(1);
        assertThat(count(NOWRUZ_1404.plusDays(1))).isEqualTo(1);

        contacts.remove(2);
        birthdays.handleEvent(event("deleted", 2));
        contacts.add(1, "مینا", "رضایی", null, "sara");
        birthdays.handleEvent(event("updated", 1));
        assertThat(count(NOWRUZ_1404) + count(NOWRUZ_1404.plusDays(1))).isZero();
    }

    @Test
    void anniversariesOfAContactDateFieldAreKeptGreetedWithTheirYearsOnceAndNeverBeforeTheFirstYear() {
        LocalDate married = JalaliDate.of(1394, 5, 10).toLocalDate();
        LocalDate leapDay = JalaliDate.of(1399, 12, 30).toLocalDate();
        contacts.add(1, "مینا", "رضایی", null, "sara", Map.of("weddingDate", married, "nickname", "مینو"));
        contacts.add(2, "علی", "کریمی", JalaliDate.of(1370, 5, 10).toLocalDate(), "reza", Map.of("weddingDate", leapDay));
        contacts.add(3, "نیما", "احمدی", null, "sara", Map.of("weddingDate", JalaliDate.of(1405, 5, 10).toLocalDate()));
        birthdays.buildOnce();
        assertThat(occasions.dateFields(SARA)).containsExactly(new DateField("weddingDate", "سالروز ازدواج", "Wedding day"));

        LocalDate anniversary = JalaliDate.of(1404, 5, 10).toLocalDate();
        assertThat(occasions.upcoming(SARA, anniversary, 1)).filteredOn(o -> o.count() > 0).extracting(UpcomingOccasion::kind,
                UpcomingOccasion::occasion, UpcomingOccasion::nameEn, UpcomingOccasion::count).containsExactly(
                        tuple(OccasionKind.BIRTHDAY, OccasionService.BIRTHDAY, "Birthday", 1L),
                        tuple(OccasionKind.ANNIVERSARY, "anniversary:weddingDate", "Wedding day", 1L));

        GreetingPlan plan = occasions.createPlan(SARA, new PlanInput(" anniversary:weddingDate ", "{name}، {years} سال از {occasion} گذشت",
                "{name}: {years} years since your {occasion}", "owner", true));
        assertThat(plan.occasionNameEn()).isEqualTo("Wedding day");
        Preview preview = occasions.preview(SARA, plan.id(), anniversary, 10);
        assertThat(preview.items()).extracting(PreviewItem::contactId, PreviewItem::textFa, PreviewItem::textEn).containsExactly(
                tuple(1L, "مینا رضایی، ۱۰ سال از سالروز ازدواج گذشت", "مینا رضایی: 10 years since your Wedding day"));
        assertThat(occasions.run(SARA, anniversary).sent()).isEqualTo(1);
        assertThat(occasions.run(SARA, anniversary).sent()).as("never twice").isZero();
        assertThat(channel.sent).extracting(m -> m.recipient().contactId(), m -> m.recipient().years()).containsExactly(tuple(1L, 10));

        // 30 Esfand of a leap year is celebrated on 29 Esfand of a common year; the contact born in the future (3) is not greeted
        RunResult leap = occasions.run(SARA, LAST_OF_1404);
        assertThat(leap.sent()).isEqualTo(1);
        assertThat(channel.sent).extracting(m -> m.recipient().contactId(), m -> m.recipient().years()).containsExactly(tuple(1L, 10),
                tuple(2L, 5));
        assertThat(occasions.run(SARA, JalaliDate.of(1405, 5, 10).toLocalDate()).sent()).as("a date not yet a year old").isEqualTo(1);
        assertThat(channel.sent).extracting(m -> m.recipient().contactId()).containsExactly(1L, 2L, 1L);
    }

    @Test
    void aPlanOnAFieldThatIsNoDateFieldOfTheContactFormIsRefusedNamingTheOccasion() {
        for (String occasion : List.of("anniversary:nickname", "anniversary:contractStart", "anniversary:birthDate")) {
            ValidationException refused = catchThrowableOfType(() -> occasions.createPlan(SARA, new PlanInput(occasion, "{name}", null, "owner",
                    true)), ValidationException.class);
            assertThat(refused.fieldErrors()).extracting(FieldError::field, FieldError::messageKey).containsExactly(tuple("occasion",
                    "occasions.error.unknownDateField"));
        }
        assertThat(occasions.plans(SARA)).isEmpty();
    }

    @Test
    void theContactFormsDateFieldsChangingRebuildsTheAnniversaries() {
        contacts.add(1, "مینا", "رضایی", null, "sara", Map.of("weddingDate", JalaliDate.of(1394, 5, 10).toLocalDate()));
        birthdays.buildOnce();
        LocalDate anniversary = JalaliDate.of(1404, 5, 10).toLocalDate();
        assertThat(anniversaries(anniversary)).isEqualTo(1);

        when(custom.form(ContactDates.FORM)).thenReturn(Optional.of(form(FieldDefinition.of("weddingDate", FieldType.TEXT,
                LocalizedText.of("ازدواج", "Wedding")))));
        birthdays.rebuild();
        assertThat(anniversaries(anniversary)).isZero();
    }

    private long anniversaries(LocalDate date) {
        return occasions.upcoming(SARA, date, 1).stream().filter(o -> o.kind() == OccasionKind.ANNIVERSARY).mapToLong(UpcomingOccasion::count).sum();
    }

    private static CustomFields contactForm(FieldDefinition... fields) {
        CustomFields custom = mock(CustomFields.class);
        when(custom.form(ContactDates.FORM)).thenReturn(Optional.of(form(fields)));
        return custom;
    }

    private static FormDefinition form(FieldDefinition... fields) {
        return new FormDefinition(ContactDates.FORM, FormKind.RECORD_TYPE, "accounts", null, List.of(fields), null, null, null, null);
    }

    private long count(LocalDate date) {
        return occasions.upcoming(SARA, date, 1).stream().filter(o -> o.kind() == OccasionKind.BIRTHDAY).mapToLong(UpcomingOccasion::count).sum();
    }

    private static Event event(String verb, long id) {
        return new Event("crm/record/accounts_contact/" + verb, Map.of(CrmEvents.PROPERTY_ID, id, CrmEvents.PROPERTY_TYPE, "accounts.contact",
                CrmEvents.PROPERTY_USER, "sara"));
    }

    private OfficialOccasion official(String code) {
        return occasions.officialOccasions(SARA).stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> fields(Runnable call) {
        return catchThrowableOfType(call::run, ValidationException.class).fieldErrors().stream().map(FieldError::field).toList();
    }

    /** Sara and Reza may still sign in; plans run as them. */
    private static final class Users implements Authenticator {
        @Override
        public LoginOutcome login(String username, char[] password, String otpCode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Caller> fromSubject(Subject subject) {
            return Optional.empty();
        }

        @Override
        public Optional<Caller> actingFor(String username) {
            return Optional.ofNullable(Map.of("sara", SARA, "reza", REZA).get(username));
        }
    }
}
