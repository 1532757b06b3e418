package org.peyvand.module.occasions;

/**
 * An official occasion of the Iranian calendar. A solar one falls on a Jalali month and day; a lunar
 * one on a Hijri month and day (Umm al-Qura), moved by {@code correction} days where Iran's official
 * calendar differs.
 */
public record OfficialOccasion(String code, String nameFa, String nameEn, boolean lunar, int month, int day, int correction,
        boolean enabled, long version) {
}
