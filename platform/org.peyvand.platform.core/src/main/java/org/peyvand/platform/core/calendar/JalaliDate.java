package org.peyvand.platform.core.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peyvand.platform.core.text.PersianText;

/**
 * An immutable date in the Solar Hijri (Jalali) calendar, such as 1403/01/01 (20 March 2024).
 *
 * <p>Conversion to and from {@link LocalDate} and the leap-year rule come from ICU's Persian calendar,
 * so both always agree with each other and with the rest of ICU. Years 1 to 9999 are supported.
 */
public final class JalaliDate implements Comparable<JalaliDate> {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    /** ICU's JULIAN_DAY field value of 1970-01-01, the {@link LocalDate#toEpochDay() epoch day} zero. */
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
    private static final int ESFAND = 12;

    /*
     * ICU calendars are mutable and not thread-safe, so every conversion works on its own clone. The
     * prototype is never modified, which makes concurrent clone() calls on it safe, and cloning avoids
     * the locale and service lookup of Calendar.getInstance on every call.
     */
    private static final Calendar PROTOTYPE = persianCalendar();

    private static final Pattern DATE_PATTERN = Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})");

    private static final List<String> PERSIAN_MONTHS = List.of(
            "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
            "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");
    private static final List<String> LATIN_MONTHS = List.of(
            "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
            "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand");

    private static final LocalDate MIN_DATE = of(MIN_YEAR, 1, 1).toLocalDate();
    private static final LocalDate MAX_DATE = of(MAX_YEAR, ESFAND, 1).toLocalDate()
            .plusDays(lengthOfMonth(MAX_YEAR, ESFAND) - 1L);

    private final int year;
    private final int month;
    private final int day;

    private JalaliDate(int year, int month, int day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /**
     * Returns the Jalali date with the given fields.
     *
     * @throws DateTimeException if the year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}, the month
     *         outside 1..12 or the day outside the month
     */
    public static JalaliDate of(int year, int month, int day) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new DateTimeException("Invalid Jalali month " + month + ": must be between 1 and 12");
        }
        int length = lengthOfMonth(year, month);
        if (day < 1 || day > length) {
            throw new DateTimeException("Invalid Jalali date " + format(year, month, day)
                    + ": day must be between 1 and " + length);
        }
        return new JalaliDate(year, month, day);
    }

    /**
     * Returns the Jalali date of the given ISO date.
     *
     * @throws DateTimeException if the date falls outside the supported Jalali years
     */
    public static JalaliDate from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw new DateTimeException("Date " + date + " is outside the supported Jalali range "
                    + MIN_DATE + " to " + MAX_DATE);
        }
        Calendar calendar = newCalendar();
        calendar.set(Calendar.JULIAN_DAY, Math.toIntExact(date.toEpochDay() + JULIAN_DAY_OF_EPOCH));
        return new JalaliDate(calendar.get(Calendar.EXTENDED_YEAR),
                calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    /**
     * Parses "1403/01/01", "1403/1/1" or "1403-01-01", with ASCII, Persian or Arabic-Indic digits;
     * surrounding whitespace is ignored.
     *
     * @throws DateTimeParseException if the text is not such a date or names a day that does not exist
     */
    public static JalaliDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = DATE_PATTERN.matcher(PersianText.toLatinDigits(text.toString()).strip());
        if (!matcher.matches()) {
            throw new DateTimeParseException("Not a Jalali date (expected yyyy/mm/dd): '" + text + "'", text, 0);
        }
        try {
            return of(Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(3)),
                    Integer.parseInt(matcher.group(4)));
        } catch (DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), text, 0, e);
        }
    }

    /** Returns whether Esfand, the last month of the given Jalali year, has 30 days instead of 29. */
    public static boolean isLeapYear(int year) {
        checkYear(year);
        Calendar calendar = newCalendar();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        return calendar.getActualMaximum(Calendar.DAY_OF_YEAR) == 366;
    }

    public LocalDate toLocalDate() {
        Calendar calendar = newCalendar();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
    }

    public int year() {
        return year;
    }

    /** Returns the month, 1 (Farvardin) to 12 (Esfand). */
    public int month() {
        return month;
    }

    public int day() {
        return day;
    }

    /** Returns 31 for months 1-6, 30 for months 7-11, and 29 or 30 (leap year) for Esfand. */
    public int lengthOfMonth() {
        return lengthOfMonth(year, month);
    }

    public JalaliDate plusDays(long days) {
        return from(toLocalDate().plusDays(days));
    }

    /** Returns the month's Persian name for Persian locales and its Latin transliteration otherwise. */
    public String monthName(Locale locale) {
        List<String> names = "fa".equals(locale.getLanguage()) ? PERSIAN_MONTHS : LATIN_MONTHS;
        return names.get(month - 1);
    }

    @Override
    public int compareTo(JalaliDate other) {
        int result = Integer.compare(year, other.year);
        if (result == 0) {
            result = Integer.compare(month, other.month);
        }
        if (result == 0) {
            result = Integer.compare(day, other.day);
        }
        return result;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JalaliDate date && year == date.year && month == date.month && day == date.day;
    }

    @Override
    public int hashCode() {
        return (year << 9) | (month << 5) | day;
    }

    /** Returns the date as "yyyy/mm/dd" with ASCII digits, for example "1403/01/01". */
    @Override
    public String toString() {
        return format(year, month, day);
    }

    private static int lengthOfMonth(int year, int month) {
        if (month <= 6) {
            return 31;
        }
        if (month < ESFAND) {
            return 30;
        }
        return isLeapYear(year) ? 30 : 29;
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("Invalid Jalali year " + year + ": must be between "
                    + MIN_YEAR + " and " + MAX_YEAR);
        }
    }

    // ICU silently falls back to the Gregorian calendar when Persian is unavailable; fail loudly instead.
    private static Calendar persianCalendar() {
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("fa_IR@calendar=persian"));
        if (!"persian".equals(calendar.getType())) {
            throw new IllegalStateException("ICU provides no Persian calendar, only " + calendar.getType());
        }
        return calendar;
    }

    private static Calendar newCalendar() {
        Calendar calendar = (Calendar) PROTOTYPE.clone();
        calendar.clear();
        return calendar;
    }

    // Formatted by hand because String.format would use the default locale's digits, e.g. Persian ones.
    private static String format(int year, int month, int day) {
        return pad(year, 4) + '/' + pad(month, 2) + '/' + pad(day, 2);
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
