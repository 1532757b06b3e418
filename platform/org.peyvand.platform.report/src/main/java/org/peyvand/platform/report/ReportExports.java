package org.peyvand.platform.report;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * Exports reports to Excel and PDF files in the background: the whole result, not the rows a run
 * shows, read from the database in batches within the caller's record scope and field rules, in the
 * caller's language, calendar and writing direction. Each caller sees and downloads only their own
 * exports, which are kept for some days (see the administration guide). Every method needs
 * {@link ReportPermissions#EXPORT}.
 */
@ProviderType
public interface ReportExports {

    /**
     * Checks the definition and queues its export. Needs {@link ReportPermissions#EXPORT} besides
     * what running the report needs.
     *
     * @throws org.peyvand.platform.core.error.ValidationException naming each part of the definition that cannot run
     * @throws org.peyvand.platform.core.error.NotFoundException for a record type the caller may not read or nobody provides
     */
    ExportJob start(Caller caller, ReportDefinition definition, ExportFormat format);

    /** @throws org.peyvand.platform.core.error.NotFoundException for an export that is not the caller's or is gone */
    ExportJob job(Caller caller, String id);

    /** The caller's exports still kept, newest first. */
    List<ExportJob> jobs(Caller caller);

    /**
     * Stops an export that has not finished and removes what it wrote; a finished export's file is
     * removed too.
     *
     * @throws org.peyvand.platform.core.error.NotFoundException for an export that is not the caller's or is gone
     */
    void cancel(Caller caller, String id);

    /**
     * The file of a finished export.
     *
     * @throws org.peyvand.platform.core.error.NotFoundException for an export that is not the caller's, is gone or has not finished
     */
    ExportFile file(Caller caller, String id);
}
