package org.peyvand.module.occasions;

import java.time.LocalDate;

/**
 * An event of the company: every year on a Jalali month and day ({@code date} null), or once on
 * {@code date} ({@code month} and {@code day} null).
 */
public record CompanyEvent(long id, String nameFa, String nameEn, Integer month, Integer day, LocalDate date, long version) {
    public boolean yearly() {
        return date == null;
    }
}
