package org.peyvand.ui.records.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.RecordActions;
import org.peyvand.ui.api.MenuItem;

/** Which forms are designed record types, and the menu entry each one's screen carries. */
final class RecordTypes {
    /** The section of a type whose designer named none. */
    static final String DEFAULT_SECTION = "crm";
    /** After the screens modules ship in the same section. */
    static final int ORDER = 500;

    private RecordTypes() {
    }

    /** A record type an administrator designed ({@code custom.*}), not one a module ships. */
    static boolean designed(FormDefinition form) {
        return form.kind() == FormKind.RECORD_TYPE && form.module() == null && form.key() != null && form.key().startsWith("custom.");
    }

    /** A stand-alone form ({@code form.*}), whose records are its submissions. */
    static boolean standAlone(FormDefinition form) {
        return form.kind() == FormKind.STANDALONE && form.key() != null;
    }

    /**
     * The service properties of the type's screen: its address is the type's key, its title the
     * form's label in each language, shown to holders of {@code <type>.read} (of {@code <form>.submit}
     * for a stand-alone form).
     */
    static Map<String, Object> menuEntry(FormDefinition form) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(MenuItem.PREFIX_ + "id", form.key());
        properties.put(MenuItem.PREFIX_ + "title", "records.title");
        properties.put(MenuItem.TITLE_IN + "fa", form.label().in("fa"));
        properties.put(MenuItem.TITLE_IN + "en", form.label().in("en"));
        properties.put(MenuItem.PREFIX_ + "icon", standAlone(form) ? "FORM" : "RECORDS");
        String section = form.menuSection();
        properties.put(MenuItem.PREFIX_ + "section", section == null || section.isBlank() ? DEFAULT_SECTION : section);
        properties.put(MenuItem.PREFIX_ + "order", ORDER);
        if (!standAlone(form)) {
            properties.put(MenuItem.PREFIX_ + "records", new String[] {form.key()});
        }
        properties.put(MenuItem.PREFIX_ + "permission", RecordActions.permission(form, standAlone(form) ? RecordActions.CREATE : RecordActions.READ).orElseThrow());
        return properties;
    }
}
