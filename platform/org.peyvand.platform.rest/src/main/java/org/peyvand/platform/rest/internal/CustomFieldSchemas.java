package org.peyvand.platform.rest.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * The custom fields of every record type as they stand, as OpenAPI schemas named
 * {@code CustomFields_<type>} (dots as underscores): what a record's {@code custom} object (or a
 * designed record's {@code values}) holds. Added when the document is asked for, so a form
 * published a moment ago is described.
 */
final class CustomFieldSchemas {

    private CustomFieldSchemas() {
    }

    static String name(String type) {
        return "CustomFields_" + type.replace('.', '_');
    }

    static void addTo(OpenAPI api, List<FormDefinition> forms) {
        for (FormDefinition form : forms) {
            ObjectSchema object = new ObjectSchema();
            object.description(form.label().in("en") + " / " + form.label().in("fa"));
            List<String> required = new ArrayList<>();
            for (FieldDefinition field : form.customFields()) {
                object.addProperty(field.name(), schema(field));
                if (field.required()) {
                    required.add(field.name());
                }
            }
            if (!required.isEmpty()) {
                object.required(required);
            }
            api.getComponents().addSchemas(name(form.key()), object);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema schema(FieldDefinition field) {
        Schema schema = switch (field.type()) {
            case INTEGER, MONEY, LOOKUP, ORG_UNIT, FILE, IMAGE -> new IntegerSchema().format("int64");
            case DECIMAL, PERCENT -> new NumberSchema();
            case BOOLEAN -> new BooleanSchema();
            case DATE -> new DateSchema();
            case DATE_TIME -> new DateTimeSchema();
            case MULTI_SELECT -> new ArraySchema().items(new StringSchema()._enum(values(field)));
            case SELECT -> new StringSchema()._enum(values(field));
            case EMAIL -> new StringSchema().format("email");
            case URL -> new StringSchema().format("uri");
            case COMPUTED -> new Schema<>().readOnly(true);
            default -> new StringSchema();
        };
        String help = field.help() == null ? "" : " — " + field.help().in("en");
        schema.description(field.label().in("en") + " / " + field.label().in("fa") + " (" + field.type().name().toLowerCase(Locale.ROOT)
                + (field.lookupType() == null ? "" : " of " + field.lookupType()) + ")" + help);
        if (field.maxLength() != null) {
            schema.maxLength(field.maxLength());
        }
        if (field.pattern() != null && !field.pattern().isBlank()) {
            schema.pattern(field.pattern());
        }
        BigDecimal min = field.minimum();
        BigDecimal max = field.maximum();
        if (min != null) {
            schema.minimum(min);
        }
        if (max != null) {
            schema.maximum(max);
        }
        return schema;
    }

    private static List<String> values(FieldDefinition field) {
        return field.options().stream().map(FieldOption::value).toList();
    }
}
