package org.peyvand.ui.admin.internal.forms;

import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.LocalizedText;

/** The changes to a field definition its own {@code with} methods do not make: another name or label. */
final class FieldCopies {

    private FieldCopies() {
    }

    static FieldDefinition named(FieldDefinition f, String name) {
        return new FieldDefinition(name, f.type(), f.label(), f.help(), f.required(), f.readOnly(), f.unique(), f.minimum(), f.maximum(),
                f.minimumDate(), f.maximumDate(), f.maxLength(), f.pattern(), f.defaultValue(), f.options(), f.lookupType(),
                f.expression(), f.visibleWhen(), f.requiredWhen(), f.builtIn(), f.removed());
    }

    static FieldDefinition labelled(FieldDefinition f, LocalizedText label) {
        return new FieldDefinition(f.name(), f.type(), label, f.help(), f.required(), f.readOnly(), f.unique(), f.minimum(), f.maximum(),
                f.minimumDate(), f.maximumDate(), f.maxLength(), f.pattern(), f.defaultValue(), f.options(), f.lookupType(),
                f.expression(), f.visibleWhen(), f.requiredWhen(), f.builtIn(), f.removed());
    }
}
