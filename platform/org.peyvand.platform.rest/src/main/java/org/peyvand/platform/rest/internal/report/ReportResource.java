package org.peyvand.platform.rest.internal.report;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.report.ReportType;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ReportResource.class, property = RestResource.PROPERTY)
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Reports over any record type: grouped by fields, users, units and Jalali or Gregorian periods, "
        + "with counts, sums and averages, within the caller's record scope and field rules")
public class ReportResource {
    private final ReportService reports;

    @Activate
    public ReportResource(@Reference ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("types")
    @Operation(summary = "The record types the caller may report on, with the fields a report may use")
    public List<ReportType> types(@Context SecurityContext security) {
        return reports.types(RestContext.caller(security));
    }

    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Runs a report definition", description = "One database query: groups first, then the columns. Days come as "
            + "ISO dates (a group's date is the first day of its week, month, quarter or year), times as ISO instants. At most 10,000 rows; "
            + "`truncated` says there were more. Fields that are gone or hidden from the caller are left out and listed in `missingFields`.")
    public ReportResult run(@Context SecurityContext security, ReportDefinition definition) {
        if (definition == null) {
            throw ValidationException.of("recordType", "core.error.required");
        }
        return reports.run(RestContext.caller(security), definition);
    }
}
