package org.peyvand.platform.workflow;

import java.time.LocalDate;

/**
 * A day off for everyone.
 *
 * @param id    0 for a new one
 * @param lunar whether it follows the lunar calendar, so moves from year to year
 */
public record Holiday(long id, LocalDate date, String nameFa, String nameEn, boolean lunar) {
}
