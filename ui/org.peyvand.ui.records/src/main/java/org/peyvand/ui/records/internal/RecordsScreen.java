package org.peyvand.ui.records.internal;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordActions;
import org.peyvand.platform.form.RecordImport;
import org.peyvand.platform.form.RecordQuery;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.CsvDownload;
import org.peyvand.ui.kit.CsvImportDialog;
import org.peyvand.ui.kit.FieldDisplay;
import org.peyvand.ui.kit.ListScreen;

import com.vaadin.data.provider.GridSortOrder;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The records of one designed record type: the columns its designer chose, search, the newest
 * first, and new, open, import and export for those who may.
 */
final class RecordsScreen extends ListScreen<CustomRecord> {
    private static final long serialVersionUID = 1L;
    static final String CREATED = "createdAt";
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private final transient RecordServices services;
    private final transient FormDefinition form;
    /** Names of the records reference columns point at, by field and stored value, read once per page. */
    private final transient Map<String, Map<String, String>> referenced = new HashMap<>();

    RecordsScreen(UiContext context, RecordServices services, FormDefinition form) {
        super(context, "records.title", "records.count", CREATED);
        this.services = services;
        this.form = form;
        setId("view-records");
        String language = context.messages().locale().getLanguage();
        retitle(form.label().in(language));

        for (FieldDefinition field : RecordColumns.of(form)) {
            var column = grid.addColumn(r -> cell(field, r.values().get(field.name())))
                    .setId(field.name()).setCaption(field.label().in(language));
            if (field.type().isSortable()) {
                // records without a value come last, in either direction
                column.setSortProperty(field.name());
            } else {
                column.setSortable(false);
            }
            if (RecordColumns.leftToRight(field)) {
                column.setStyleGenerator(r -> "crm-ltr");
            }
        }
        var created = grid.addColumn(r -> context.format().dateTime(r.createdAt(), TEHRAN)).setId(CREATED)
                .setCaption(context.messages().get("records.createdAt")).setSortProperty(CREATED);
        columnsAdded(null);
        grid.setSortOrder(GridSortOrder.desc(created));
        removeHiddenColumns(services.fields(context, form.key()));

        if (services.allows(context, form.key(), RecordActions.CREATE)) {
            Button create = new Button(context.messages().get("ui.action.new"), VaadinIcons.PLUS);
            create.setId("records-new");
            create.addStyleName(ValoTheme.BUTTON_PRIMARY);
            create.addClickListener(e -> edit(null));
            addAction(create);
        }
        if (services.allows(context, form.key(), RecordActions.IMPORT)) {
            addAction(CsvImportDialog.button(context, (csv, progress) -> outcome(services.records().importCsv(context.caller(), form.key(), csv,
                    progress)), field -> form.field(field).map(f -> f.label().in(language)).orElse(field), this::refresh));
        }
        if (services.allows(context, form.key(), RecordActions.EXPORT)) {
            String file = form.key().substring(form.key().indexOf('.') + 1) + ".csv";
            addAction(CsvDownload.button(context, file,
                    out -> services.records().exportCsv(context.caller(), form.key(), new RecordQuery(query(), Map.of()), out)));
        }
        // every column is one of the type's fields, named as its id
        addExports(services.exports(), services.guard(), form.key(), List::of);
    }

    @Override
    protected Page<CustomRecord> page(String query, PageRequest request) {
        Page<CustomRecord> page = services.records().search(context.caller(), form.key(), new RecordQuery(query, Map.of()), request);
        nameReferences(page.items());
        return page;
    }

    private static CsvImportDialog.Outcome outcome(RecordImport result) {
        return new CsvImportDialog.Outcome(result.total(), result.imported(), result.cancelled(),
                result.errors().stream().map(e -> new CsvImportDialog.Outcome.RowError(e.row(), e.fieldErrors())).toList());
    }

    private String cell(FieldDefinition field, Object value) {
        String name = value == null ? null : referenced.getOrDefault(field.name(), Map.of()).get(String.valueOf(value));
        return name != null ? name : FieldDisplay.text(field, value, context.messages(), context.format());
    }

    /** One lookup per reference column for the page's values, so no row asks on its own. */
    private void nameReferences(List<CustomRecord> records) {
        for (FieldDefinition field : RecordColumns.of(form)) {
            if (field.referencedType() == null) {
                continue;
            }
            Set<String> keys = records.stream().map(r -> r.values().get(field.name())).filter(Objects::nonNull).map(String::valueOf)
                    .collect(Collectors.toSet());
            if (!keys.isEmpty()) {
                try {
                    referenced.computeIfAbsent(field.name(), f -> new HashMap<>())
                            .putAll(services.lookups().names(context.caller(), field.referencedType(), keys));
                } catch (CrmException unseen) {
                    // the caller may not look these up: the stored values show as they are
                }
            }
        }
    }

    @Override
    protected long count(String query) {
        return services.records().count(context.caller(), form.key(), new RecordQuery(query, Map.of()));
    }

    @Override
    protected void open(CustomRecord row) {
        edit(row);
    }

    @Override
    protected void openById(long id) {
        try {
            edit(services.records().get(context.caller(), form.key(), id));
        } catch (CrmException e) {
            context.showError(e);
        }
    }

    private void edit(CustomRecord record) {
        getUI().addWindow(new RecordEditor(context, services, form, record, this::refresh));
    }
}
