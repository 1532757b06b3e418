package org.peyvand.ui.kit;

import java.util.Collection;
import java.util.stream.Collectors;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;

/**
 * A defined field's value as a list cell shows it: choices by their labels, yes or no, numbers
 * and codes in the user's digits, dates in the user's calendar, money in the user's unit.
 */
public final class FieldDisplay {

    private FieldDisplay() {
    }

    public static String text(FieldDefinition field, Object value, Messages messages, DisplayFormat format) {
        if (value == null) {
            return "";
        }
        String language = messages.locale().getLanguage();
        return switch (field.type()) {
            case SELECT -> label(field, String.valueOf(value), language);
            case MULTI_SELECT -> value instanceof Collection<?> picked
                    ? picked.stream().map(p -> label(field, String.valueOf(p), language))
                            .collect(Collectors.joining("fa".equals(language) ? "، " : ", "))
                    : String.valueOf(value);
            case BOOLEAN -> messages.get(Boolean.TRUE.equals(value) ? "kit.value.yes" : "kit.value.no");
            case LOOKUP, USER, ORG_UNIT -> format.digits(String.valueOf(value));
            default -> FieldText.show(field.type(), value, format);
        };
    }

    private static String label(FieldDefinition field, String value, String language) {
        return field.options().stream().filter(o -> o.value().equals(value)).findFirst().map(FieldOption::label)
                .map(l -> l.in(language)).filter(l -> !l.isBlank()).orElse(value);
    }
}
