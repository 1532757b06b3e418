package org.peyvand.platform.form.internal.records;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.RecordDayCounts;
import org.peyvand.platform.form.internal.registry.FormRegistry;

/** Offered once {@link DayCountsReady} has seen that the counts hold every record. */
@Component(service = RecordDayCounts.class, enabled = false)
public class RecordDayCountsImpl implements RecordDayCounts {
    private final FormRegistry registry;

    @Activate
    public RecordDayCountsImpl(@Reference FormRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean counts(String type, String field) {
        return CREATED.equals(field) || registry.current(type).flatMap(form -> form.field(field))
                .filter(f -> f.type() == FieldType.DATE || f.type() == FieldType.DATE_TIME).isPresent();
    }
}
