package org.peyvand.platform.form.internal.values;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.core.validation.IranianIdentifiers;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FieldType;

/**
 * Turns what a user, an integrator or a CSV file typed into the value a field holds, and checks it
 * against the field's own rules (range, length, pattern, choices). Accepts Persian, Arabic and Latin
 * digits alike, Jalali dates written yyyy/mm/dd and ISO dates; the canonical values are String,
 * Long (integers, money, ids), BigDecimal, Boolean, LocalDate, Instant and List of String.
 */
public final class FieldValues {
    /** The longest text a value column keeps. */
    public static final int TEXT_LIMIT = 4000;
    public static final int SHORT_TEXT_LIMIT = 500;

    private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");
    private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[,\u066C\u060C\\s]");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final Set<String> TRUE = Set.of("true", "yes", "1", "بله", "بلی", "آری", "درست");
    private static final Set<String> FALSE = Set.of("false", "no", "0", "خیر", "نه", "نادرست");

    private FieldValues() {
    }

    /**
     * The field's value from {@code raw}; {@code null} for an empty value.
     *
     * @throws InvalidValue when {@code raw} is no value of the field's type or breaks one of its rules
     */
    public static Object parse(FieldDefinition field, Object raw) {
        if (isEmpty(raw)) {
            return null;
        }
        Object value = convert(field, raw);
        checkRules(field, value);
        return value;
    }

    public static boolean isEmpty(Object raw) {
        return raw == null || raw instanceof String s && s.isBlank() || raw instanceof Collection<?> c && c.isEmpty();
    }

    private static Object convert(FieldDefinition field, Object raw) {
        FieldType type = field.type();
        return switch (type) {
            case TEXT, LONG_TEXT -> text(raw);
            case INTEGER, MONEY, LOOKUP, ORG_UNIT, FILE, IMAGE -> whole(raw);
            case DECIMAL, PERCENT -> decimal(raw);
            case DATE -> date(raw);
            case DATE_TIME -> instant(raw);
            case BOOLEAN -> bool(raw);
            case SELECT -> choice(field, text(raw));
            case MULTI_SELECT -> choices(field, raw);
            case USER -> username(text(raw));
            case PHONE -> IranianIdentifiers.normalizePhone(text(raw)).orElseThrow(() -> new InvalidValue("core.error.phone"));
            case EMAIL -> email(text(raw));
            case URL -> url(text(raw));
            case NATIONAL_ID -> nationalId(text(raw));
            // worked out, never taken from input
            case COMPUTED -> null;
        };
    }

    private static String text(Object raw) {
        if (raw instanceof Collection<?> || raw instanceof java.util.Map<?, ?>) {
            throw new InvalidValue("core.error.invalidValue");
        }
        return String.valueOf(raw).strip();
    }

    private static Long whole(Object raw) {
        BigDecimal number = decimal(raw);
        try {
            return number.longValueExact();
        } catch (ArithmeticException fraction) {
            throw new InvalidValue("form.error.wholeNumber");
        }
    }

    private static BigDecimal decimal(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        String text = NUMBER_SEPARATORS.matcher(PersianText.toLatinDigits(text(raw))).replaceAll("").replace('\u066B', '.');
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidValue("core.error.invalidNumber");
        }
    }

    private static LocalDate date(Object raw) {
        if (raw instanceof LocalDate d) {
            return d;
        }
        String text = PersianText.toLatinDigits(text(raw));
        try {
            // ISO dates start with a Gregorian year; Jalali years of the CRM's era are below 1700
            int year = Integer.parseInt(text.split("[-/]")[0]);
            return year < 1700 ? JalaliDate.parse(text).toLocalDate() : LocalDate.parse(text.replace('/', '-'));
        } catch (RuntimeException e) {
            throw new InvalidValue("core.error.invalidDate");
        }
    }

    private static Instant instant(Object raw) {
        if (raw instanceof Instant i) {
            return i;
        }
        String text = PersianText.toLatinDigits(text(raw));
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                // a time without an offset is a wall-clock time in Iran
                return LocalDateTime.parse(text).atZone(IRAN).toInstant();
            } catch (DateTimeException e) {
                throw new InvalidValue("core.error.invalidDate");
            }
        }
    }

    private static Boolean bool(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        String text = PersianText.toLatinDigits(text(raw)).toLowerCase(Locale.ROOT);
        if (TRUE.contains(text)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(text)) {
            return Boolean.FALSE;
        }
        throw new InvalidValue("form.error.boolean");
    }

    /** An option's value, or the option whose fa or en label was given (CSV files carry labels). */
    private static String choice(FieldDefinition field, String text) {
        String wanted = PersianText.normalize(text);
        Optional<String> match = field.options().stream().map(FieldOption::value).filter(text::equals).findFirst();
        return match.or(() -> field.options().stream()
                        .filter(o -> o.label() != null && (wanted.equals(PersianText.normalize(nullToEmpty(o.label().fa())))
                                || wanted.equalsIgnoreCase(nullToEmpty(o.label().en()))))
                        .map(FieldOption::value).findFirst())
                .orElseThrow(() -> new InvalidValue("form.error.option", text));
    }

    private static List<String> choices(FieldDefinition field, Object raw) {
        List<Object> items = raw instanceof Collection<?> c ? new ArrayList<>(c) : List.of((Object[]) text(raw).split("[|،,]"));
        Set<String> picked = new LinkedHashSet<>();
        for (Object item : items) {
            if (!isEmpty(item)) {
                picked.add(choice(field, text(item)));
            }
        }
        return picked.isEmpty() ? null : List.copyOf(picked);
    }

    private static String username(String text) {
        String name = text.toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidValue("core.error.invalidValue");
        }
        return name;
    }

    private static String email(String text) {
        String email = text.toLowerCase(Locale.ROOT);
        if (!IranianIdentifiers.isValidEmail(email)) {
            throw new InvalidValue("core.error.email");
        }
        return email;
    }

    private static String url(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && text.length() <= SHORT_TEXT_LIMIT) {
                return text;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new InvalidValue("core.error.url");
    }

    private static String nationalId(String text) {
        String digits = IranianIdentifiers.digitsOnly(text);
        if (digits.length() == 10 && IranianIdentifiers.isValidNationalCode(digits)) {
            return digits;
        }
        if (digits.length() == 11 && IranianIdentifiers.isValidLegalEntityId(digits)) {
            return digits;
        }
        throw new InvalidValue(digits.length() == 11 ? "core.error.nationalId" : "core.error.nationalCode");
    }

    private static void checkRules(FieldDefinition field, Object value) {
        if (value instanceof String text) {
            int limit = field.maxLength() != null ? field.maxLength()
                    : field.type() == FieldType.LONG_TEXT ? TEXT_LIMIT : SHORT_TEXT_LIMIT;
            if (text.length() > limit) {
                throw new InvalidValue("core.error.tooLong", limit);
            }
            if (field.pattern() != null && !field.pattern().isBlank() && !matches(field.pattern(), text)) {
                throw new InvalidValue("form.error.pattern");
            }
        }
        BigDecimal number = value instanceof Long l ? BigDecimal.valueOf(l) : value instanceof BigDecimal d ? d : null;
        if (number != null && field.type().isNumeric()) {
            if (field.minimum() != null && number.compareTo(field.minimum()) < 0) {
                throw new InvalidValue("form.error.min", field.minimum().toPlainString());
            }
            if (field.maximum() != null && number.compareTo(field.maximum()) > 0) {
                throw new InvalidValue("form.error.max", field.maximum().toPlainString());
            }
            if (number.abs().compareTo(LIMIT) >= 0 || number.scale() > SCALE) {
                throw new InvalidValue("form.error.numberSize");
            }
        }
        if (value instanceof LocalDate day) {
            if (field.minimumDate() != null && day.isBefore(LocalDate.parse(field.minimumDate()))) {
                throw new InvalidValue("form.error.minDate", LocalDate.parse(field.minimumDate()));
            }
            if (field.maximumDate() != null && day.isAfter(LocalDate.parse(field.maximumDate()))) {
                throw new InvalidValue("form.error.maxDate", LocalDate.parse(field.maximumDate()));
            }
        }
    }

    /** The stored column has 31 digits (Derby's most), 6 after the point. */
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(25);
    private static final int SCALE = 6;

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(DeadlineText.within(text, PATTERN_TIME_MILLIS)).matches();
        } catch (PatternSyntaxException e) {
            // definitions are checked when published; an invalid pattern cannot get here
            return false;
        } catch (DeadlineText.Exceeded e) {
            throw new InvalidValue("form.error.patternTooSlow");
        }
    }

    /** A pattern written to backtrack without end is cut off after this long. */
    private static final long PATTERN_TIME_MILLIS = 100;

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
