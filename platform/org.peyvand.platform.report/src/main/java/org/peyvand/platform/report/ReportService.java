package org.peyvand.platform.report;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * Runs reports over any record type the caller may read, as one database query each, within the
 * caller's record scope and field rules.
 */
@ProviderType
public interface ReportService {

    /** The record types the caller may report on, each with the fields a report may use. */
    List<ReportType> types(Caller caller);

    /**
     * Runs a definition. Fields that are gone or hidden from the caller are left out and named in
     * the result.
     *
     * @throws org.peyvand.platform.core.error.ValidationException naming each part of the definition that cannot run
     * @throws org.peyvand.platform.core.error.NotFoundException for a record type the caller may not read or nobody provides
     */
    ReportResult run(Caller caller, ReportDefinition definition);
}
