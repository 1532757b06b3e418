package org.peyvand.ui.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.ChartType;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportGroup;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportShare;
import org.peyvand.platform.report.ReportSort;
import org.peyvand.platform.report.ReportType;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.CrmDateField;
import org.peyvand.ui.kit.ExportWindow;
import org.peyvand.ui.report.internal.chart.ChartData;
import org.peyvand.ui.report.internal.chart.ReportChart;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.UserError;
import com.vaadin.shared.ui.dnd.DropEffect;
import com.vaadin.shared.ui.dnd.EffectAllowed;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.dnd.DragSourceExtension;
import com.vaadin.ui.dnd.DropTargetExtension;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Designs a report and shows it as it is designed: the record type, its columns and their
 * aggregates, groups (dates by day, week, month, quarter or year of either calendar), filters,
 * sorts and chart on one side; on the other the result, run again after every change, with its
 * chart. What the report kernel refuses is marked on the part of the design it names. A chart's
 * bar or a result's row opens the records behind it.
 */
final class ReportBuilder extends CssLayout {
    private static final long serialVersionUID = 1L;
    /** Typing in a filter's value runs the preview once the user pauses this long. */
    private static final int TYPING_PAUSE_MS = 600;
    private static final List<DateBucket> JALALI_FIRST = List.of(DateBucket.DAY, DateBucket.JALALI_WEEK, DateBucket.JALALI_MONTH,
            DateBucket.JALALI_QUARTER, DateBucket.JALALI_YEAR, DateBucket.GREGORIAN_WEEK, DateBucket.GREGORIAN_MONTH,
            DateBucket.GREGORIAN_QUARTER, DateBucket.GREGORIAN_YEAR);
    private static final List<DateBucket> GREGORIAN_FIRST = List.of(DateBucket.DAY, DateBucket.GREGORIAN_WEEK, DateBucket.GREGORIAN_MONTH,
            DateBucket.GREGORIAN_QUARTER, DateBucket.GREGORIAN_YEAR, DateBucket.JALALI_WEEK, DateBucket.JALALI_MONTH,
            DateBucket.JALALI_QUARTER, DateBucket.JALALI_YEAR);
    private static final List<FilterOperator> DATE_OPERATORS = List.of(FilterOperator.IN_PERIOD, FilterOperator.EQUALS, FilterOperator.GREATER,
            FilterOperator.GREATER_OR_EQUAL, FilterOperator.LESS, FilterOperator.LESS_OR_EQUAL, FilterOperator.EMPTY, FilterOperator.NOT_EMPTY);
    private static final List<FilterOperator> VALUE_OPERATORS = Arrays.stream(FilterOperator.values())
            .filter(o -> o != FilterOperator.IN_PERIOD && o != FilterOperator.SEARCH).toList();

    private final transient UiContext context;
    private final transient ReportServices services;
    private final transient Messages messages;
    private final String language;
    private final transient Runnable back;
    private final transient List<ReportType> types;

    private transient SavedReport saved;
    private transient ReportType type;
    private LocalizedText title;
    private transient List<ReportShare> shares = List.of();
    private final transient List<ReportColumn> columns = new ArrayList<>();
    private final transient List<ReportGroup> groups = new ArrayList<>();
    private final transient List<ReportFilter> filters = new ArrayList<>();
    private final transient List<ReportSort> sorts = new ArrayList<>();
    private ChartType chart = ChartType.BAR;

    /** The parts of the design by the path the kernel names them with ({@code groups[0].bucket}), for its refusals. */
    private final Map<String, AbstractComponent> parts = new HashMap<>();
    private final Label heading = new Label();
    private final CssLayout toolbar = new CssLayout();
    private final CssLayout design = new CssLayout();
    private final Label errors = new Label();
    private final Label notices = new Label();
    private final ReportChart chartView;
    private final CssLayout resultHolder = new CssLayout();
    private transient ReportDefinition shown;
    private transient ReportResult result;

    ReportBuilder(UiContext context, ReportServices services, SavedReport saved, Runnable back) {
        this.context = context;
        this.services = services;
        this.messages = context.messages();
        this.language = messages.locale().getLanguage();
        this.back = back;
        this.types = context.call(() -> services.reports().types(context.caller())).orElse(List.of());
        this.chartView = new ReportChart(context.rightToLeft(), context.format().digits("0123456789"));
        setId("report-builder");
        setWidth("100%");
        if (saved != null) {
            load(saved);
        }
        heading.addStyleName("crm-page-title");
        heading.setId("report-heading");
        toolbar.addStyleName("crm-row");
        design.addStyleName("crm-report-design");
        design.setId("report-design");
        errors.addStyleName("crm-report-errors");
        errors.setId("report-errors");
        errors.setVisible(false);
        notices.addStyleName("crm-report-notice");
        notices.setId("report-notices");
        notices.setVisible(false);
        chartView.setId("report-chart");
        chartView.onClick(this::drill);
        resultHolder.setWidth("100%");
        CssLayout preview = new CssLayout(errors, notices, chartView, resultHolder);
        preview.addStyleName("crm-report-preview");
        preview.setId("report-preview");
        CssLayout body = new CssLayout(design, preview);
        body.addStyleName("crm-report-builder");
        body.setWidth("100%");
        addComponents(toolbar, body);
        renderToolbar();
        render();
        preview();
    }

    private void load(SavedReport report) {
        this.saved = report;
        ReportDefinition definition = report.definition();
        this.type = types.stream().filter(t -> t.key().equals(definition.recordType())).findFirst().orElse(null);
        this.title = definition.title();
        this.shares = report.shares();
        columns.addAll(definition.columns());
        groups.addAll(definition.groups());
        filters.addAll(definition.filters());
        sorts.addAll(definition.sorts());
        chart = definition.chart();
    }

    /** The report as designed; its key only when the user may change the saved report it came from. */
    ReportDefinition definition() {
        String key = saved != null && saved.editable() ? saved.key() : null;
        return new ReportDefinition(key, title, type == null ? null : type.key(), groups, columns, filters, sorts, chart);
    }

    // ---------------------------------------------------------------- toolbar: back, export, save, save as, delete

    private void renderToolbar() {
        toolbar.removeAllComponents();
        heading.setValue(saved == null ? messages.get("report.ui.new") : Titles.of(saved.definition(), language, messages));
        Button backButton = button("report.ui.back", VaadinIcons.ARROW_BACKWARD, "report-back", back);
        toolbar.addComponents(heading, backButton);
        if (services.allows(context, ReportPermissions.EXPORT)) {
            toolbar.addComponents(button("kit.export.xlsx", VaadinIcons.FILE_TABLE, "report-export-xlsx", () -> export(ExportFormat.XLSX)),
                    button("kit.export.pdf", VaadinIcons.FILE_TEXT_O, "report-export-pdf", () -> export(ExportFormat.PDF)));
        }
        if (!services.allows(context, ReportPermissions.DESIGN)) {
            return;
        }
        if (saved == null || saved.editable()) {
            Button save = button("report.ui.save", VaadinIcons.CHECK, "report-save", () -> save(false));
            save.addStyleName(ValoTheme.BUTTON_PRIMARY);
            toolbar.addComponent(save);
        }
        if (saved != null) {
            toolbar.addComponent(button("report.ui.saveAs", VaadinIcons.COPY, "report-save-as", () -> save(true)));
        }
        if (saved != null && saved.editable()) {
            toolbar.addComponent(button("report.ui.delete", VaadinIcons.TRASH, "report-delete", this::delete));
        }
    }

    private void save(boolean asNew) {
        ReportDefinition designed = definition();
        if (asNew) {
            designed = new ReportDefinition(null, designed.title(), designed.recordType(), designed.groups(), designed.columns(),
                    designed.filters(), designed.sorts(), designed.chart());
        }
        SaveDialog.open(context, services, designed, asNew ? List.of() : shares, report -> {
            // the design goes on from the report as the library keeps it, its key, title and shares included
            columns.clear();
            groups.clear();
            filters.clear();
            sorts.clear();
            load(report);
            renderToolbar();
            render();
            preview();
            context.showSuccess(messages.get("report.ui.saved"));
        });
    }

    /** Exports the report as designed, saved or not; what cannot run is marked as the preview marks it. */
    private void export(ExportFormat format) {
        parts.values().forEach(p -> p.setComponentError(null));
        errors.setVisible(false);
        try {
            ExportWindow.start(context, services.exports(), definition(), format);
        } catch (ValidationException refused) {
            showErrors(refused.fieldErrors());
        } catch (RuntimeException failed) {
            context.showError(failed);
        }
    }

    private void delete() {
        ConfirmDialog.ask(messages.get("report.ui.delete"), messages.get("report.ui.deleteQuestion", Titles.of(saved.definition(), language,
                messages)), messages.get("report.ui.delete"), messages.get("report.ui.cancel"), true, () -> {
                    if (context.run(() -> services.library().delete(context.caller(), saved.key()))) {
                        context.showSuccess(messages.get("report.ui.deleted"));
                        back.run();
                    }
                });
    }

    // ---------------------------------------------------------------- the design

    /** Lays the design out again from the model, after a change of its shape. */
    private void render() {
        parts.clear();
        design.removeAllComponents();
        ComboBox<ReportType> typeBox = new ComboBox<>(messages.get("report.ui.recordType"), types);
        typeBox.setId("report-type");
        typeBox.setWidth("100%");
        typeBox.setItemCaptionGenerator(t -> t.label().in(language));
        typeBox.setEmptySelectionAllowed(false);
        typeBox.setValue(type);
        typeBox.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                changeType(e.getValue());
            }
        });
        parts.put("recordType", typeBox);
        design.addComponent(typeBox);
        if (type == null) {
            return;
        }
        CssLayout columnSection = section("columns", "report.ui.columns", columnRows(), this::addColumn);
        Button computed = button("report.ui.addComputed", VaadinIcons.CALC, "report-columns-add-computed", this::addComputed);
        computed.addStyleName(ValoTheme.BUTTON_SMALL);
        columnSection.addComponent(computed);
        design.addComponent(columnSection);
        design.addComponent(section("groups", "report.ui.groups", groupRows(), this::addGroup));
        design.addComponent(section("filters", "report.ui.filters", filterRows(), this::addFilter));
        design.addComponent(section("sorts", "report.ui.sorts", sortRows(), this::addSort));
        ComboBox<ChartType> chartBox = new ComboBox<>(messages.get("report.ui.chart"), Arrays.asList(ChartType.values()));
        chartBox.setId("report-chart-type");
        chartBox.setItemCaptionGenerator(c -> messages.get("report.ui.chart." + c.name()));
        chartBox.setEmptySelectionAllowed(false);
        chartBox.setValue(chart);
        chartBox.addValueChangeListener(e -> {
            chart = e.getValue();
            preview();
        });
        parts.put("chart", chartBox);
        design.addComponent(chartBox);
    }

    private void changeType(ReportType picked) {
        type = picked;
        columns.clear();
        groups.clear();
        filters.clear();
        sorts.clear();
        // a new design starts by counting the records, which every type can
        columns.add(ReportColumn.count());
        render();
        preview();
    }

    private CssLayout section(String path, String titleKey, List<Component> rows, Runnable add) {
        Label label = new Label(messages.get(titleKey));
        label.addStyleName("crm-report-section-title");
        CssLayout section = new CssLayout(label);
        section.addStyleName("crm-report-section");
        section.setId("report-" + path);
        section.setWidth("100%");
        rows.forEach(section::addComponent);
        Button adding = button("report.ui.add", VaadinIcons.PLUS, "report-" + path + "-add", add);
        adding.addStyleName(ValoTheme.BUTTON_SMALL);
        section.addComponent(adding);
        parts.put(path, section);
        return section;
    }

    private List<Component> columnRows() {
        List<Component> rows = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            ReportColumn column = columns.get(i);
            String path = "columns[" + i + "]";
            if (column.computed()) {
                rows.add(computedRow(column, index, path));
                continue;
            }
            ComboBox<ReportType.Field> field = fieldBox(path + ".field", column.field());
            field.setEmptySelectionAllowed(true);
            field.setEmptySelectionCaption(messages.get("report.ui.records"));
            field.addValueChangeListener(e -> change(columns, index, c -> new ReportColumn(name(e.getValue()), c.aggregate())));
            ComboBox<Aggregate> aggregate = new ComboBox<>(null, Arrays.asList(Aggregate.values()));
            aggregate.setId("report-" + path.replace("[", "-").replace("]", "") + "-aggregate");
            aggregate.setItemCaptionGenerator(a -> messages.get("report.ui.aggregate." + a.name()));
            aggregate.setEmptySelectionCaption(messages.get("report.ui.aggregate.none"));
            aggregate.setValue(column.aggregate());
            aggregate.addValueChangeListener(e -> change(columns, index, c -> new ReportColumn(c.field(), e.getValue())));
            parts.put(path + ".aggregate", aggregate);
            rows.add(row(columns, index, "column", field, aggregate));
        }
        return rows;
    }

    /** A column computed from the others: its expression, and its heading in the user's language (the other language's kept). */
    private Component computedRow(ReportColumn column, int index, String path) {
        String id = "report-columns-" + index;
        TextField expression = new TextField(null, column.expression());
        expression.setId(id + "-expression");
        expression.addStyleName("crm-ltr");
        expression.setPlaceholder(messages.get("report.ui.expressionHint"));
        expression.setValueChangeMode(ValueChangeMode.LAZY);
        expression.setValueChangeTimeout(TYPING_PAUSE_MS);
        expression.addValueChangeListener(e -> {
            ReportColumn current = columns.get(index);
            columns.set(index, ReportColumn.computed(e.getValue().strip(), current.label()));
            preview();
        });
        parts.put(path + ".expression", expression);
        LocalizedText label = column.label() == null ? LocalizedText.of("", "") : column.label();
        TextField heading = new TextField(null, label.in(language));
        heading.setId(id + "-label");
        heading.setPlaceholder(messages.get("report.ui.title"));
        heading.setValueChangeMode(ValueChangeMode.LAZY);
        heading.setValueChangeTimeout(TYPING_PAUSE_MS);
        heading.addValueChangeListener(e -> {
            ReportColumn current = columns.get(index);
            LocalizedText old = current.label() == null ? LocalizedText.of(null, null) : current.label();
            String text = e.getValue().strip();
            columns.set(index, ReportColumn.computed(current.expression(), "fa".equals(language) ? LocalizedText.of(text, old.en())
                    : LocalizedText.of(old.fa(), text)));
            preview();
        });
        parts.put(path + ".label", heading);
        return row(columns, index, "column", expression, heading);
    }

    private List<Component> groupRows() {
        List<Component> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            int index = i;
            ReportGroup group = groups.get(i);
            String path = "groups[" + i + "]";
            ComboBox<ReportType.Field> field = fieldBox(path + ".field", group.field());
            field.addValueChangeListener(e -> change(groups, index, g -> new ReportGroup(name(e.getValue()),
                    temporal(e.getValue()) ? defaultBucket() : null)));
            ComboBox<DateBucket> bucket = new ComboBox<>(null, "fa".equals(language) ? JALALI_FIRST : GREGORIAN_FIRST);
            bucket.setId("report-group-" + i + "-bucket");
            bucket.setItemCaptionGenerator(b -> messages.get("report.bucket." + b.name()));
            bucket.setEmptySelectionAllowed(false);
            bucket.setValue(group.bucket());
            bucket.setVisible(group.bucket() != null || temporal(field.getValue()));
            bucket.addValueChangeListener(e -> change(groups, index, g -> new ReportGroup(g.field(), e.getValue())));
            parts.put(path + ".bucket", bucket);
            rows.add(row(groups, index, "group", field, bucket));
        }
        return rows;
    }

    private List<Component> filterRows() {
        List<Component> rows = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            int index = i;
            ReportFilter filter = filters.get(i);
            String path = "filters[" + i + "]";
            ComboBox<ReportType.Field> field = fieldBox(path + ".field", filter.field());
            boolean date = temporal(field.getValue());
            field.addValueChangeListener(e -> change(filters, index, f -> new ReportFilter(name(e.getValue()),
                    temporal(e.getValue()) ? FilterOperator.IN_PERIOD : FilterOperator.EQUALS, List.of(),
                    temporal(e.getValue()) ? Period.of(Period.Kind.THIS_MONTH) : null)));
            ComboBox<FilterOperator> operator = new ComboBox<>(null, date ? DATE_OPERATORS : VALUE_OPERATORS);
            operator.setId("report-filter-" + i + "-operator");
            operator.setItemCaptionGenerator(o -> messages.get("report.ui.operator." + o.name()));
            operator.setEmptySelectionAllowed(false);
            operator.setValue(filter.operator());
            operator.addValueChangeListener(e -> change(filters, index, f -> new ReportFilter(f.field(), e.getValue(),
                    e.getValue() == FilterOperator.IN_PERIOD ? List.of() : f.values(),
                    e.getValue() == FilterOperator.IN_PERIOD ? Period.of(Period.Kind.THIS_MONTH) : null)));
            parts.put(path + ".operator", operator);
            List<Component> row = new ArrayList<>(List.of(field, operator));
            row.addAll(filterValue(filter, index, path, date));
            rows.add(row(filters, index, "filter", row.toArray(new Component[0])));
        }
        return rows;
    }

    /** The value part of a filter: nothing for empty or not, a period, a date in the user's calendar, or text. */
    private List<Component> filterValue(ReportFilter filter, int index, String path, boolean date) {
        FilterOperator operator = filter.operator();
        if (operator == null || operator == FilterOperator.EMPTY || operator == FilterOperator.NOT_EMPTY) {
            return List.of();
        }
        if (operator == FilterOperator.IN_PERIOD) {
            ComboBox<Period.Kind> kind = new ComboBox<>(null, Arrays.asList(Period.Kind.values()));
            kind.setId("report-filter-" + index + "-period");
            kind.setItemCaptionGenerator(k -> k == Period.Kind.LAST_DAYS ? messages.get("report.ui.lastDays") : messages.get("report.period." + k));
            kind.setEmptySelectionAllowed(false);
            kind.setValue(filter.period() == null ? null : filter.period().kind());
            kind.addValueChangeListener(e -> change(filters, index, f -> new ReportFilter(f.field(), f.operator(), List.of(),
                    e.getValue() == Period.Kind.LAST_DAYS ? Period.lastDays(30) : Period.of(e.getValue()))));
            parts.put(path + ".period", kind);
            if (filter.period() == null || filter.period().kind() != Period.Kind.LAST_DAYS) {
                return List.of(kind);
            }
            TextField days = new TextField();
            days.setId("report-filter-" + index + "-days");
            days.addStyleName("crm-report-narrow");
            days.setValue(filter.period().days() == null ? "" : context.format().number(filter.period().days()));
            days.setValueChangeMode(ValueChangeMode.LAZY);
            days.setValueChangeTimeout(TYPING_PAUSE_MS);
            days.addValueChangeListener(e -> {
                Integer count = wholeNumber(e.getValue());
                filters.set(index, new ReportFilter(filter.field(), filter.operator(), List.of(), new Period(Period.Kind.LAST_DAYS, count)));
                preview();
            });
            parts.put(path + ".period.days", days);
            return List.of(kind, days);
        }
        if (date) {
            CrmDateField day = new CrmDateField(null, context.format(), messages.get("report.ui.invalidDate"));
            day.setId("report-filter-" + index + "-date");
            day.setValue(filter.values().isEmpty() ? null : isoDay(filter.values().get(0)));
            day.addValueChangeListener(e -> {
                filters.set(index, new ReportFilter(filter.field(), filter.operator(), e.getValue() == null ? List.of()
                        : List.of(e.getValue().toString()), null));
                preview();
            });
            parts.put(path + ".values", day);
            return List.of(day);
        }
        TextField value = new TextField();
        value.setId("report-filter-" + index + "-value");
        value.setPlaceholder(operator == FilterOperator.IN ? messages.get("report.ui.valuesHint") : "");
        value.setValue(String.join(", ", filter.values()));
        value.setValueChangeMode(ValueChangeMode.LAZY);
        value.setValueChangeTimeout(TYPING_PAUSE_MS);
        value.addValueChangeListener(e -> {
            filters.set(index, new ReportFilter(filter.field(), filter.operator(), values(e.getValue(), filter.operator()), null));
            preview();
        });
        parts.put(path + ".values", value);
        return List.of(value);
    }

    private List<Component> sortRows() {
        List<String> headings = new ArrayList<>();
        groups.forEach(g -> headings.add(fieldLabel(g.field())));
        columns.forEach(c -> headings.add(c.computed() ? (c.label() == null ? c.expression() : c.label().in(language))
                : c.field() == null ? messages.get("report.ui.aggregate.COUNT")
                : c.aggregate() == null ? fieldLabel(c.field())
                        : messages.get("report.ui.heading.aggregate", messages.get("report.ui.aggregate." + c.aggregate()), fieldLabel(c.field()))));
        List<Component> rows = new ArrayList<>();
        for (int i = 0; i < sorts.size(); i++) {
            int index = i;
            ReportSort sort = sorts.get(i);
            ComboBox<Integer> column = new ComboBox<>(null, IntStream.range(0, headings.size()).boxed().toList());
            column.setId("report-sort-" + i + "-column");
            column.setItemCaptionGenerator(headings::get);
            column.setEmptySelectionAllowed(false);
            column.setValue(sort.column() < headings.size() ? sort.column() : null);
            column.addValueChangeListener(e -> change(sorts, index, s -> new ReportSort(e.getValue(), s.descending())));
            CheckBox descending = new CheckBox(messages.get("report.ui.descending"), sort.descending());
            descending.setId("report-sort-" + i + "-descending");
            descending.addValueChangeListener(e -> change(sorts, index, s -> new ReportSort(s.column(), e.getValue())));
            rows.add(row(sorts, index, "sort", column, descending));
        }
        return rows;
    }

    private void addColumn() {
        columns.add(ReportColumn.count());
        render();
        preview();
    }

    private void addComputed() {
        columns.add(ReportColumn.computed("", LocalizedText.of("", "")));
        render();
        preview();
    }

    private void addGroup() {
        ReportType.Field first = type.fields().get(0);
        groups.add(new ReportGroup(first.name(), temporal(first) ? defaultBucket() : null));
        render();
        preview();
    }

    private void addFilter() {
        ReportType.Field first = type.fields().get(0);
        filters.add(temporal(first) ? ReportFilter.in(first.name(), Period.of(Period.Kind.THIS_MONTH))
                : new ReportFilter(first.name(), FilterOperator.NOT_EMPTY, List.of(), null));
        render();
        preview();
    }

    private void addSort() {
        sorts.add(new ReportSort(0, true));
        render();
        preview();
    }

    /**
     * A row of one list of the design, dragged to its place in the list or moved with its up and down
     * buttons, which keyboards and touch screens use, and removed with its own button.
     */
    private <T> CssLayout row(List<T> list, int index, String name, Component... components) {
        // the grip, not the row, is dragged: the fields of a draggable row would not take the mouse as fields do
        Label grip = new Label(VaadinIcons.ELLIPSIS_DOTS_V.getHtml(), ContentMode.HTML);
        grip.addStyleName("crm-report-grip");
        grip.setDescription(messages.get("report.ui.drag"));
        CssLayout row = new CssLayout(grip);
        row.addComponents(components);
        row.addStyleName("crm-report-row");
        row.setId("report-" + name + "-" + index);
        DragSourceExtension<Label> drag = new DragSourceExtension<>(grip);
        drag.setEffectAllowed(EffectAllowed.MOVE);
        drag.setDragData(new Dragged(list, index));
        DropTargetExtension<CssLayout> drop = new DropTargetExtension<>(row);
        drop.setDropEffect(DropEffect.MOVE);
        drop.addDropListener(event -> event.getDragData()
                .filter(data -> data instanceof Dragged dragged && dragged.list() == list && dragged.index() != index)
                .ifPresent(data -> move(list, ((Dragged) data).index(), index)));
        Button up = button(null, VaadinIcons.ARROW_UP, "report-" + name + "-" + index + "-up", () -> move(list, index, index - 1));
        up.setDescription(messages.get("report.ui.up"));
        up.setEnabled(index > 0);
        Button down = button(null, VaadinIcons.ARROW_DOWN, "report-" + name + "-" + index + "-down", () -> move(list, index, index + 1));
        down.setDescription(messages.get("report.ui.down"));
        down.setEnabled(index < list.size() - 1);
        Button remove = button(null, VaadinIcons.CLOSE_SMALL, "report-" + name + "-" + index + "-remove", () -> {
            list.remove(index);
            render();
            preview();
        });
        remove.setDescription(messages.get("report.ui.remove"));
        for (Button b : List.of(up, down, remove)) {
            b.addStyleNames(ValoTheme.BUTTON_ICON_ONLY, ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_BORDERLESS);
            row.addComponent(b);
        }
        return row;
    }

    /** The item at {@code from} taken out and put in at {@code to}, the items between shifting by one. */
    private <T> void move(List<T> list, int from, int to) {
        list.add(to, list.remove(from));
        render();
        preview();
    }

    /** What a dragged row carries: its list, so a row dropped on another list's row is ignored, and its place. */
    private record Dragged(List<?> list, int index) {
    }

    private <T> void change(List<T> list, int index, UnaryOperator<T> edit) {
        list.set(index, edit.apply(list.get(index)));
        render();
        preview();
    }

    private ComboBox<ReportType.Field> fieldBox(String path, String name) {
        ComboBox<ReportType.Field> box = new ComboBox<>(null, type.fields());
        box.setId("report-" + path.replace("[", "-").replace("]", "").replace('.', '-'));
        box.setItemCaptionGenerator(f -> f.label().in(language));
        box.setEmptySelectionAllowed(false);
        box.setValue(field(name).orElse(null));
        parts.put(path, box);
        return box;
    }

    private Optional<ReportType.Field> field(String name) {
        return name == null || type == null ? Optional.empty() : type.fields().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private String fieldLabel(String name) {
        return field(name).map(f -> f.label().in(language)).orElse(name == null ? "" : name);
    }

    private DateBucket defaultBucket() {
        return "fa".equals(language) ? DateBucket.JALALI_MONTH : DateBucket.GREGORIAN_MONTH;
    }

    private static boolean temporal(ReportType.Field field) {
        return field != null && (field.type() == FieldType.DATE || field.type() == FieldType.DATE_TIME);
    }

    private static String name(ReportType.Field field) {
        return field == null ? null : field.name();
    }

    /** A filter's typed values: several, separated by commas, for "one of". */
    static List<String> values(String typed, FilterOperator operator) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        if (operator != FilterOperator.IN) {
            return List.of(typed.strip());
        }
        return Arrays.stream(typed.split("[,\u060C]")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static Integer wholeNumber(String typed) {
        String latin = PersianText.toLatinDigits(typed == null ? "" : typed.strip());
        try {
            return latin.isEmpty() ? null : Integer.valueOf(latin);
        } catch (NumberFormatException notANumber) {
            // the kernel names the missing number on the field
            return null;
        }
    }

    private static LocalDate isoDay(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    private Button button(String captionKey, VaadinIcons icon, String id, Runnable action) {
        Button button = new Button(captionKey == null ? null : messages.get(captionKey), icon);
        button.setId(id);
        button.addClickListener(e -> action.run());
        return button;
    }

    // ---------------------------------------------------------------- the preview

    /** Runs the report as designed and shows its result and chart, or marks what the kernel refuses. */
    private void preview() {
        parts.values().forEach(p -> p.setComponentError(null));
        errors.setVisible(false);
        notices.setVisible(false);
        if (type == null) {
            showResult(null, null);
            return;
        }
        ReportDefinition definition = definition();
        try {
            showResult(definition, services.reports().run(context.caller(), definition));
        } catch (ValidationException refused) {
            showResult(null, null);
            showErrors(refused.fieldErrors());
        } catch (RuntimeException failed) {
            showResult(null, null);
            context.showError(failed);
        }
    }

    private void showErrors(List<FieldError> fieldErrors) {
        List<String> elsewhere = new ArrayList<>();
        for (FieldError error : fieldErrors) {
            // the kernel names fields by their names: the user knows them by their labels
            Object[] args = error.args().stream().map(a -> a instanceof String name && field(name).isPresent() ? fieldLabel(name) : a).toArray();
            String reason = messages.get(error.messageKey(), args);
            Optional<AbstractComponent> part = part(error.field());
            if (part.isPresent()) {
                part.get().setComponentError(new UserError(reason));
            }
            // the reason is listed too: a section's mark shows only on hovering it
            elsewhere.add(reason);
        }
        errors.setValue(String.join("\n", elsewhere));
        errors.setVisible(true);
    }

    /** The part of the design a path names, or the closest one holding it ({@code filters[0].period.days} in {@code filters[0].period}). */
    private Optional<AbstractComponent> part(String path) {
        return parts.keySet().stream().filter(p -> path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "["))
                .max(Comparator.comparingInt(String::length)).map(parts::get);
    }

    private void showResult(ReportDefinition definition, ReportResult shownResult) {
        this.shown = definition;
        this.result = shownResult;
        resultHolder.removeAllComponents();
        if (shownResult == null) {
            chartView.show(ChartData.NONE);
            return;
        }
        int groups = DrillDown.groups(definition, shownResult.columns());
        ResultText text = ResultText.of(shownResult, groups > 0, messages, context.format(), (t, keys) -> services.names(context, t, keys));
        List<String> notes = new ArrayList<>();
        if (shownResult.truncated()) {
            notes.add(messages.get("report.ui.truncated", context.format().number(shownResult.rows().size())));
        }
        if (!shownResult.missingFields().isEmpty()) {
            notes.add(messages.get("report.ui.missing", String.join(messages.get("report.ui.separator"), shownResult.missingFields())));
        }
        notices.setValue(String.join("\n", notes));
        notices.setVisible(!notes.isEmpty());
        chartView.show(ChartData.of(definition.chart(), groups, shownResult, text));
        resultHolder.addComponent(ResultGrid.of(context, shownResult, text, groups > 0 ? this::drill : null, 15));
    }

    /** Opens the records behind a row of the result shown. */
    private void drill(int row) {
        DrillDownWindow.openRow(context, services, shown, type, result, row);
    }
}
