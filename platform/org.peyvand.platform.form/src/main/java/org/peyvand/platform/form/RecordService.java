package org.peyvand.platform.form;

import java.io.OutputStream;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.security.Caller;

/**
 * The records of the record types administrators design ({@code custom.<name>}), with everything a
 * module's records have: permissions per type ({@code custom.<name>.read|create|update|delete|import|export},
 * granted through roles like any other), record scopes and field rules, validation by the form,
 * audit, search, filters, keyset pages in creation order, CSV import and export.
 *
 * <p>The submissions of stand-alone forms ({@code form.<name>}) are stored the same way: creating
 * one submits the form ({@code form.<name>.submit}); they are read, deleted and exported with the
 * form's {@code read|delete|export} and never changed or imported. Each submission is announced as
 * {@code crm/form/<name with _ for .>/submitted} (designed records as {@code crm/record/<type>/created|updated|deleted}),
 * with the record id in {@code crm.id}, the key in {@code crm.type} and the user in {@code crm.user},
 * for processes that start or continue on them.
 */
@ProviderType
public interface RecordService {

    /**
     * A page of the list in creation order (sort {@code null} or {@code createdAt}), or in the order of
     * a field (sort = its name; records without a value come last), keyset-paged either way.
     *
     * @throws org.peyvand.platform.core.error.ValidationException on {@code sort} for a field that is unknown, hidden or unsortable
     */
    Page<CustomRecord> search(Caller caller, String type, RecordQuery query, PageRequest page);

    long count(Caller caller, String type, RecordQuery query);

    CustomRecord get(Caller caller, String type, long id);

    CustomRecord create(Caller caller, String type, Map<String, ?> values);

    /**
     * Fields not named keep their values.
     *
     * @param expectedVersion the version the user edited (required); a newer stored one is a conflict
     */
    CustomRecord update(Caller caller, String type, long id, Map<String, ?> values, Long expectedVersion);

    /**
     * Refused with a conflict while other modules keep links to the record ({@link RecordLinks})
     * unless {@code withLinks}, which removes them with it.
     */
    void delete(Caller caller, String type, long id, boolean withLinks);

    /** Deletes a record nothing links to; see {@link #delete(Caller, String, long, boolean)}. */
    default void delete(Caller caller, String type, long id) {
        delete(caller, type, id, false);
    }

    /**
     * CSV (UTF-8, with or without BOM) whose header names the fields (or their labels); all valid rows are stored,
     * a batch at a time: {@code progress} hears after each batch, and a cancel keeps the batches done.
     */
    RecordImport importCsv(Caller caller, String type, byte[] csv, Progress progress);

    /** Every matching record as UTF-8 CSV with a BOM, oldest first. */
    void exportCsv(Caller caller, String type, RecordQuery query, OutputStream out);
}
