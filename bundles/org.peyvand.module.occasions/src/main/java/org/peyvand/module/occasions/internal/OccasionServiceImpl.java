package org.peyvand.module.occasions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.occasions.CompanyEvent;
import org.peyvand.module.occasions.CompanyEventInput;
import org.peyvand.module.occasions.DateField;
import org.peyvand.module.occasions.Greeting;
import org.peyvand.module.occasions.GreetingChannel;
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
import org.peyvand.module.occasions.internal.jpa.EventEntity;
import org.peyvand.module.occasions.internal.jpa.MarkerEntity;
import org.peyvand.module.occasions.internal.jpa.OccasionRepository;
import org.peyvand.module.occasions.internal.jpa.OfficialEntity;
import org.peyvand.module.occasions.internal.jpa.PlanEntity;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Occasions, plans and the daily greetings; see {@link OccasionService} for who may do what. The
 * greetings of a day go out once its configured hour has come, on whichever node gets there first.
 */
@Component(service = OccasionService.class)
@Designate(ocd = OccasionsConfig.class)
public class OccasionServiceImpl implements OccasionService {
    static final String RAN = "ran";
    private static final Logger LOG = LoggerFactory.getLogger(OccasionServiceImpl.class);
    private static final int CHECK_MINUTES = 10;
    private static final int MAX_NAME = 200;
    private static final int MAX_CHANNEL = 40;

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Authenticator authenticator;
    private final Audience audience;
    private final GreetingRun greetings;
    private final CustomFields custom;
    private final Clock clock;
    private final Map<String, GreetingChannel> channels = new ConcurrentHashMap<>();
    private final ZoneId zone;
    private final int runHour;
    private ScheduledExecutorService timer;

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public OccasionServiceImpl(@Reference(target = "(osgi.unit.name=crm.occasions)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.occasions)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference RecordAccess access, @Reference AuditTrail audit, @Reference Authenticator authenticator,
            @Reference ContactService contacts, @Reference CustomFields custom, OccasionsConfig config) {
        this(new Transactions(jpa), guard, access, audit, authenticator, contacts, custom, Clock.systemUTC(), ZoneId.of(config.zone()),
                config.runHour());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "crm-greetings");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::runTodaySafely, 1, CHECK_MINUTES, TimeUnit.MINUTES);
    }

    OccasionServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, Authenticator authenticator,
            ContactService contacts, CustomFields custom, Clock clock, ZoneId zone, int runHour) {
        this.tx = tx;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.authenticator = authenticator;
        this.audience = new Audience(tx, guard, access, contacts);
        this.greetings = new GreetingRun(tx, clock);
        this.custom = custom;
        this.clock = clock;
        this.zone = zone;
        this.runHour = runHour;
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChannel(GreetingChannel channel) {
        channels.put(channel.id(), channel);
    }

    void removeChannel(GreetingChannel channel) {
        channels.remove(channel.id(), channel);
    }

    @Override
    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    @Override
    public List<String> channels(Caller caller) {
        guard.require(caller, Permissions.PLAN_READ);
        return channels.keySet().stream().sorted().toList();
    }

    // ---- occasions

    @Override
    public List<OfficialOccasion> officialOccasions(Caller caller) {
        guard.require(caller, Permissions.OCCASION_READ);
        return tx.read(em -> new OccasionRepository(em).officials().stream().map(OfficialEntity::toRecord).toList());
    }

    @Override
    public OfficialOccasion changeOfficial(Caller caller, String code, OfficialChange change, long expectedVersion) {
        guard.require(caller, Permissions.OCCASION_MANAGE);
        return tx.write(em -> {
            OfficialEntity row = new OccasionRepository(em).official(code == null ? "" : code)
                    .orElseThrow(() -> new NotFoundException("occasions.error.occasionNotFound", code));
            checkVersion(row.version(), expectedVersion);
            new Validator().check(change != null && change.enabled() != null, "enabled", "core.error.required").throwIfInvalid();
            new Validator().check(Math.abs(change.days()) <= MAX_CORRECTION, "correction", "occasions.error.correction", MAX_CORRECTION)
                    .check(change.days() == 0 || row.toRecord().lunar(), "correction", "occasions.error.correctionSolar").throwIfInvalid();
            return row;
        }, (em, row) -> {
            OfficialOccasion before = row.toRecord();
            row.change(change.enabled(), change.days());
            em.flush();
            OfficialOccasion after = row.toRecord();
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.OFFICIAL, after.code(), after.nameEn(),
                    AuditChanges.between(snapshot(before), snapshot(after)));
            return after;
        });
    }

    @Override
    public List<CompanyEvent> companyEvents(Caller caller) {
        guard.require(caller, Permissions.OCCASION_READ);
        return tx.read(em -> new OccasionRepository(em).events().stream().map(EventEntity::toRecord).toList());
    }

    @Override
    public CompanyEvent createEvent(Caller caller, CompanyEventInput input) {
        guard.require(caller, Permissions.OCCASION_MANAGE);
        CompanyEventInput valid = validEvent(input);
        return tx.write(em -> valid, (em, v) -> {
            EventEntity row = new OccasionRepository(em).insert(new EventEntity(v));
            em.flush();
            CompanyEvent created = row.toRecord();
            audit.record(caller.username(), AuditTrail.CREATED, Permissions.EVENT, String.valueOf(created.id()), created.nameEn(),
                    AuditChanges.between(Map.of(), snapshot(created)));
            return created;
        });
    }

    @Override
    public CompanyEvent updateEvent(Caller caller, long id, CompanyEventInput input, long expectedVersion) {
        guard.require(caller, Permissions.OCCASION_MANAGE);
        CompanyEventInput valid = validEvent(input);
        return tx.write(em -> {
            EventEntity row = event(em, id);
            checkVersion(row.version(), expectedVersion);
            return row;
        }, (em, row) -> {
            CompanyEvent before = row.toRecord();
            row.change(valid);
            em.flush();
            CompanyEvent after = row.toRecord();
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.EVENT, String.valueOf(id), after.nameEn(),
                    AuditChanges.between(snapshot(before), snapshot(after)));
            return after;
        });
    }

    @Override
    public void deleteEvent(Caller caller, long id) {
        guard.require(caller, Permissions.OCCASION_MANAGE);
        tx.write(em -> {
            EventEntity row = event(em, id);
            if (new OccasionRepository(em).plansName(Catalog.reference(row.toRecord()))) {
                throw new ConflictException("occasions.error.eventInUse", List.of());
            }
            return row;
        }, (em, row) -> {
            CompanyEvent before = row.toRecord();
            new OccasionRepository(em).delete(row);
            audit.record(caller.username(), AuditTrail.DELETED, Permissions.EVENT, String.valueOf(id), before.nameEn(),
                    AuditChanges.between(snapshot(before), Map.of()));
            return null;
        });
    }

    @Override
    public List<UpcomingOccasion> upcoming(Caller caller, LocalDate from, int days) {
        guard.require(caller, Permissions.OCCASION_READ);
        new Validator().check(days >= 1 && days <= MAX_DAYS, "days", "occasions.error.days", MAX_DAYS).throwIfInvalid();
        LocalDate start = from == null ? today() : from;
        Catalog catalog = tx.read(this::catalog);
        Map<Integer, Map<String, Map<Integer, Long>>> byYear = anniversaryCounts(caller, start, days);
        List<UpcomingOccasion> found = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate date = start.plusDays(i);
            JalaliDate day = JalaliDate.from(date);
            String jalali = day.toString();
            Map<String, Map<Integer, Long>> counts = byYear.getOrDefault(day.year(), Map.of());
            catalog.on(date).forEach(o -> found.add(new UpcomingOccasion(date, jalali, o.kind(), o.reference(), o.nameFa(), o.nameEn(), 0)));
            long celebrating = celebrating(counts.get(Catalog.BIRTH_DATE), date);
            if (celebrating > 0) {
                found.add(new UpcomingOccasion(date, jalali, OccasionKind.BIRTHDAY, BIRTHDAY, Catalog.BIRTHDAY_FA, Catalog.BIRTHDAY_EN, celebrating));
            }
            for (DateField field : catalog.dateFields()) {
                long marking = celebrating(counts.get(field.name()), date);
                if (marking > 0) {
                    found.add(new UpcomingOccasion(date, jalali, OccasionKind.ANNIVERSARY, Catalog.reference(field), field.labelFa(), field.labelEn(),
                            marking));
                }
            }
        }
        return found;
    }

    @Override
    public List<DateField> dateFields(Caller caller) {
        guard.require(caller, Permissions.PLAN_READ);
        return ContactDates.fields(custom);
    }

    private static long celebrating(Map<Integer, Long> counts, LocalDate date) {
        return counts == null ? 0 : OccasionCalendar.monthDaysOn(date).stream().mapToLong(d -> counts.getOrDefault(d, 0L)).sum();
    }

    /**
     * Birthdays and anniversaries of the range counted per Jalali year, source and yearly day, within
     * what the caller may see of contacts: one grouped query per Jalali year the range touches (two at
     * most), each counting only the dates of earlier years, as only those are greeted.
     */
    private Map<Integer, Map<String, Map<Integer, Long>>> anniversaryCounts(Caller caller, LocalDate from, int days) {
        if (!guard.allows(caller, Permissions.CONTACT_READ)) {
            return Map.of();
        }
        String owner = access.scope(caller, Permissions.CONTACT).unrestricted() ? null : caller.username();
        Map<Integer, List<Integer>> monthDays = new LinkedHashMap<>();
        for (int i = 0; i < days; i++) {
            LocalDate date = from.plusDays(i);
            monthDays.computeIfAbsent(JalaliDate.from(date).year(), y -> new ArrayList<>()).addAll(OccasionCalendar.monthDaysOn(date));
        }
        return tx.read(em -> {
            Map<Integer, Map<String, Map<Integer, Long>>> counts = new LinkedHashMap<>();
            monthDays.forEach((year, yearly) -> counts.put(year,
                    new OccasionRepository(em).anniversaryCounts(yearly, JalaliDate.of(year, 1, 1).toLocalDate(), owner)));
            return counts;
        });
    }

    // ---- plans

    @Override
    public List<GreetingPlan> plans(Caller caller) {
        guard.require(caller, Permissions.PLAN_READ);
        return tx.read(em -> {
            Catalog catalog = catalog(em);
            return new OccasionRepository(em).plans().stream().map(p -> toPlan(catalog, p)).toList();
        });
    }

    @Override
    public GreetingPlan plan(Caller caller, long id) {
        guard.require(caller, Permissions.PLAN_READ);
        return tx.read(em -> toPlan(catalog(em), plan(em, id)));
    }

    @Override
    public GreetingPlan createPlan(Caller caller, PlanInput input) {
        guard.require(caller, Permissions.PLAN_MANAGE);
        return tx.write(em -> validPlan(em, input), (em, valid) -> {
            PlanEntity row = new OccasionRepository(em).insert(new PlanEntity(valid, caller.username(), now()));
            em.flush();
            GreetingPlan created = toPlan(catalog(em), row);
            audit.record(caller.username(), AuditTrail.CREATED, Permissions.PLAN, String.valueOf(created.id()), created.occasion(),
                    AuditChanges.between(Map.of(), snapshot(created)));
            return created;
        });
    }

    @Override
    public GreetingPlan updatePlan(Caller caller, long id, PlanInput input, long expectedVersion) {
        guard.require(caller, Permissions.PLAN_MANAGE);
        record Change(PlanEntity row, PlanInput valid) {
        }
        return tx.write(em -> {
            PlanEntity row = plan(em, id);
            checkVersion(row.version(), expectedVersion);
            return new Change(row, validPlan(em, input));
        }, (em, change) -> {
            Catalog catalog = catalog(em);
            GreetingPlan before = toPlan(catalog, change.row());
            change.row().change(change.valid());
            em.flush();
            GreetingPlan after = toPlan(catalog, change.row());
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.PLAN, String.valueOf(id), after.occasion(),
                    AuditChanges.between(snapshot(before), snapshot(after)));
            return after;
        });
    }

    @Override
    public void deletePlan(Caller caller, long id) {
        guard.require(caller, Permissions.PLAN_MANAGE);
        tx.write(em -> plan(em, id), (em, row) -> {
            GreetingPlan before = toPlan(catalog(em), row);
            new OccasionRepository(em).delete(row);
            audit.record(caller.username(), AuditTrail.DELETED, Permissions.PLAN, String.valueOf(id), before.occasion(),
                    AuditChanges.between(snapshot(before), Map.of()));
            return null;
        });
    }

    @Override
    public Preview preview(Caller caller, long planId, LocalDate day, int limit) {
        guard.require(caller, Permissions.PLAN_MANAGE);
        LocalDate date = day == null ? today() : day;
        new Validator().check(limit >= 1 && limit <= MAX_PREVIEW, "limit", "core.error.range", 1, MAX_PREVIEW).throwIfInvalid();
        record Read(PlanEntity plan, Catalog catalog) {
        }
        Read read = tx.read(em -> new Read(plan(em, planId), catalog(em)));
        GreetingChannel channel = channels.get(read.plan().channel());
        boolean occurs = read.plan().occasion() != null && read.catalog().falls(read.plan().occasion(), date);
        List<PreviewItem> items = new ArrayList<>();
        boolean[] more = { false };
        Optional<Caller> owner = authenticator.actingFor(read.plan().owner());
        Optional<Catalog.Named> named = read.catalog().named(read.plan().occasion());
        if (occurs && owner.isPresent() && named.isPresent()) {
            GreetingTexts texts = new GreetingTexts(read.plan(), named.get(), date);
            audience.read(read.plan().occasion(), owner.get(), date, limit + 1, page -> {
                for (var recipient : page) {
                    if (items.size() == limit) {
                        more[0] = true;
                        return false;
                    }
                    items.add(new PreviewItem(recipient.contactId(), recipient.name(), texts.fa(recipient), texts.en(recipient),
                            channel != null && channel.reaches(recipient)));
                }
                return true;
            });
        }
        return new Preview(planId, date, occurs, channel != null, items, more[0]);
    }

    @Override
    public RunResult run(Caller caller, LocalDate day) {
        guard.require(caller, Permissions.GREETING_RUN);
        LocalDate date = day == null ? today() : day;
        RunResult result = runDay(date);
        audit.record(caller.username(), RAN, Permissions.RUN, date.toString(), date.toString(),
                AuditChanges.between(Map.of(), Map.of("sent", result.sent(), "failed", result.failed(), "alreadySent", result.alreadySent())));
        return result;
    }

    @Override
    public Page<Greeting> history(Caller caller, long planId, String cursor, int limit) {
        guard.require(caller, Permissions.PLAN_READ);
        new Validator().check(limit >= 1 && limit <= PageRequest.MAX_LIMIT, "limit", "core.error.range", 1, PageRequest.MAX_LIMIT).throwIfInvalid();
        Long before = cursor == null || cursor.isBlank() ? null : parseCursor(cursor);
        List<Greeting> rows = tx.read(em -> {
            plan(em, planId);
            return new OccasionRepository(em).history(planId, before, limit + 1).stream().map(g -> g.toRecord()).toList();
        });
        boolean more = rows.size() > limit;
        List<Greeting> shown = more ? rows.subList(0, limit) : rows;
        return new Page<>(shown, more ? String.valueOf(shown.get(shown.size() - 1).id()) : null);
    }

    /** The greetings of every enabled plan due on the day, each plan running as its owner. */
    RunResult runDay(LocalDate date) {
        List<PlanEntity> plans = tx.read(em -> new OccasionRepository(em).plans().stream().filter(PlanEntity::enabled).toList());
        Catalog catalog = tx.read(this::catalog);
        GreetingRun.Tally tally = new GreetingRun.Tally();
        List<Long> unavailable = new ArrayList<>();
        for (PlanEntity plan : plans) {
            Optional<Catalog.Named> named = catalog.named(plan.occasion());
            if (named.isEmpty() || !catalog.falls(plan.occasion(), date)) {
                continue;
            }
            GreetingChannel channel = channels.get(plan.channel());
            if (channel == null) {
                unavailable.add(plan.id());
                continue;
            }
            Optional<Caller> owner = authenticator.actingFor(plan.owner());
            if (owner.isEmpty()) {
                LOG.warn("Greeting plan {} is skipped: its owner {} may no longer sign in", plan.id(), plan.owner());
                continue;
            }
            GreetingTexts texts = new GreetingTexts(plan, named.get(), date);
            audience.read(plan.occasion(), owner.get(), date, GreetingRun.PAGE, page -> {
                greetings.send(plan.id(), date, channel, page, texts, tally);
                return true;
            });
        }
        return new RunResult(date, tally.sent, tally.failed, tally.already, unavailable);
    }

    /** Once the run hour has come, today's greetings, unless a node already sent them. */
    void runToday() {
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        String marker = "run:" + today;
        if (now.getHour() < runHour || tx.read(em -> new OccasionRepository(em).marked(marker))) {
            return;
        }
        RunResult result = runDay(today);
        LOG.info("Greetings of {}: {} sent, {} failed, {} sent before", today, result.sent(), result.failed(), result.alreadySent());
        if (!result.unavailablePlans().isEmpty()) {
            // the day stays open, so those plans send once their channel is back; the rest is not sent again
            return;
        }
        try {
            tx.write(em -> marker, (em, name) -> new OccasionRepository(em).insert(new MarkerEntity(name, now())));
        } catch (ConflictException markedByAnotherNode) {
            // both ran; the claims kept every greeting single
        }
    }

    private void runTodaySafely() {
        try {
            runToday();
        } catch (RuntimeException failure) {
            // the database may be briefly away; the next check runs what is still due
            LOG.warn("The greetings of the day could not be sent", failure);
        }
    }

    // ---- checks and snapshots

    private static CompanyEventInput validEvent(CompanyEventInput input) {
        Validator validator = new Validator();
        String fa = input == null || input.nameFa() == null ? null : input.nameFa().strip();
        String en = input == null || input.nameEn() == null ? null : input.nameEn().strip();
        validator.required(fa, "nameFa").maxLength(fa, MAX_NAME, "nameFa").required(en, "nameEn").maxLength(en, MAX_NAME, "nameEn");
        if (input != null) {
            boolean yearly = input.month() != null || input.day() != null;
            if (yearly && input.date() != null) {
                validator.reject("date", "occasions.error.yearlyOrDate");
            } else if (!yearly && input.date() == null) {
                validator.reject("date", "occasions.error.yearlyOrDate");
            } else if (yearly) {
                validator.check(input.month() != null && input.month() >= 1 && input.month() <= 12, "month", "occasions.error.month")
                        .check(OccasionCalendar.validMonthDay(input.month(), input.day()) || input.month() == null || input.month() < 1
                                || input.month() > 12, "day", "occasions.error.jalaliDay");
            }
        }
        validator.throwIfInvalid();
        return new CompanyEventInput(fa, en, input.month(), input.day(), input.date());
    }

    private PlanInput validPlan(EntityManager em, PlanInput input) {
        Validator validator = new Validator();
        if (input == null) {
            throw ValidationException.of("occasion", "core.error.required");
        }
        String occasion = input.occasion() == null ? null : input.occasion().strip();
        validator.required(occasion, "occasion");
        if (occasion != null && catalog(em).named(occasion).isEmpty()) {
            if (occasion.startsWith(ANNIVERSARY_PREFIX)) {
                validator.reject("occasion", "occasions.error.unknownDateField", occasion.substring(ANNIVERSARY_PREFIX.length()));
            } else {
                validator.reject("occasion", "occasions.error.unknownOccasion", occasion);
            }
        }
        String fa = Templates.check(input.templateFa(), "templateFa", validator);
        String en = Templates.check(input.templateEn(), "templateEn", validator);
        validator.check(fa != null || en != null, "templateFa", "occasions.error.template");
        String channel = input.channel() == null ? null : input.channel().strip();
        validator.required(channel, "channel").maxLength(channel, MAX_CHANNEL, "channel");
        if (channel != null && !channel.isEmpty() && channel.length() <= MAX_CHANNEL && !channels.containsKey(channel)) {
            validator.reject("channel", "occasions.error.unknownChannel", channel);
        }
        validator.throwIfInvalid();
        return new PlanInput(occasion, fa, en, channel, input.enabled());
    }

    private Catalog catalog(EntityManager em) {
        OccasionRepository repository = new OccasionRepository(em);
        return new Catalog(repository.officials().stream().map(OfficialEntity::toRecord).toList(),
                repository.events().stream().map(EventEntity::toRecord).toList(), ContactDates.fields(custom));
    }

    private GreetingPlan toPlan(Catalog catalog, PlanEntity row) {
        Optional<Catalog.Named> named = catalog.named(row.occasion());
        return new GreetingPlan(row.id(), row.occasion(), named.map(Catalog.Named::nameFa).orElse(row.occasion()),
                named.map(Catalog.Named::nameEn).orElse(row.occasion()), row.templateFa(), row.templateEn(), row.channel(),
                channels.containsKey(row.channel()), row.enabled(), row.owner(), row.createdAt(), row.version());
    }

    private static PlanEntity plan(EntityManager em, long id) {
        return new OccasionRepository(em).plan(id).orElseThrow(() -> new NotFoundException("occasions.error.planNotFound", id));
    }

    private static EventEntity event(EntityManager em, long id) {
        return new OccasionRepository(em).event(id).orElseThrow(() -> new NotFoundException("occasions.error.eventNotFound", id));
    }

    private static void checkVersion(long stored, long expected) {
        if (stored != expected) {
            throw new ConflictException("core.error.staleVersion", List.of());
        }
    }

    private static Long parseCursor(String cursor) {
        try {
            return Long.valueOf(cursor);
        } catch (NumberFormatException e) {
            throw ValidationException.of("cursor", "core.error.cursor");
        }
    }

    private static Map<String, Object> snapshot(OfficialOccasion o) {
        return Map.of("enabled", o.enabled(), "correction", o.correction());
    }

    private static Map<String, Object> snapshot(CompanyEvent e) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("nameFa", e.nameFa());
        values.put("nameEn", e.nameEn());
        values.put("month", e.month());
        values.put("day", e.day());
        values.put("date", e.date());
        return values;
    }

    private static Map<String, Object> snapshot(GreetingPlan p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("occasion", p.occasion());
        values.put("templateFa", p.templateFa());
        values.put("templateEn", p.templateEn());
        values.put("channel", p.channel());
        values.put("enabled", p.enabled());
        return values;
    }

    /** Milliseconds, as the database keeps them. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
