package org.peyvand.platform.core.format;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.text.PersianText;

/**
 * Formats and parses dates, numbers and money according to a user's {@link DisplayPreferences}.
 *
 * <p>Instances are immutable and thread-safe. Number formatting is done here rather than with a locale's
 * number format so that the output is exactly predictable and {@link #parseMoney(String)} accepts
 * everything {@link #money(long)} produces: Persian digits use the Arabic separators '٬' and '٫', Latin
 * digits use ',' and '.'.
 */
public final class DisplayFormat {

    /*
     * In right-to-left text a plain leading minus is displayed on the right of the number; the
     * left-to-right mark keeps it on the left. This matches the CLDR convention for Persian.
     */
    private static final String RIGHT_TO_LEFT_MINUS = "\u200E\u2212";
    private static final String LEFT_TO_RIGHT_MINUS = "-";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final Pattern GREGORIAN_DATE = Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})");

    /** Directional marks that copying from right-to-left text tends to leave around numbers. */
    private static final Pattern BIDI_MARKS = Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern AMOUNT = Pattern.compile(
            "([-\\u2212]?) ?(\\d{1,3}(?:[,\\u066C\\u060C]\\d{3})+|\\d+)(?:[.\\u066B](\\d+))? ?(\\p{L}+)?");
    private static final Pattern GROUP_SEPARATORS = Pattern.compile("[,\\u066C\\u060C]");
    private static final Map<String, MoneyUnit> UNIT_WORDS = Map.of(
            PersianText.normalize(MoneyUnit.RIAL.displayName(DisplayPreferences.PERSIAN)), MoneyUnit.RIAL,
            PersianText.normalize(MoneyUnit.RIAL.displayName(Locale.ENGLISH)), MoneyUnit.RIAL,
            "irr", MoneyUnit.RIAL,
            PersianText.normalize(MoneyUnit.TOMAN.displayName(DisplayPreferences.PERSIAN)), MoneyUnit.TOMAN,
            PersianText.normalize(MoneyUnit.TOMAN.displayName(Locale.ENGLISH)), MoneyUnit.TOMAN);

    private final DisplayPreferences preferences;
    private final DateTimeFormatter gregorianLong;
    private final char groupSeparator;
    private final char decimalSeparator;
    private final String minusSign;

    private DisplayFormat(DisplayPreferences preferences) {
        this.preferences = preferences;
        this.gregorianLong = DateTimeFormatter.ofPattern("d MMMM uuuu", preferences.locale());
        boolean persianDigits = preferences.digits() == DigitStyle.PERSIAN;
        this.groupSeparator = persianDigits ? '\u066C' : ',';
        this.decimalSeparator = persianDigits ? '\u066B' : '.';
        this.minusSign = preferences.rightToLeft() ? RIGHT_TO_LEFT_MINUS : LEFT_TO_RIGHT_MINUS;
    }

    public static DisplayFormat of(DisplayPreferences preferences) {
        return new DisplayFormat(Objects.requireNonNull(preferences, "preferences"));
    }

    public DisplayPreferences preferences() {
        return preferences;
    }

    /** Formats a date as "1403/01/01" (Jalali) or "2024-03-20" (Gregorian); {@code null} gives "". */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        String text = preferences.calendar() == CalendarSystem.JALALI
                ? JalaliDate.from(date).toString()
                : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        return digits(text);
    }

    /**
     * Formats a date with the month's name: "۱ فروردین ۱۴۰۳", "1 Farvardin 1403" or "20 March 2024";
     * {@code null} gives "".
     */
    public String dateLong(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (preferences.calendar() == CalendarSystem.JALALI) {
            JalaliDate jalali = JalaliDate.from(date);
            return digits(jalali.day() + " " + jalali.monthName(preferences.locale()) + " " + jalali.year());
        }
        return digits(gregorianLong.format(date));
    }

    /** Formats an instant as its {@link #date(LocalDate) date} and "HH:mm" in the given zone. */
    public String dateTime(Instant instant, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        if (instant == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return date(local.toLocalDate()) + " " + digits(TIME.format(local));
    }

    /**
     * Parses a date written as {@link #date(LocalDate)} writes it, in any digit style; '/' and '-' are
     * both accepted as separators and leading zeros are optional.
     *
     * @return the date, or {@code null} for {@code null} or blank text
     * @throws DateTimeParseException if the text is not a valid date of the preferred calendar
     */
    public LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (preferences.calendar() == CalendarSystem.JALALI) {
            return JalaliDate.parse(text).toLocalDate();
        }
        Matcher matcher = GREGORIAN_DATE.matcher(PersianText.toLatinDigits(text).strip());
        if (!matcher.matches()) {
            throw new DateTimeParseException("Not a date (expected yyyy-mm-dd): '" + text + "'", text, 0);
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(3)),
                    Integer.parseInt(matcher.group(4)));
        } catch (DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), text, 0, e);
        }
    }

    /** Formats a whole number with group separators, for example "۱۲۵٬۰۰۰" or "125,000". */
    public String number(long number) {
        return grouped(Long.toString(number));
    }

    /**
     * Formats a decimal with group separators, keeping exactly the number's scale, for example
     * "۱٬۲۳۴٫۵۰" or "1,234.50"; {@code null} gives "".
     */
    public String decimal(BigDecimal number) {
        return number == null ? "" : grouped(number.toPlainString());
    }

    /**
     * Formats an amount of rials in the preferred unit, followed by the unit's name: "۱۲۵٬۰۰۰ ریال",
     * "12,500 Toman". Toman amounts that are not whole show their one decimal place.
     */
    public String money(long rials) {
        MoneyUnit unit = preferences.moneyUnit();
        // Exact division by 10 yields scale 0 for whole tomans and scale 1 otherwise.
        BigDecimal amount = BigDecimal.valueOf(rials).divide(BigDecimal.valueOf(unit.rialsPerUnit()));
        return grouped(amount.toPlainString()) + " " + unit.displayName(preferences.locale());
    }

    /**
     * Parses an amount of money as {@link #money(long)} writes it, returning rials. Digits may be in any
     * style, ',', '٬' and '،' are accepted as group separators, and '.' and '٫' as the decimal separator.
     * The unit's name (ریال, تومان, Rial, Toman or IRR) is optional; without it the amount is taken to be
     * in the preferred unit.
     *
     * @throws IllegalArgumentException if the text is not such an amount, names an unknown unit, is not a
     *         whole number of rials or does not fit in a {@code long}
     */
    public long parseMoney(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Amount of money is empty");
        }
        String cleaned = SPACES.matcher(BIDI_MARKS.matcher(PersianText.toLatinDigits(text)).replaceAll(""))
                .replaceAll(" ")
                .strip();
        Matcher matcher = AMOUNT.matcher(cleaned);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an amount of money: '" + text + "'");
        }
        MoneyUnit unit = matcher.group(4) == null ? preferences.moneyUnit() : unitNamed(matcher.group(4), text);
        String integer = GROUP_SEPARATORS.matcher(matcher.group(2)).replaceAll("");
        String fraction = matcher.group(3) == null ? "" : "." + matcher.group(3);
        BigDecimal rials = new BigDecimal(integer + fraction).multiply(BigDecimal.valueOf(unit.rialsPerUnit()));
        if (!matcher.group(1).isEmpty()) {
            rials = rials.negate();
        }
        if (rials.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("Amount '" + text + "' is not a whole number of rials");
        }
        try {
            return rials.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Amount '" + text + "' is too large", e);
        }
    }

    private static MoneyUnit unitNamed(String word, String text) {
        MoneyUnit unit = UNIT_WORDS.get(PersianText.normalize(word));
        if (unit == null) {
            throw new IllegalArgumentException("Unknown money unit '" + word + "' in '" + text + "'");
        }
        return unit;
    }

    /** Adds group separators to a plain ASCII number such as "-1234567.5" and applies the digit style. */
    private String grouped(String plain) {
        boolean negative = plain.startsWith("-");
        String unsigned = negative ? plain.substring(1) : plain;
        int point = unsigned.indexOf('.');
        String integer = point < 0 ? unsigned : unsigned.substring(0, point);
        StringBuilder result = new StringBuilder(plain.length() + integer.length() / 3 + 2);
        if (negative) {
            result.append(minusSign);
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                result.append(groupSeparator);
            }
            result.append(integer.charAt(i));
        }
        if (point >= 0) {
            result.append(decimalSeparator).append(unsigned, point + 1, unsigned.length());
        }
        return digits(result.toString());
    }

    /** Codes, phone numbers and other digit strings in the user's digits; null shows as "". */
    public String digits(String text) {
        if (text == null) {
            return "";
        }
        return preferences.digits() == DigitStyle.PERSIAN ? PersianText.toPersianDigits(text) : text;
    }
}
