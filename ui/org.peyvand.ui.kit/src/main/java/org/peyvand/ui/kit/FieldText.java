package org.peyvand.ui.kit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FieldType;

/**
 * Between the canonical value of a defined field (Long, BigDecimal, String...) and the text its
 * input shows in the user's digits, money unit and calendar. Text that is not a value of the type
 * is handed on as typed, so the service names the mistake on the field.
 */
final class FieldText {
    /** Wall-clock times are entered and shown in Iran's time, as the service reads them. */
    static final ZoneId IRAN = ZoneId.of("Asia/Tehran");
    private static final Pattern SEPARATORS = Pattern.compile("[,\u066C\u060C\\s\u200E\u200F]");

    private FieldText() {
    }

    /** The text an input shows for {@code value}; "" for none. */
    static String show(FieldType type, Object value, DisplayFormat format) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case MONEY -> value instanceof Number n ? format.money(n.longValue()) : String.valueOf(value);
            case INTEGER, DECIMAL, PERCENT, COMPUTED -> number(value, format);
            case PHONE, NATIONAL_ID -> format.digits(String.valueOf(value));
            case DATE -> value instanceof LocalDate d ? format.date(d) : String.valueOf(value);
            case DATE_TIME -> value instanceof Instant i ? format.dateTime(i, IRAN) : String.valueOf(value);
            default -> String.valueOf(value);
        };
    }

    /** The canonical value of typed text: {@code null} for blank text, the trimmed text when it is no value of the type. */
    static Object read(FieldType type, String text, DisplayFormat format) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        try {
            return switch (type) {
                case INTEGER -> decimal(typed).longValueExact();
                case DECIMAL, PERCENT -> decimal(typed);
                case MONEY -> format.parseMoney(typed);
                default -> typed;
            };
        } catch (ArithmeticException | IllegalArgumentException notANumber) {
            return typed;
        }
    }

    /** The picked choices in the order the definition lists them; {@code null} for none. */
    static List<String> choices(FieldDefinition field, Collection<?> picked) {
        List<String> ordered = new ArrayList<>();
        for (FieldOption option : field.options()) {
            if (picked.stream().anyMatch(p -> option.value().equals(choice(field, String.valueOf(p).strip())))) {
                ordered.add(option.value());
            }
        }
        return ordered.isEmpty() ? null : List.copyOf(ordered);
    }

    private static String number(Object value, DisplayFormat format) {
        if (value instanceof BigDecimal d) {
            return format.decimal(d);
        }
        if (value instanceof Long || value instanceof Integer) {
            return format.number(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return format.decimal(new BigDecimal(n.toString()));
        }
        return format.digits(String.valueOf(value));
    }

    private static BigDecimal decimal(String text) {
        String plain = SEPARATORS.matcher(PersianText.toLatinDigits(text)).replaceAll("").replace('\u066B', '.')
                .replace('\u2212', '-');
        return new BigDecimal(plain);
    }

    /** An option's value, given its value or one of its labels. */
    private static String choice(FieldDefinition field, String text) {
        String wanted = PersianText.normalize(text);
        return field.options().stream().filter(o -> o.value().equals(text) || labelled(o, text, wanted))
                .map(FieldOption::value).findFirst().orElseThrow(() -> new IllegalArgumentException(text));
    }

    private static boolean labelled(FieldOption option, String text, String normalized) {
        return option.label() != null && (option.label().fa() != null && normalized.equals(PersianText.normalize(option.label().fa()))
                || option.label().en() != null && text.equalsIgnoreCase(option.label().en()));
    }
}
