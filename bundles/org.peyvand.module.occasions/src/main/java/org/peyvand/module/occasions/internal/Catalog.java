package org.peyvand.module.occasions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.peyvand.module.occasions.CompanyEvent;
import org.peyvand.module.occasions.DateField;
import org.peyvand.module.occasions.OccasionKind;
import org.peyvand.module.occasions.OccasionService;
import org.peyvand.module.occasions.OfficialOccasion;

/**
 * The official occasions, company events and the contact form's date fields as read at once,
 * answering which fall on a day and what a plan's reference names.
 */
record Catalog(List<OfficialOccasion> officials, List<CompanyEvent> events, List<DateField> dateFields) {
    static final String BIRTHDAY_FA = "تولد";
    static final String BIRTHDAY_EN = "Birthday";
    /** The source of birthdays among a contact's dates. */
    static final String BIRTH_DATE = "birthDate";

    /** An occasion a reference names. */
    record Named(String reference, OccasionKind kind, String nameFa, String nameEn) {
    }

    Optional<Named> named(String reference) {
        if (OccasionService.BIRTHDAY.equals(reference)) {
            return Optional.of(new Named(reference, OccasionKind.BIRTHDAY, BIRTHDAY_FA, BIRTHDAY_EN));
        }
        if (reference.startsWith(OccasionService.ANNIVERSARY_PREFIX)) {
            String field = reference.substring(OccasionService.ANNIVERSARY_PREFIX.length());
            return dateFields.stream().filter(f -> f.name().equals(field)).findFirst()
                    .map(f -> new Named(reference, OccasionKind.ANNIVERSARY, f.labelFa(), f.labelEn()));
        }
        return officials.stream().filter(o -> reference.equals(reference(o))).findFirst()
                .map(o -> new Named(reference, OccasionKind.OFFICIAL, o.nameFa(), o.nameEn()))
                .or(() -> events.stream().filter(e -> reference.equals(reference(e))).findFirst()
                        .map(e -> new Named(reference, OccasionKind.COMPANY, e.nameFa(), e.nameEn())));
    }

    /** Whether the occasion falls on the day; birthdays and anniversaries fall every day (on someone's), switched-off official ones never. */
    boolean falls(String reference, LocalDate date) {
        if (source(reference) != null) {
            return named(reference).isPresent();
        }
        return officials.stream().anyMatch(o -> reference.equals(reference(o)) && falls(o, date))
                || events.stream().anyMatch(e -> reference.equals(reference(e)) && falls(e, date));
    }

    /** The official occasions switched on and the company events of the day. */
    List<Named> on(LocalDate date) {
        List<Named> found = new ArrayList<>();
        officials.stream().filter(o -> falls(o, date)).forEach(o -> found.add(new Named(reference(o), OccasionKind.OFFICIAL, o.nameFa(), o.nameEn())));
        events.stream().filter(e -> falls(e, date)).forEach(e -> found.add(new Named(reference(e), OccasionKind.COMPANY, e.nameFa(), e.nameEn())));
        return found;
    }

    /** The contact date a birthday or anniversary plan greets on ({@value #BIRTH_DATE} or a field's name); {@code null} for other occasions. */
    static String source(String reference) {
        if (OccasionService.BIRTHDAY.equals(reference)) {
            return BIRTH_DATE;
        }
        return reference.startsWith(OccasionService.ANNIVERSARY_PREFIX) ? reference.substring(OccasionService.ANNIVERSARY_PREFIX.length()) : null;
    }

    static String reference(DateField field) {
        return OccasionService.ANNIVERSARY_PREFIX + field.name();
    }

    static String reference(OfficialOccasion official) {
        return OccasionService.OFFICIAL_PREFIX + official.code();
    }

    static String reference(CompanyEvent event) {
        return OccasionService.COMPANY_PREFIX + event.id();
    }

    private static boolean falls(OfficialOccasion official, LocalDate date) {
        return official.enabled() && (official.lunar() ? OccasionCalendar.lunarFalls(official.month(), official.day(), official.correction(), date)
                : OccasionCalendar.solarFalls(official.month(), official.day(), date));
    }

    private static boolean falls(CompanyEvent event, LocalDate date) {
        return event.yearly() ? OccasionCalendar.solarFalls(event.month(), event.day(), date) : event.date().equals(date);
    }
}
