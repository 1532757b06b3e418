package org.peyvand.platform.form.internal.definition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.form.Condition;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.FormSection;
import org.peyvand.platform.form.FormTab;
import org.peyvand.platform.form.expression.ExpressionException;
import org.peyvand.platform.form.expression.SafeExpressions;
import org.peyvand.platform.form.internal.values.FieldValues;
import org.peyvand.platform.form.internal.values.InvalidValue;

/**
 * What a form definition must satisfy before it is published. Errors name the part of the
 * definition at fault ({@code fields[2].options}, {@code tabs[0].sections[1].fields}).
 */
public final class DefinitionRules {
    /** Module record types and no-code ones ({@code custom.*}) and stand-alone forms ({@code form.*}). */
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]{0,39}(\\.[a-z][a-zA-Z0-9]{0,39}){1,2}");
    static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");
    static final Pattern OPTION_VALUE = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    static final int MAX_FIELDS = 300;
    static final int MAX_OPTIONS = 500;
    static final int MAX_PATTERN = 500;
    static final int MAX_LABEL = 200;

    private final SafeExpressions expressions;

    public DefinitionRules(SafeExpressions expressions) {
        this.expressions = expressions;
    }

    /**
     * @param recordTypes the record types lookups may point at
     * @throws org.peyvand.platform.core.error.ValidationException naming every fault
     */
    public void check(FormDefinition form, Set<String> recordTypes) {
        Validator v = new Validator();
        v.check(KEY.matcher(form.key()).matches(), "key", "form.error.key");
        if (form.module() == null && form.kind() == FormKind.RECORD_TYPE) {
            v.check(form.key().startsWith("custom."), "key", "form.error.customKey");
        }
        if (form.kind() == FormKind.STANDALONE) {
            v.check(form.key().startsWith("form."), "key", "form.error.formKey");
        }
        label(v, "label", form.label() == null ? null : form.label().fa(), form.label() == null ? null : form.label().en());
        v.check(form.fields().size() <= MAX_FIELDS, "fields", "form.error.tooManyFields", MAX_FIELDS);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < form.fields().size(); i++) {
            FieldDefinition field = form.fields().get(i);
            String at = "fields[" + i + "]";
            v.check(FIELD_NAME.matcher(field.name()).matches(), at + ".name", "form.error.fieldName");
            v.check(names.add(field.name()), at + ".name", "form.error.duplicateField", field.name());
            label(v, at + ".label", field.label().fa(), field.label().en());
        }
        Set<String> active = form.activeFields().stream().map(FieldDefinition::name).collect(Collectors.toSet());
        for (int i = 0; i < form.fields().size(); i++) {
            FieldDefinition field = form.fields().get(i);
            if (!field.removed()) {
                field(v, "fields[" + i + "]", field, active, recordTypes);
            }
        }
        layout(v, form, active);
        v.throwIfInvalid();
    }

    private void field(Validator v, String at, FieldDefinition field, Set<String> active, Set<String> recordTypes) {
        if (field.type().hasOptions()) {
            v.check(!field.options().isEmpty() && field.options().size() <= MAX_OPTIONS, at + ".options", "form.error.options", MAX_OPTIONS);
            Set<String> values = new HashSet<>();
            for (int o = 0; o < field.options().size(); o++) {
                FieldOption option = field.options().get(o);
                String optionAt = at + ".options[" + o + "]";
                v.check(option.value() != null && OPTION_VALUE.matcher(option.value()).matches(), optionAt + ".value", "form.error.optionValue");
                v.check(values.add(option.value()), optionAt + ".value", "form.error.duplicateOption", option.value());
                label(v, optionAt + ".label", option.label() == null ? null : option.label().fa(),
                        option.label() == null ? null : option.label().en());
            }
        } else {
            v.check(field.options().isEmpty(), at + ".options", "form.error.notApplicable");
        }
        if (field.type() == FieldType.LOOKUP) {
            v.check(field.lookupType() != null && recordTypes.contains(field.lookupType()), at + ".lookupType", "form.error.lookupType");
        }
        if (field.minimum() != null || field.maximum() != null) {
            v.check(field.type().isNumeric(), at + ".minimum", "form.error.notApplicable");
            v.check(field.minimum() == null || field.maximum() == null || field.minimum().compareTo(field.maximum()) <= 0,
                    at + ".maximum", "form.error.minAboveMax");
        }
        dates(v, at, field);
        if (field.maxLength() != null) {
            v.check(field.type().isTextual(), at + ".maxLength", "form.error.notApplicable");
            v.check(field.maxLength() > 0 && field.maxLength() <= FieldValues.TEXT_LIMIT, at + ".maxLength", "core.error.range", 1,
                    FieldValues.TEXT_LIMIT);
        }
        if (field.pattern() != null && !field.pattern().isBlank()) {
            v.check(field.type().isTextual(), at + ".pattern", "form.error.notApplicable");
            v.check(field.pattern().length() <= MAX_PATTERN && compiles(field.pattern()), at + ".pattern", "form.error.badPattern");
        }
        if (field.type() == FieldType.COMPUTED) {
            computed(v, at, field, active);
        } else {
            v.check(field.expression() == null || field.expression().isBlank(), at + ".expression", "form.error.notApplicable");
        }
        if (field.defaultValue() != null && !field.defaultValue().isBlank()) {
            try {
                FieldValues.parse(field, field.defaultValue());
            } catch (InvalidValue invalid) {
                v.reject(at + ".defaultValue", invalid.messageKey(), invalid.args().toArray());
            }
        }
        condition(v, at + ".visibleWhen", field, field.visibleWhen(), active);
        condition(v, at + ".requiredWhen", field, field.requiredWhen(), active);
    }

    private void computed(Validator v, String at, FieldDefinition field, Set<String> active) {
        if (field.expression() == null || field.expression().isBlank()) {
            v.reject(at + ".expression", "core.error.required");
            return;
        }
        Set<String> others = new HashSet<>(active);
        others.remove(field.name());
        try {
            expressions.check(field.expression(), others);
        } catch (ExpressionException invalid) {
            v.reject(at + ".expression", invalid.messageKey(), invalid.args().toArray());
        }
    }

    private static void dates(Validator v, String at, FieldDefinition field) {
        if (field.minimumDate() == null && field.maximumDate() == null) {
            return;
        }
        v.check(field.type() == FieldType.DATE, at + ".minimumDate", "form.error.notApplicable");
        try {
            LocalDate earliest = field.minimumDate() == null ? null : LocalDate.parse(field.minimumDate());
            LocalDate latest = field.maximumDate() == null ? null : LocalDate.parse(field.maximumDate());
            v.check(earliest == null || latest == null || !earliest.isAfter(latest), at + ".maximumDate", "form.error.minAboveMax");
        } catch (DateTimeParseException e) {
            v.reject(at + ".minimumDate", "core.error.invalidDate");
        }
    }

    private static void condition(Validator v, String at, FieldDefinition field, Condition condition, Set<String> active) {
        if (condition != null) {
            v.check(active.contains(condition.field()) && !condition.field().equals(field.name()), at + ".field", "form.error.conditionField");
        }
    }

    private static void layout(Validator v, FormDefinition form, Set<String> active) {
        Set<String> placed = new HashSet<>();
        for (int t = 0; t < form.tabs().size(); t++) {
            FormTab tab = form.tabs().get(t);
            for (int s = 0; s < tab.sections().size(); s++) {
                FormSection section = tab.sections().get(s);
                String at = "tabs[" + t + "].sections[" + s + "].fields";
                for (String name : section.fields()) {
                    v.check(active.contains(name), at, "form.error.unknownField", name);
                    v.check(placed.add(name), at, "form.error.placedTwice", name);
                }
            }
        }
        List<String> columns = form.listColumns();
        columns.forEach(name -> v.check(active.contains(name), "listColumns", "form.error.unknownField", name));
    }

    private static void label(Validator v, String at, String fa, String en) {
        boolean present = fa != null && !fa.isBlank() || en != null && !en.isBlank();
        v.check(present, at, "form.error.label");
        v.check((fa == null || fa.length() <= MAX_LABEL) && (en == null || en.length() <= MAX_LABEL), at, "core.error.tooLong", MAX_LABEL);
    }

    private static boolean compiles(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
