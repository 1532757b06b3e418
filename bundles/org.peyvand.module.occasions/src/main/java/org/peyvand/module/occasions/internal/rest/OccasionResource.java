package org.peyvand.module.occasions.internal.rest;

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
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.occasions.CompanyEvent;
import org.peyvand.module.occasions.DateField;
import org.peyvand.module.occasions.Greeting;
import org.peyvand.module.occasions.GreetingPlan;
import org.peyvand.module.occasions.OccasionService;
import org.peyvand.module.occasions.OfficialOccasion;
import org.peyvand.module.occasions.Preview;
import org.peyvand.module.occasions.RunResult;
import org.peyvand.module.occasions.UpcomingOccasion;
import org.peyvand.module.occasions.internal.Params;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/occasions}: parses, calls the service once, answers; the service checks and audits. */
@Component(service = OccasionResource.class, property = RestResource.PROPERTY)
@Path("occasions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Occasions", description = "Occasions (مناسبت‌ها): official occasions of the Iranian calendar, company events, upcoming days, "
        + "greeting plans with preview, the day's run and each plan's history")
public class OccasionResource {
    private static final String DATE = "2026-03-20, or Jalali 1404/12/29; today when left out";

    private final OccasionService service;

    @Activate
    public OccasionResource(@Reference OccasionService service) {
        this.service = service;
    }

    @GET
    @Path("official")
    @Operation(summary = "Lists the official occasions: solar ones on a Jalali day, lunar ones on a Hijri day with their correction")
    public List<OfficialOccasion> official(@Context SecurityContext security) {
        return service.officialOccasions(RestContext.caller(security));
    }

    @PUT
    @Path("official/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switches an official occasion on or off, or corrects a lunar one by -2 to 2 days",
            description = "Refused naming correction outside -2..2 or on a solar occasion; the body carries the version read.")
    public OfficialOccasion changeOfficial(@Context SecurityContext security, @PathParam("code") String code, OfficialPayload body) {
        OfficialPayload payload = required(body);
        return service.changeOfficial(RestContext.caller(security), code, payload.toChange(), payload.requiredVersion());
    }

    @GET
    @Path("upcoming")
    @Operation(summary = "Lists the occasions of a range of days with their Gregorian and Jalali dates; birthdays and each date field's anniversaries counted per day")
    public List<UpcomingOccasion> upcoming(@Context SecurityContext security, @Parameter(description = DATE) @QueryParam("from") String from,
            @Parameter(description = "How many days, 1 to 62 (default 30)") @QueryParam("days") String days) {
        return service.upcoming(RestContext.caller(security), Params.date(from, "from"), Params.number(days, "days", 30));
    }

    @GET
    @Path("events")
    @Operation(summary = "Lists the company events")
    public List<CompanyEvent> events(@Context SecurityContext security) {
        return service.companyEvents(RestContext.caller(security));
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Defines a company event; Location names it",
            description = "Refused naming nameFa, nameEn, month, day (a day the Jalali month never has) or date (both or neither of a yearly day and a date).")
    public Response createEvent(@Context SecurityContext security, @Context UriInfo uri, EventPayload body) {
        CompanyEvent created = service.createEvent(RestContext.caller(security), required(body).toInput());
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path("events/{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a company event; the body carries the version read")
    public CompanyEvent updateEvent(@Context SecurityContext security, @PathParam("id") long id, EventPayload body) {
        EventPayload payload = required(body);
        return service.updateEvent(RestContext.caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @DELETE
    @Path("events/{id: [0-9]{1,18}}")
    @Operation(summary = "Deletes a company event no plan uses")
    public Response deleteEvent(@Context SecurityContext security, @PathParam("id") long id) {
        service.deleteEvent(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("plans")
    @Operation(summary = "Lists the greeting plans, each saying whether its channel is present")
    public List<GreetingPlan> plans(@Context SecurityContext security) {
        return service.plans(RestContext.caller(security));
    }

    @GET
    @Path("plans/{id: [0-9]{1,18}}")
    @Operation(summary = "Reads one greeting plan")
    public GreetingPlan plan(@Context SecurityContext security, @PathParam("id") long id) {
        return service.plan(RestContext.caller(security), id);
    }

    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a greeting plan; Location names it",
            description = "Refused naming occasion, templateFa or templateEn (an unknown placeholder, a stray brace, no text at all) or channel (none present by that id).")
    public Response createPlan(@Context SecurityContext security, @Context UriInfo uri, PlanPayload body) {
        GreetingPlan created = service.createPlan(RestContext.caller(security), required(body).toInput());
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path("plans/{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a greeting plan; the body carries the version read")
    public GreetingPlan updatePlan(@Context SecurityContext security, @PathParam("id") long id, PlanPayload body) {
        PlanPayload payload = required(body);
        return service.updatePlan(RestContext.caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @DELETE
    @Path("plans/{id: [0-9]{1,18}}")
    @Operation(summary = "Deletes a greeting plan with its history")
    public Response deletePlan(@Context SecurityContext security, @PathParam("id") long id) {
        service.deletePlan(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("plans/{id: [0-9]{1,18}}/preview")
    @Operation(summary = "Shows whom the plan would greet on a day and with which texts, storing nothing")
    public Preview preview(@Context SecurityContext security, @PathParam("id") long id, @Parameter(description = DATE) @QueryParam("date") String date,
            @Parameter(description = "At most this many recipients, 1 to 200 (default 50)") @QueryParam("limit") String limit) {
        return service.preview(RestContext.caller(security), id, Params.date(date, "date"), Params.number(limit, "limit", 50));
    }

    @GET
    @Path("plans/{id: [0-9]{1,18}}/history")
    @Operation(summary = "Lists a plan's greetings, newest first, keyset-paged", description = "Pass nextCursor back as cursor.")
    public Page<Greeting> history(@Context SecurityContext security, @PathParam("id") long id,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.history(RestContext.caller(security), id, cursor, Params.number(limit, "limit", PageRequest.DEFAULT_LIMIT));
    }

    @POST
    @Path("run")
    @Operation(summary = "Sends the greetings of a day now; those sent before, by any run or node, are not sent again")
    public RunResult run(@Context SecurityContext security, @Parameter(description = DATE) @QueryParam("date") String date) {
        return service.run(RestContext.caller(security), Params.date(date, "date"));
    }

    @GET
    @Path("date-fields")
    @Operation(summary = "Lists the contact form's custom date fields, whose anniversaries a plan greets on as anniversary:<field>")
    public List<DateField> dateFields(@Context SecurityContext security) {
        return service.dateFields(RestContext.caller(security));
    }

    @GET
    @Path("channels")
    @Operation(summary = "Lists the ids of the greeting channels present now")
    public List<String> channels(@Context SecurityContext security) {
        return service.channels(RestContext.caller(security));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return body;
    }
}
