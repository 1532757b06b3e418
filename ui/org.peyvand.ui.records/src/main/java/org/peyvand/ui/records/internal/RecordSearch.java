package org.peyvand.ui.records.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordActions;
import org.peyvand.platform.form.RecordQuery;
import org.peyvand.platform.form.RecordService;
import org.peyvand.platform.search.SearchHit;
import org.peyvand.platform.search.SearchProvider;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;

/**
 * Records of the designed types the user may read, in the global search, each named as its list
 * names it.
 */
@Component(service = SearchProvider.class)
public class RecordSearch implements SearchProvider {
    private final RecordService records;
    private final CustomFields forms;
    private final AccessGuard guard;
    private final I18nService i18n;

    @Activate
    public RecordSearch(@Reference RecordService records, @Reference CustomFields forms, @Reference AccessGuard guard,
            @Reference I18nService i18n) {
        this.records = records;
        this.forms = forms;
        this.guard = guard;
        this.i18n = i18n;
    }

    @Override
    public List<SearchHit> search(Caller caller, String query, int limit) {
        Messages messages = i18n.messages(caller.preferences().locale());
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        String language = messages.locale().getLanguage();
        List<SearchHit> hits = new ArrayList<>();
        for (FormDefinition form : forms.recordTypes()) {
            if (hits.size() >= limit) {
                break;
            }
            if (!RecordTypes.designed(form) || !guard.allows(caller, RecordActions.permission(form, RecordActions.READ).orElseThrow())) {
                continue;
            }
            for (CustomRecord record : records.search(caller, form.key(), new RecordQuery(query, Map.of()),
                    PageRequest.first(limit - hits.size(), RecordsScreen.CREATED, true)).items()) {
                hits.add(new SearchHit(form.key(), form.label().in(language), String.valueOf(record.id()),
                        RecordColumns.name(form, record, messages, format), null));
            }
        }
        return hits;
    }
}
