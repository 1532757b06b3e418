package org.peyvand.platform.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Custom values as plain text for files: ISO dates and times, plain numbers, the choices of a multi-select joined by "|". */
public final class ValueText {

    private ValueText() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining("|"));
        }
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }
}
