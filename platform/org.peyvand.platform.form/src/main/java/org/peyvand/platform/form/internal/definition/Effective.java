package org.peyvand.platform.form.internal.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FormDefinition;

/**
 * The form in force for a key: a module's shipped form, an administrator's published version, or
 * both together. With both, the built-in fields are always the module's current ones (a module
 * upgrade may add some), the custom fields and the arrangement the administrator's.
 */
public final class Effective {

    private Effective() {
    }

    public static FormDefinition of(FormDefinition shipped, FormDefinition published) {
        if (published == null) {
            return shipped;
        }
        if (shipped == null) {
            return published;
        }
        List<FieldDefinition> fields = new ArrayList<>(shipped.fields().stream().map(f -> f.withBuiltIn(true)).toList());
        Set<String> builtIn = fields.stream().map(FieldDefinition::name).collect(Collectors.toSet());
        published.fields().stream().filter(f -> !f.builtIn() && !builtIn.contains(f.name())).forEach(fields::add);
        return new FormDefinition(shipped.key(), shipped.kind(), shipped.module(), published.label(), fields, published.tabs(),
                published.listColumns(), published.menuSection(), published.version());
    }

    /** What an administrator may publish for a module's form: its fields as shipped, theirs never built in. */
    public static FormDefinition forPublishing(FormDefinition shipped, FormDefinition proposed) {
        if (shipped == null) {
            return new FormDefinition(proposed.key(), proposed.kind(), null, proposed.label(),
                    proposed.fields().stream().map(f -> f.withBuiltIn(false)).toList(), proposed.tabs(), proposed.listColumns(),
                    proposed.menuSection(), proposed.version());
        }
        FormDefinition custom = new FormDefinition(proposed.key(), shipped.kind(), shipped.module(), proposed.label(),
                proposed.fields().stream().filter(f -> shipped.field(f.name()).isEmpty()).map(f -> f.withBuiltIn(false)).toList(),
                proposed.tabs(), proposed.listColumns(), proposed.menuSection(), proposed.version());
        return of(shipped, custom);
    }
}
