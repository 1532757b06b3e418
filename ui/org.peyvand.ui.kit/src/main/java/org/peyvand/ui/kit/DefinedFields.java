package org.peyvand.ui.kit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FieldType;

import com.vaadin.data.HasValue;
import com.vaadin.data.provider.CallbackDataProvider;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.AbstractTextField;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;

/**
 * The input of a defined field, by its type: text read left to right where it holds codes,
 * numbers and addresses, money in the user's unit, dates in the user's calendar, choices, lookups
 * from the sources the screen supplies, and a disabled field with a note where the value cannot be
 * entered here.
 */
final class DefinedFields {
    private static final int LOOKUP_LIMIT = 50;
    private static final int SHORT_TEXT = 500;
    private static final int LONG_TEXT = 4000;

    private final Messages messages;
    private final DisplayFormat format;
    private final String language;
    private final Map<String, OptionLookup> lookups;
    private final FileUploads uploads;

    DefinedFields(Messages messages, DisplayFormat format, Map<String, OptionLookup> lookups, FileUploads uploads) {
        this.messages = messages;
        this.format = format;
        this.language = messages.locale().getLanguage();
        this.lookups = lookups;
        this.uploads = uploads;
    }

    RenderedForm.Field build(FieldDefinition field) {
        String caption = field.label().in(language);
        RenderedForm.Field built = switch (field.type()) {
            case TEXT -> text(field, new TextField(caption), SHORT_TEXT, false);
            case LONG_TEXT -> {
                TextArea area = new TextArea(caption);
                area.setRows(3);
                yield text(field, area, LONG_TEXT, false);
            }
            case EMAIL, URL, PHONE, NATIONAL_ID, INTEGER, DECIMAL, PERCENT, MONEY ->
                text(field, new TextField(caption), SHORT_TEXT, true);
            case DATE -> date(field, caption);
            case DATE_TIME -> dateTime(field, caption);
            case BOOLEAN -> bool(field, caption);
            case SELECT -> select(field, caption);
            case MULTI_SELECT -> choices(field, caption);
            case LOOKUP, USER, ORG_UNIT -> lookup(field, caption, field.referencedType());
            case COMPUTED -> computed(field, caption);
            case FILE, IMAGE -> file(field, caption);
        };
        AbstractComponent component = built.component();
        component.setWidth("100%");
        component.setId("field-" + field.name());
        String help = field.help() == null ? "" : field.help().in(language);
        if (!help.isBlank()) {
            component.setDescription(help);
        }
        if (field.readOnly() && component instanceof HasValue<?> input) {
            input.setReadOnly(true);
        }
        return built;
    }

    /** A combo box offering what {@code lookup} finds for the text typed so far. */
    static ComboBox<Option> lookupBox(String caption, OptionLookup lookup) {
        ComboBox<Option> box = new ComboBox<>(caption);
        box.setDataProvider(new CallbackDataProvider<Option, String>(
                query -> lookup.find(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream().skip(query.getOffset()),
                query -> lookup.find(query.getFilter().orElse(""), LOOKUP_LIMIT).size()));
        box.setItemCaptionGenerator(Option::label);
        return box;
    }

    private RenderedForm.Field text(FieldDefinition field, AbstractTextField input, int limit, boolean leftToRight) {
        input.setMaxLength(field.maxLength() != null ? field.maxLength() : limit);
        if (leftToRight) {
            input.addStyleName("crm-ltr");
        }
        FieldType type = field.type();
        return entered(field, input, () -> FieldText.read(type, input.getValue(), format),
                value -> input.setValue(FieldText.show(type, value, format)));
    }

    private RenderedForm.Field date(FieldDefinition field, String caption) {
        CrmDateField input = new CrmDateField(caption, format, messages.get("core.error.invalidDate"));
        return new RenderedForm.Field(field.name(), input, input::getValue, value -> input.setValue((LocalDate) value), field,
                !field.readOnly(), input::isInputValid);
    }

    private RenderedForm.Field dateTime(FieldDefinition field, String caption) {
        CrmDateTimeField input = new CrmDateTimeField(caption, format, FieldText.IRAN, messages.get("core.error.invalidDate"));
        return new RenderedForm.Field(field.name(), input, input::getValue, value -> input.setValue((Instant) value), field,
                !field.readOnly(), input::isInputValid);
    }

    private RenderedForm.Field bool(FieldDefinition field, String caption) {
        CheckBox input = new CheckBox(caption);
        return entered(field, input, input::getValue, value -> input.setValue(Boolean.TRUE.equals(value)));
    }

    private RenderedForm.Field select(FieldDefinition field, String caption) {
        List<Option> options = field.options().stream().map(this::option).toList();
        ComboBox<Option> input = new ComboBox<>(caption, options);
        input.setItemCaptionGenerator(Option::label);
        return entered(field, input, () -> input.getValue() == null ? null : input.getValue().value(),
                value -> input.setValue(options.stream().filter(o -> Objects.equals(o.value(), value)).findFirst().orElse(null)));
    }

    private RenderedForm.Field choices(FieldDefinition field, String caption) {
        Map<String, String> labels = new LinkedHashMap<>();
        field.options().forEach(o -> labels.put(o.value(), option(o).label()));
        CheckBoxGroup<String> input = new CheckBoxGroup<>(caption, labels.keySet());
        input.setItemCaptionGenerator(labels::get);
        input.addStyleName("crm-choices");
        return entered(field, input, () -> FieldText.choices(field, input.getValue()),
                value -> input.setValue(value instanceof Collection<?> picked ? Set.copyOf(picked.stream().map(String::valueOf).toList())
                        : Set.of()));
    }

    private RenderedForm.Field lookup(FieldDefinition field, String caption, String source) {
        OptionLookup lookup = source == null ? null : lookups.get(source);
        if (lookup == null) {
            return unavailable(field, caption, "kit.form.noLookup");
        }
        ComboBox<Option> input = lookupBox(caption, lookup);
        return entered(field, input, () -> input.getValue() == null ? null : input.getValue().value(),
                value -> input.setValue(value == null ? null : lookup.byValue(value).orElse(null)));
    }

    private RenderedForm.Field file(FieldDefinition field, String caption) {
        if (uploads == null) {
            return unavailable(field, caption, "kit.form.noFiles");
        }
        FileField input = new FileField(caption, messages, uploads, field.type() == FieldType.IMAGE);
        return entered(field, input, input::getValue, value -> input.setValue(value == null ? null : ((Number) value).longValue()));
    }

    /** Worked out by the service from other fields: shows the stored result, never sends one. */
    private RenderedForm.Field computed(FieldDefinition field, String caption) {
        TextField input = new TextField(caption);
        input.addStyleName("crm-ltr");
        input.setReadOnly(true);
        input.setPlaceholder(messages.get("kit.form.computed"));
        return new RenderedForm.Field(field.name(), input, () -> null, value -> input.setValue(FieldText.show(FieldType.COMPUTED, value,
                format)), field, false, () -> true);
    }

    private RenderedForm.Field unavailable(FieldDefinition field, String caption, String noteKey) {
        TextField input = new TextField(caption);
        String note = messages.get(noteKey);
        input.setPlaceholder(note);
        input.setDescription(note);
        input.setEnabled(false);
        return new RenderedForm.Field(field.name(), input, () -> null, value -> {
        }, field, false, () -> true);
    }

    private RenderedForm.Field entered(FieldDefinition field, AbstractComponent input, Supplier<Object> reader, Consumer<Object> writer) {
        return new RenderedForm.Field(field.name(), input, reader, writer, field, !field.readOnly(), () -> true);
    }

    private Option option(FieldOption option) {
        String label = option.label() == null ? "" : option.label().in(language);
        return new Option(option.value(), label.isBlank() ? option.value() : label);
    }
}
