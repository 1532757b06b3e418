package org.peyvand.ui.records.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordQuery;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.OptionLookup;

/** Records of a designed type that a lookup field picks, named by their first list column. */
final class RecordLookup implements OptionLookup {
    private static final int MAX = 50;

    private final UiContext context;
    private final RecordServices services;
    private final FormDefinition form;

    private RecordLookup(UiContext context, RecordServices services, FormDefinition form) {
        this.context = context;
        this.services = services;
        this.form = form;
    }

    /** Where lookup fields find the records of every designed type the user may read. */
    static Map<String, OptionLookup> of(UiContext context, RecordServices services) {
        Map<String, OptionLookup> lookups = new HashMap<>();
        for (FormDefinition type : services.forms().recordTypes()) {
            if (RecordTypes.designed(type) && services.allows(context, type.key(), RecordTypes.READ)) {
                lookups.put(type.key(), new RecordLookup(context, services, type));
            }
        }
        return lookups;
    }

    @Override
    public List<Option> find(String filter, int limit) {
        String text = filter == null || filter.isBlank() ? null : filter;
        return services.records().search(context.caller(), form.key(), new RecordQuery(text, Map.of()),
                PageRequest.first(Math.max(1, Math.min(limit, MAX)), RecordsScreen.CREATED, true)).items().stream()
                .map(this::option).toList();
    }

    @Override
    public Optional<Option> byValue(Object value) {
        if (!(value instanceof Number id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(option(services.records().get(context.caller(), form.key(), id.longValue())));
        } catch (CrmException gone) {
            return Optional.empty();
        }
    }

    private Option option(CustomRecord record) {
        return new Option(record.id(), RecordColumns.name(form, record, context.messages(), context.format()));
    }
}
