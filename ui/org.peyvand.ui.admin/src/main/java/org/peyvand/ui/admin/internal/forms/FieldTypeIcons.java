package org.peyvand.ui.admin.internal.forms;

import java.util.EnumMap;
import java.util.Map;

import org.peyvand.platform.form.FieldType;

import com.vaadin.icons.VaadinIcons;

/** The icon of each field type, in the palette and the sections' menus. */
final class FieldTypeIcons {
    private static final Map<FieldType, VaadinIcons> ICONS = icons();

    private FieldTypeIcons() {
    }

    static VaadinIcons of(FieldType type) {
        return ICONS.get(type);
    }

    private static Map<FieldType, VaadinIcons> icons() {
        Map<FieldType, VaadinIcons> icons = new EnumMap<>(FieldType.class);
        icons.put(FieldType.TEXT, VaadinIcons.TEXT_INPUT);
        icons.put(FieldType.LONG_TEXT, VaadinIcons.ALIGN_JUSTIFY);
        icons.put(FieldType.INTEGER, VaadinIcons.HASH);
        icons.put(FieldType.DECIMAL, VaadinIcons.CALC);
        icons.put(FieldType.MONEY, VaadinIcons.MONEY);
        icons.put(FieldType.PERCENT, VaadinIcons.PIE_CHART);
        icons.put(FieldType.DATE, VaadinIcons.CALENDAR);
        icons.put(FieldType.DATE_TIME, VaadinIcons.CALENDAR_CLOCK);
        icons.put(FieldType.BOOLEAN, VaadinIcons.CHECK_SQUARE_O);
        icons.put(FieldType.SELECT, VaadinIcons.LIST_SELECT);
        icons.put(FieldType.MULTI_SELECT, VaadinIcons.LIST_UL);
        icons.put(FieldType.LOOKUP, VaadinIcons.SEARCH);
        icons.put(FieldType.USER, VaadinIcons.USER);
        icons.put(FieldType.ORG_UNIT, VaadinIcons.SITEMAP);
        icons.put(FieldType.FILE, VaadinIcons.FILE_O);
        icons.put(FieldType.IMAGE, VaadinIcons.PICTURE);
        icons.put(FieldType.PHONE, VaadinIcons.PHONE);
        icons.put(FieldType.EMAIL, VaadinIcons.ENVELOPE_O);
        icons.put(FieldType.URL, VaadinIcons.GLOBE);
        icons.put(FieldType.NATIONAL_ID, VaadinIcons.USER_CARD);
        icons.put(FieldType.COMPUTED, VaadinIcons.CALC_BOOK);
        return icons;
    }
}
