package org.peyvand.platform.rest.internal.report;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.report.ReportSchedule;
import org.peyvand.platform.report.ReportSchedules;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ReportScheduleResource.class, property = RestResource.PROPERTY)
@Path("reports/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Reports over any record type: grouped by fields, users, units and Jalali or Gregorian periods, "
        + "with counts, sums and averages, within the caller's record scope and field rules")
public class ReportScheduleResource {
    private final ReportSchedules schedules;

    @Activate
    public ReportScheduleResource(@Reference ReportSchedules schedules) {
        this.schedules = schedules;
    }

    @GET
    @Operation(summary = "The caller's report schedules, the next to run first")
    public List<ReportSchedule> list(@Context SecurityContext security) {
        return schedules.list(RestContext.caller(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exports a saved report on a schedule, as the caller, into their exports",
            description = "`report` (a key the caller sees), `format` (`XLSX` or `PDF`), `frequency` (`DAILY`, `WEEKLY` with `day` 1-7 "
                    + "of the caller's week, Saturday first in the Jalali calendar, or `MONTHLY` with `day` 1-31 of the caller's month, "
                    + "a day past its end meaning its last) and `hour` 0-23 in Tehran. Each run is an export the caller finds under "
                    + "`GET /reports/exports`; `lastError` says why a run could not start one.")
    public Response create(@Context SecurityContext security, ReportSchedule schedule) {
        return Response.status(Response.Status.CREATED).entity(schedules.create(RestContext.caller(security), schedule)).build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Removes one of the caller's schedules")
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        schedules.delete(RestContext.caller(security), id);
        return Response.noContent().build();
    }
}
