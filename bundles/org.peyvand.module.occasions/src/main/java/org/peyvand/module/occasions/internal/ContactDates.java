package org.peyvand.module.occasions.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peyvand.module.accounts.Contact;
import org.peyvand.module.occasions.DateField;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;

/** The yearly dates of contacts: their birth date and the custom date fields of the contact form as it stands. */
final class ContactDates {
    static final String FORM = "accounts.contact";

    private ContactDates() {
    }

    /** The contact form's custom date fields in form order; none while the form is unknown. */
    static List<DateField> fields(CustomFields custom) {
        return custom.form(FORM).map(form -> form.customFields().stream().filter(f -> f.type() == FieldType.DATE)
                .filter(f -> !Catalog.BIRTH_DATE.equals(f.name())).map(ContactDates::dateField).toList()).orElse(List.of());
    }

    /** A contact's dates by source: {@value Catalog#BIRTH_DATE} and each date field holding a value. */
    static Map<String, LocalDate> of(Contact contact, List<DateField> fields) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        if (contact.birthDate() != null) {
            dates.put(Catalog.BIRTH_DATE, contact.birthDate());
        }
        for (DateField field : fields) {
            if (contact.custom().get(field.name()) instanceof LocalDate date) {
                dates.put(field.name(), date);
            }
        }
        return dates;
    }

    /** Whole Jalali years from {@code since} to the anniversary on {@code date}. */
    static int years(LocalDate since, LocalDate date) {
        return JalaliDate.from(date).year() - JalaliDate.from(since).year();
    }

    /** Nowruz of the Jalali year of {@code date}: the dates before it are at least a year old on their day of that year. */
    static LocalDate yearStart(LocalDate date) {
        return JalaliDate.of(JalaliDate.from(date).year(), 1, 1).toLocalDate();
    }

    private static DateField dateField(FieldDefinition field) {
        return new DateField(field.name(), field.label().fa(), field.label().en());
    }
}
