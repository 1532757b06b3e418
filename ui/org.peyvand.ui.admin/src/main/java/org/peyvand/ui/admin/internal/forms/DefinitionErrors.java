package org.peyvand.ui.admin.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peyvand.platform.core.error.FieldError;

/**
 * Where in the designer a publish error belongs. The service names the part of the definition
 * at fault by its path ({@code fields[2].options[1].value}, {@code tabs[0].sections[1].fields},
 * {@code key}); a refusal to lose data names the field itself ({@code customerType}).
 */
final class DefinitionErrors {
    private static final Pattern FIELD_PATH = Pattern.compile("fields\\[(\\d+)](?:\\.([a-zA-Z]+))?.*");
    private static final Pattern SECTION_PATH = Pattern.compile("tabs\\[(\\d+)]\\.sections\\[(\\d+)].*");

    /**
     * One error placed: on a field (and one of its properties, {@code null} for the field as a
     * whole), on a section, or on the form's own settings.
     */
    record Placed(String field, String property, DesignerModel.Location section, String formPart, FieldError error) {
    }

    private DefinitionErrors() {
    }

    static List<Placed> place(List<FieldError> errors, DesignerModel model) {
        List<Placed> placed = new ArrayList<>();
        for (FieldError error : errors) {
            placed.add(place(error, model));
        }
        return placed;
    }

    static Placed place(FieldError error, DesignerModel model) {
        String path = error.field();
        Matcher field = FIELD_PATH.matcher(path);
        if (field.matches()) {
            return model.fieldAt(Integer.parseInt(field.group(1)))
                    .map(name -> new Placed(name, field.group(2), null, null, error))
                    .orElse(new Placed(null, null, null, "fields", error));
        }
        Matcher section = SECTION_PATH.matcher(path);
        if (section.matches()) {
            return new Placed(null, null, new DesignerModel.Location(Integer.parseInt(section.group(1)),
                    Integer.parseInt(section.group(2)), 0), null, error);
        }
        if (model.field(path).isPresent()) {
            return new Placed(path, null, null, null, error);
        }
        return new Placed(null, null, null, path.split("[\\[.]")[0], error);
    }
}
