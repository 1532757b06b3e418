package org.peyvand.platform.rest.internal.report;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.report.DashboardService;
import org.peyvand.platform.report.KpiFigure;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportLibrary;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.report.ReportShare;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = SavedReportResource.class, property = RestResource.PROPERTY)
@Path("reports/definitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Reports over any record type: grouped by fields, users, units and Jalali or Gregorian periods, "
        + "with counts, sums and averages, within the caller's record scope and field rules")
public class SavedReportResource {
    private static final String KEY = "{key: [a-z][a-zA-Z0-9._-]{2,119}}";
    private static final long MAX_IMPORT_BYTES = 4L * 1024 * 1024;

    private final ReportLibrary library;
    private final ReportService reports;
    private final DashboardService dashboards;

    /** A report to keep and with whom it is shared. */
    public record Saving(ReportDefinition definition, List<ReportShare> shares) {
    }

    /** What a saved report is run with: filters added to its own. */
    public record Parameters(List<ReportFilter> filters) {
    }

    @Activate
    public SavedReportResource(@Reference ReportLibrary library, @Reference ReportService reports, @Reference DashboardService dashboards) {
        this.library = library;
        this.reports = reports;
        this.dashboards = dashboards;
    }

    @GET
    @Operation(summary = "The reports the caller sees: their own, those shared with them and the modules' reports, by title")
    public List<SavedReport> list(@Context SecurityContext security) {
        return library.list(RestContext.caller(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves a new report", description = "The library names it (`report.<hex>`); the definition is checked as a run "
            + "checks it, and shares name colleagues (`USER`, by username), roles (`ROLE`) or units (`UNIT`, with those under them).")
    public Response create(@Context SecurityContext security, Saving body) {
        SavedReport saved = library.save(RestContext.caller(security), definition(body, null), shares(body));
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @GET
    @Path(KEY)
    @Operation(summary = "A report the caller sees")
    public SavedReport get(@Context SecurityContext security, @PathParam("key") String key) {
        return library.get(RestContext.caller(security), key);
    }

    @PUT
    @Path(KEY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes one of the caller's reports and with whom it is shared")
    public SavedReport update(@Context SecurityContext security, @PathParam("key") String key, Saving body) {
        return library.save(RestContext.caller(security), definition(body, key), shares(body));
    }

    @DELETE
    @Path(KEY)
    @Operation(summary = "Deletes one of the caller's reports")
    public Response delete(@Context SecurityContext security, @PathParam("key") String key) {
        library.delete(RestContext.caller(security), key);
        return Response.noContent().build();
    }

    @POST
    @Path(KEY + "/run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Runs a report the caller sees, narrowed by any filters given", description = "Answers as `POST /reports/run`.")
    public ReportResult run(@Context SecurityContext security, @PathParam("key") String key, Parameters parameters) {
        Caller caller = RestContext.caller(security);
        ReportDefinition definition = library.get(caller, key).definition();
        return reports.run(caller, definition.narrowedBy(parameters == null ? List.of() : parameters.filters()));
    }

    @GET
    @Path(KEY + "/figure")
    @Operation(summary = "A report of one aggregate without groups as a KPI: its figure now and over the previous period",
            description = "`previous` and `change` (percent) are given when the report filters a date by a period; the previous period "
                    + "is the whole one before (last month for this month). 400 `report.error.notAFigure` for another report.")
    public KpiFigure figure(@Context SecurityContext security, @PathParam("key") String key) {
        return dashboards.figure(RestContext.caller(security), key);
    }

    @GET
    @Path("export")
    @Operation(summary = "The named reports (the caller's own when none) as one JSON document for import elsewhere")
    public Response export(@Context SecurityContext security, @QueryParam("key") List<String> keys) {
        return Response.ok(library.export(RestContext.caller(security), keys == null ? List.of() : keys))
                .header("Content-Disposition", "attachment; filename=\"reports.json\"").build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves every report of an exported document as the caller's own; all or none",
            description = "A key of the caller's is replaced, a free `report.` key kept; a report without a key gets a new one.")
    public List<SavedReport> importReports(@Context SecurityContext security, InputStream body) {
        String json = new String(RestContext.readBounded(body, MAX_IMPORT_BYTES), StandardCharsets.UTF_8);
        return library.importJson(RestContext.caller(security), json);
    }

    /** The body's definition under the address's key; the library refuses a missing one, once it has checked the caller's permission. */
    private static ReportDefinition definition(Saving body, String key) {
        if (body == null || body.definition() == null) {
            return null;
        }
        ReportDefinition d = body.definition();
        return new ReportDefinition(key, d.title(), d.recordType(), d.groups(), d.columns(), d.filters(), d.sorts(), d.chart());
    }

    private static List<ReportShare> shares(Saving body) {
        return body == null || body.shares() == null ? List.of() : body.shares();
    }
}
