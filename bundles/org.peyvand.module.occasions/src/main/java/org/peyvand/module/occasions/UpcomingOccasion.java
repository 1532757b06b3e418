package org.peyvand.module.occasions;

import java.time.LocalDate;

/**
 * An occasion on a day of a range. {@code occasion} is the reference plans use ({@code official:NOWRUZ},
 * {@code company:12}, {@code birthday}, {@code anniversary:weddingDate}); for birthdays and anniversaries,
 * {@code count} is how many contacts celebrate that day.
 *
 * @param jalali the day as {@code yyyy/mm/dd} in the Jalali calendar
 */
public record UpcomingOccasion(LocalDate date, String jalali, OccasionKind kind, String occasion, String nameFa, String nameEn, long count) {
}
