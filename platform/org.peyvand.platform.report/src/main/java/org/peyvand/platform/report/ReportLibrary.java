package org.peyvand.platform.report;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * The reports kept for reuse: those users save and share, and those modules ship in
 * {@code CRM-INF/reports/*.json}, which come and go with their module. A caller sees a report
 * they own, one shared with them (by name, one of their roles, or their unit or a unit above it)
 * and every module's report, each only over a record type they may read.
 */
@ProviderType
public interface ReportLibrary {

    /** The reports the caller sees, by title. */
    List<SavedReport> list(Caller caller);

    /** @throws org.peyvand.platform.core.error.NotFoundException for a key the caller does not see */
    SavedReport get(Caller caller, String key);

    Optional<SavedReport> find(Caller caller, String key);

    /**
     * Saves a new report (its key empty: the library names it {@code report.<hex>}) or changes one the
     * caller may edit, with whom it is shared. The definition must run: it is checked as
     * {@link ReportService#run} checks it.
     */
    SavedReport save(Caller caller, ReportDefinition definition, List<ReportShare> shares);

    void delete(Caller caller, String key);

    /** The definitions as one JSON document, to import elsewhere; with no keys, the caller's own. */
    String export(Caller caller, List<String> keys);

    /**
     * Saves each definition of a JSON document {@link #export} wrote as the caller's own: a key of
     * theirs is replaced, one that is free kept, any other refused naming it.
     */
    List<SavedReport> importJson(Caller caller, String json);
}
