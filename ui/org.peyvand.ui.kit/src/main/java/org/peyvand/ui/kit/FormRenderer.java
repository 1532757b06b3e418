package org.peyvand.ui.kit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;

import com.vaadin.data.provider.CallbackDataProvider;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.AbstractTextField;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;

/**
 * Builds a form from field descriptions: labels in the user's language, dates in the user's
 * calendar, left-to-right input for codes, numbers and emails, a required marker. Values are
 * read and written as a map by field name, the same names the service reports in field errors.
 */
public final class FormRenderer {
    private final Messages messages;
    private final DisplayFormat format;
    private final List<RenderedForm.Field> fields = new ArrayList<>();

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
        return add(name, field, field::getValue, value -> field.setValue((LocalDate) value));
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
        ComboBox<Option> field = new ComboBox<>(messages.get(labelKey));
        field.setDataProvider(new CallbackDataProvider<Option, String>(
                query -> lookup.find(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream().skip(query.getOffset()),
                query -> lookup.find(query.getFilter().orElse(""), LOOKUP_LIMIT).size()));
        field.setItemCaptionGenerator(Option::label);
        field.setRequiredIndicatorVisible(required);
        return add(name, field, () -> field.getValue() == null ? null : field.getValue().value(),
                value -> field.setValue(value == null ? null : lookup.byValue(value).orElse(null)));
    }

    public RenderedForm render() {
        return new RenderedForm(List.copyOf(fields), messages);
    }

    private static final int LOOKUP_LIMIT = 50;

    private FormRenderer textual(String name, AbstractTextField field, boolean required, int maxLength) {
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(required);
        return add(name, field, () -> field.getValue().isBlank() ? null : field.getValue().trim(),
                value -> field.setValue(value == null ? "" : String.valueOf(value)));
    }

    private FormRenderer add(String name, AbstractComponent component, java.util.function.Supplier<Object> reader,
            java.util.function.Consumer<Object> writer) {
        component.setWidth("100%");
        component.setId("field-" + name);
        fields.add(new RenderedForm.Field(name, component, reader, writer));
        return this;
    }
}
