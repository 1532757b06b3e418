package org.peyvand.platform.form;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Daily counts of the records the form kernel keeps (designed record types and stand-alone forms'
 * submissions), in table {@value #TABLE}: per record type, field, day in Tehran, owner and unit, how
 * many records were created that day ({@value #CREATED}) or hold that day in a date or date-time
 * field (the field's name). They change in the transaction that writes the records, and no row
 * holds zero records, so counting the rows' {@code records} equals counting the records. Reports
 * read them instead of the records when they only count. The service is present once the counts
 * hold every record; until then, readers count the records themselves.
 */
@ProviderType
public interface RecordDayCounts {
    /** Columns: record_type, field, day (a DATE), owner, owner_unit_id, records. */
    String TABLE = "frm_day_count";
    /** The field under which records are counted by the day they were created. */
    String CREATED = "createdAt";

    /** Whether the records of the type are counted by the field's days: their creation and every date and date-time field. */
    boolean counts(String type, String field);
}
