package org.peyvand.module.notes.internal.rest;

import java.util.List;

import org.peyvand.module.notes.ListInput;
import org.peyvand.module.notes.internal.Params;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.report.ReportFilter;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of a list's create or change; record type and kind are taken on create only. */
public record ListPayload(String name, @Schema(example = "accounts.account") String recordType,
        @Schema(allowableValues = { "STATIC", "DYNAMIC" }) String kind,
        @Schema(description = "For a dynamic list: report filters, e.g. {\"field\":\"city\",\"operator\":\"EQUALS\",\"values\":[\"تهران\"]}")
        List<ReportFilter> filters, Long version) {

    ListInput toInput() {
        return new ListInput(name, recordType, Params.kind(kind, "kind"), filters);
    }

    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }
}
