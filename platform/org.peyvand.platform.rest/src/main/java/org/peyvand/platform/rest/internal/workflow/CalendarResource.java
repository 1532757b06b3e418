package org.peyvand.platform.rest.internal.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.Holiday;
import org.peyvand.platform.workflow.WorkingWeek;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = CalendarResource.class, property = RestResource.PROPERTY)
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Business calendar", description = "Official holidays (تعطیلات) and the working hours of org units, which set due dates and timers")
public class CalendarResource {
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private final BusinessCalendarService calendar;

    @Activate
    public CalendarResource(@Reference BusinessCalendarService calendar) {
        this.calendar = calendar;
    }

    /** A holiday as clients send it; its id is given by the server. */
    public record HolidayBody(LocalDate date, String nameFa, String nameEn, Boolean lunar) {
        Holiday holiday() {
            return new Holiday(0, date, nameFa, nameEn, Boolean.TRUE.equals(lunar));
        }
    }

    /** A unit's own working hours. */
    public record WeekBody(List<WorkingWeek.Shift> shifts) {
        WorkingWeek week() {
            return new WorkingWeek(shifts == null ? List.of() : shifts, false);
        }
    }

    @GET
    @Path("holidays")
    @Operation(summary = "The holidays of a Jalali year, in date order")
    public List<Holiday> holidays(@Context SecurityContext security,
            @Parameter(description = "The Jalali year, such as 1405; the current one when left out") @QueryParam("year") Integer year) {
        int jalaliYear = year != null ? year : JalaliDate.from(LocalDate.now(TEHRAN)).year();
        return calendar.holidays(RestContext.caller(security), jalaliYear);
    }

    @POST
    @Path("holidays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a holiday", description = "One holiday a date; both names are required. Lunar holidays move from year to "
            + "year, so mark them to check each year against the official calendar.")
    public Response addHoliday(@Context SecurityContext security, HolidayBody body) {
        Holiday added = calendar.addHoliday(RestContext.caller(security), body == null ? null : body.holiday());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @DELETE
    @Path("holidays/{id: [0-9]+}")
    @Operation(summary = "Removes a holiday")
    public Response removeHoliday(@Context SecurityContext security, @PathParam("id") long id) {
        calendar.removeHoliday(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("units/{id: [0-9]+}/week")
    @Operation(summary = "The working hours in force for a unit", description = "Its own, or those of its nearest ancestor that has some "
            + "(then inherited is true).")
    public WorkingWeek week(@Context SecurityContext security, @PathParam("id") long id) {
        return calendar.week(RestContext.caller(security), id);
    }

    @PUT
    @Path("units/{id: [0-9]+}/week")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gives a unit its own working hours", description = "Replaces them whole; shifts of one day must not overlap. "
            + "Times are Tehran time, such as 08:00.")
    public WorkingWeek setWeek(@Context SecurityContext security, @PathParam("id") long id, WeekBody body) {
        return calendar.setWeek(RestContext.caller(security), id, (body == null ? new WeekBody(null) : body).week());
    }

    @DELETE
    @Path("units/{id: [0-9]+}/week")
    @Operation(summary = "Removes a unit's own working hours, so it takes its parent's again", description = "Answers the hours now "
            + "in force; the organisation always keeps its own.")
    public WorkingWeek inheritWeek(@Context SecurityContext security, @PathParam("id") long id) {
        return calendar.setWeek(RestContext.caller(security), id, null);
    }
}
