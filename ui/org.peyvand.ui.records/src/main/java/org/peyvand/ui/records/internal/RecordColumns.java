package org.peyvand.ui.records.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.ui.kit.FieldDisplay;

/**
 * What a list of a designed record type shows: the columns its designer chose, or, when none
 * were chosen, its first few fields that fit a cell; and the name of one record, for titles and
 * global search results.
 */
final class RecordColumns {
    /** Columns a list starts with when the designer chose none. */
    static final int DEFAULT_COLUMNS = 4;
    /** Values too long or too rich for a cell. */
    private static final Set<FieldType> NOT_IN_CELLS = EnumSet.of(FieldType.LONG_TEXT, FieldType.FILE, FieldType.IMAGE);
    /** Values read left to right whatever the language. */
    private static final Set<FieldType> LEFT_TO_RIGHT = EnumSet.of(FieldType.EMAIL, FieldType.URL, FieldType.PHONE,
            FieldType.NATIONAL_ID);

    private RecordColumns() {
    }

    static List<FieldDefinition> of(FormDefinition form) {
        List<FieldDefinition> chosen = new ArrayList<>();
        for (String name : form.listColumns()) {
            form.field(name).filter(f -> !f.removed()).ifPresent(chosen::add);
        }
        if (!chosen.isEmpty()) {
            return chosen;
        }
        return form.activeFields().stream().filter(f -> !NOT_IN_CELLS.contains(f.type())).limit(DEFAULT_COLUMNS).toList();
    }

    static boolean leftToRight(FieldDefinition field) {
        return LEFT_TO_RIGHT.contains(field.type());
    }

    /** The record's first non-empty value among the list's columns; its number when it has none. */
    static String name(FormDefinition form, CustomRecord record, Messages messages, DisplayFormat format) {
        for (FieldDefinition column : of(form)) {
            String text = FieldDisplay.text(column, record.values().get(column.name()), messages, format);
            if (!text.isBlank()) {
                return text;
            }
        }
        return "#" + format.number(record.id());
    }
}
