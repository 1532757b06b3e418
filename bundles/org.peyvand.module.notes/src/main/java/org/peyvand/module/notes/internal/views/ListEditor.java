package org.peyvand.module.notes.internal.views;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.peyvand.module.notes.ListInput;
import org.peyvand.module.notes.ListKind;
import org.peyvand.module.notes.ListService;
import org.peyvand.module.notes.MarketingList;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.report.ReportType;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextField;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A new list: its name, the record type of its members, and its kind; a dynamic one takes a filter
 * of the report builder (a field of the type, an operator, a value), which the service checks by
 * running it. Lists with more filters are made through REST.
 */
final class ListEditor extends Window {
    private static final long serialVersionUID = 1L;

    ListEditor(UiContext context, ListService lists, ReportService reports, Consumer<MarketingList> created) {
        Messages messages = context.messages();
        String language = context.caller().locale().getLanguage();
        setCaption(messages.get("notes.list.new"));
        setId("list-editor");
        setModal(true);
        setWidth("34em");
        List<ReportType> types = context.call(() -> reports.types(context.caller())).orElse(List.of());

        TextField name = new TextField(messages.get("notes.list.name"));
        name.setId("list-name");
        name.setWidth("100%");
        ComboBox<ReportType> type = new ComboBox<>(messages.get("notes.list.recordType"), types);
        type.setId("list-type");
        type.setItemCaptionGenerator(t -> t.label().in(language));
        type.setEmptySelectionAllowed(false);
        ComboBox<ListKind> kind = new ComboBox<>(messages.get("notes.list.kind"), List.of(ListKind.values()));
        kind.setId("list-kind");
        kind.setItemCaptionGenerator(k -> messages.get("notes.kind." + k.name()));
        kind.setEmptySelectionAllowed(false);
        kind.setValue(ListKind.STATIC);
        ComboBox<ReportType.Field> field = new ComboBox<>(messages.get("notes.list.filterField"));
        field.setId("list-filter-field");
        field.setItemCaptionGenerator(f -> f.label().in(language));
        ComboBox<FilterOperator> operator = new ComboBox<>(messages.get("notes.list.filterOperator"), List.of(FilterOperator.values()));
        operator.setId("list-filter-operator");
        operator.setItemCaptionGenerator(o -> messages.get("notes.operator." + o.name()));
        operator.setValue(FilterOperator.EQUALS);
        TextField value = new TextField(messages.get("notes.list.filterValue"));
        value.setId("list-filter-value");
        type.addValueChangeListener(e -> field.setItems(e.getValue() == null ? List.of() : e.getValue().fields()));
        kind.addValueChangeListener(e -> {
            boolean dynamic = e.getValue() == ListKind.DYNAMIC;
            field.setVisible(dynamic);
            operator.setVisible(dynamic);
            value.setVisible(dynamic);
        });
        field.setVisible(false);
        operator.setVisible(false);
        value.setVisible(false);

        Button save = Buttons.of(messages.get("notes.save"), VaadinIcons.CHECK, e -> {
            List<ReportFilter> filters = kind.getValue() != ListKind.DYNAMIC || field.isEmpty() || operator.isEmpty() ? List.of()
                    : List.of(new ReportFilter(field.getValue().name(), operator.getValue(), value.isEmpty() ? List.of() : List.of(value.getValue()),
                            null));
            String recordType = Optional.ofNullable(type.getValue()).map(ReportType::key).orElse(null);
            context.call(() -> lists.create(context.caller(), new ListInput(name.getValue(), recordType, kind.getValue(), filters)))
                    .ifPresent(list -> {
                        close();
                        created.accept(list);
                    });
        });
        save.setId("list-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        FormLayout form = new FormLayout(name, type, kind, field, operator, value, save);
        form.setMargin(true);
        setContent(form);
    }
}
