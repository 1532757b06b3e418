package org.peyvand.ui.kit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormSection;
import org.peyvand.platform.form.FormTab;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.form.RecordLookups;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.AbstractTextField;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;

/**
 * Builds a form from field descriptions: labels in the user's language, dates in the user's
 * calendar, left-to-right input for codes, numbers and emails, a required marker. Values are
 * read and written as a map by field name, the same names the service reports in field errors.
 *
 * <p>Fields come from the methods named after their input, or from form definitions
 * ({@link #field}, {@link #form}, {@link #customFields}), which also bring their help, their
 * conditions and the layout in tabs and sections; the two mix in one form.
 */
public final class FormRenderer {

    private final Messages messages;
    private final DisplayFormat format;
    private final List<RenderedForm.Field> fields = new ArrayList<>();
    private final Map<String, OptionLookup> lookups = new HashMap<>();
    private FileUploads uploads;
    private List<FormTab> arrangement;

    public FormRenderer(Messages messages, DisplayFormat format) {
        this.messages = messages;
        this.format = format;
    }

    public FormRenderer text(String name, String labelKey, boolean required, int maxLength) {
        TextField field = new TextField(messages.get(labelKey));
        return textual(name, field, required, maxLength);
    }

    /** Emails and web addresses: read left to right in any language. */
    public FormRenderer ltrText(String name, String labelKey, boolean required, int maxLength) {
        TextField field = new TextField(messages.get(labelKey));
        field.addStyleName("crm-ltr");
        return textual(name, field, required, maxLength);
    }

    /**
     * Codes and phone numbers: left to right, shown in the user's digits; the service accepts
     * Persian, Arabic and Latin digits alike.
     */
    public FormRenderer digits(String name, String labelKey, boolean required, int maxLength) {
        TextField field = new TextField(messages.get(labelKey));
        field.addStyleName("crm-ltr");
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(required);
        return add(name, field, () -> field.getValue().isBlank() ? null : field.getValue().trim(),
                value -> field.setValue(value == null ? "" : format.digits(String.valueOf(value))));
    }

    public FormRenderer longText(String name, String labelKey, boolean required, int maxLength) {
        TextArea field = new TextArea(messages.get(labelKey));
        field.setRows(3);
        return textual(name, field, required, maxLength);
    }

    public FormRenderer date(String name, String labelKey, boolean required) {
        CrmDateField field = new CrmDateField(messages.get(labelKey), format, messages.get("core.error.invalidDate"));
        field.setRequiredIndicatorVisible(required);
        field.setWidth("100%");
        field.setId("field-" + name);
        fields.add(new RenderedForm.Field(name, field, field::getValue, value -> field.setValue((LocalDate) value), null, true,
                field::isInputValid));
        return this;
    }

    public FormRenderer select(String name, String labelKey, boolean required, List<Option> options) {
        ComboBox<Option> field = new ComboBox<>(messages.get(labelKey), options);
        field.setItemCaptionGenerator(Option::label);
        field.setRequiredIndicatorVisible(required);
        return add(name, field, () -> field.getValue() == null ? null : field.getValue().value(),
                value -> field.setValue(options.stream().filter(o -> Objects.equals(o.value(), value)).findFirst().orElse(null)));
    }

    /** A record picked by typing part of its name; {@code lookup} answers as the user types. */
    public FormRenderer lookup(String name, String labelKey, boolean required, OptionLookup lookup) {
        ComboBox<Option> field = DefinedFields.lookupBox(messages.get(labelKey), lookup);
        field.setRequiredIndicatorVisible(required);
        return add(name, field, () -> field.getValue() == null ? null : field.getValue().value(),
                value -> field.setValue(value == null ? null : lookup.byValue(value).orElse(null)));
    }

    /**
     * Where defined lookup fields find their records: by record type for {@code LOOKUP} fields,
     * under {@link RecordLookups#USERS} and {@link RecordLookups#ORG_UNITS} for user and org unit fields. A lookup without a
     * source shows disabled, with a note. Give them before the fields.
     */
    public FormRenderer lookups(Map<String, OptionLookup> sources) {
        lookups.putAll(sources);
        return this;
    }

    /** Where file and image fields keep their uploads; without it they show disabled, with a note. Give it before the fields. */
    public FormRenderer files(FileUploads source) {
        this.uploads = source;
        return this;
    }

    /** A field as its definition describes it, labelled in the messages' language. */
    public FormRenderer field(FieldDefinition definition) {
        fields.add(new DefinedFields(messages, format, lookups, uploads).build(definition));
        return this;
    }

    /** Every field the form shows, laid out as it arranges them. */
    public FormRenderer form(FormDefinition form) {
        form.activeFields().forEach(this::field);
        return arrange(form.arrangedTabs());
    }

    /**
     * The custom fields of a record type, for the editor of a module that builds its own fields:
     * each goes where the form's layout places it, among the module's fields of the same names;
     * custom fields the layout does not place get a section of their own at the end.
     */
    public FormRenderer customFields(FormDefinition form) {
        form.customFields().forEach(this::field);
        Set<String> placed = form.tabs().stream().flatMap(t -> t.sections().stream()).flatMap(s -> s.fields().stream())
                .collect(Collectors.toSet());
        List<String> unplaced = form.customFields().stream().map(FieldDefinition::name).filter(n -> !placed.contains(n)).toList();
        if (unplaced.isEmpty()) {
            return arrange(form.tabs());
        }
        String title = messages.get("kit.form.customFields");
        FormSection own = new FormSection(LocalizedText.of(title, title), 2, unplaced);
        List<FormTab> tabs = new ArrayList<>(form.tabs());
        if (tabs.isEmpty()) {
            // the module's own fields, which the form does not arrange, come first
            tabs.add(new FormTab(null, List.of(new FormSection(null, 1, List.of()), own)));
        } else {
            FormTab last = tabs.remove(tabs.size() - 1);
            List<FormSection> sections = new ArrayList<>(last.sections());
            sections.add(own);
            tabs.add(new FormTab(last.title(), sections));
        }
        return arrange(tabs);
    }

    /**
     * Lays the fields out in these tabs and sections instead of one column; a field they do not
     * name stays next to the field added before it.
     */
    public FormRenderer arrange(List<FormTab> tabs) {
        this.arrangement = List.copyOf(tabs);
        return this;
    }

    public RenderedForm render() {
        List<Placement.Tab> tabs = arrangement == null ? null
                : Placement.of(arrangement, fields.stream().map(RenderedForm.Field::name).toList(), messages.locale().getLanguage());
        return new RenderedForm(List.copyOf(fields), messages, tabs);
    }

    private FormRenderer textual(String name, AbstractTextField field, boolean required, int maxLength) {
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(required);
        return add(name, field, () -> field.getValue().isBlank() ? null : field.getValue().trim(),
                value -> field.setValue(value == null ? "" : String.valueOf(value)));
    }

    private FormRenderer add(String name, AbstractComponent component, Supplier<Object> reader, Consumer<Object> writer) {
        component.setWidth("100%");
        component.setId("field-" + name);
        fields.add(new RenderedForm.Field(name, component, reader, writer, null, true, () -> true));
        return this;
    }
}
