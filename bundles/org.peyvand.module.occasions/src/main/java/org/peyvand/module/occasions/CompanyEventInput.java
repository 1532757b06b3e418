package org.peyvand.module.occasions;

import java.time.LocalDate;

/** A new or changed company event: either a Jalali {@code month} and {@code day}, or a single {@code date}. */
public record CompanyEventInput(String nameFa, String nameEn, Integer month, Integer day, LocalDate date) {
}
