package org.peyvand.module.occasions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.security.Caller;

/**
 * Occasions and the greetings sent on them. Reading occasions needs {@code occasions.occasion.read},
 * changing official occasions and company events {@code occasions.occasion.manage}; plans and their
 * history need {@code occasions.plan.read}, changing and previewing them {@code occasions.plan.manage},
 * and running the greetings of a day on demand {@code occasions.greeting.run}.
 */
@ProviderType
public interface OccasionService {
    /** The occasion reference of plans greeting every contact on their birthday. */
    String BIRTHDAY = "birthday";
    String OFFICIAL_PREFIX = "official:";
    String COMPANY_PREFIX = "company:";
    /** Plans greeting every contact on each anniversary of a date field of the contact form: {@code anniversary:<field>}. */
    String ANNIVERSARY_PREFIX = "anniversary:";
    /** The placeholders a template may hold; {@code years} is how many years have passed since the date celebrated. */
    Set<String> PLACEHOLDERS = Set.of("name", "occasion", "date", "years");
    /** The longest range {@link #upcoming} lists. */
    int MAX_DAYS = 62;
    int MAX_TEMPLATE = 1000;
    int MAX_PREVIEW = 200;
    /** The largest correction of a lunar occasion, either way, in days. */
    int MAX_CORRECTION = 2;

    List<OfficialOccasion> officialOccasions(Caller caller);

    /** @throws org.peyvand.platform.core.error.ValidationException naming {@code correction} */
    OfficialOccasion changeOfficial(Caller caller, String code, OfficialChange change, long expectedVersion);

    List<CompanyEvent> companyEvents(Caller caller);

    /** @throws org.peyvand.platform.core.error.ValidationException naming {@code nameFa}, {@code nameEn}, {@code month}, {@code day} or {@code date} */
    CompanyEvent createEvent(Caller caller, CompanyEventInput input);

    CompanyEvent updateEvent(Caller caller, long id, CompanyEventInput input, long expectedVersion);

    void deleteEvent(Caller caller, long id);

    /**
     * The occasions from {@code from} (today when null) for {@code days} days, in date order, with birthdays and each date field's anniversaries counted per day.
     *
     * @throws org.peyvand.platform.core.error.ValidationException naming {@code days} outside 1..{@value #MAX_DAYS}
     */
    List<UpcomingOccasion> upcoming(Caller caller, LocalDate from, int days);

    /** The contact form's custom date fields, whose anniversaries plans may greet on. */
    List<DateField> dateFields(Caller caller);

    List<GreetingPlan> plans(Caller caller);

    GreetingPlan plan(Caller caller, long id);

    /** @throws org.peyvand.platform.core.error.ValidationException naming {@code occasion}, {@code templateFa}, {@code templateEn} or {@code channel} */
    GreetingPlan createPlan(Caller caller, PlanInput input);

    GreetingPlan updatePlan(Caller caller, long id, PlanInput input, long expectedVersion);

    void deletePlan(Caller caller, long id);

    /** The greetings the plan would send on {@code date} (today when null), at most {@code limit}, storing nothing. */
    Preview preview(Caller caller, long planId, LocalDate date, int limit);

    /** Sends the greetings of every enabled plan due on {@code date} (today when null); those sent before are never sent again. */
    RunResult run(Caller caller, LocalDate date);

    /** A plan's greetings, newest first, keyset-paged. */
    Page<Greeting> history(Caller caller, long planId, String cursor, int limit);

    /** Today in the time zone whose days the occasions follow. */
    LocalDate today();

    /** The ids of the channels present now, for whoever may read plans. */
    List<String> channels(Caller caller);
}
