package org.peyvand.module.activities.internal.rest;

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
import org.peyvand.module.activities.Activity;
import org.peyvand.module.activities.ActivityQuery;
import org.peyvand.module.activities.ActivityService;
import org.peyvand.module.activities.ActivityStatus;
import org.peyvand.module.activities.Occurrence;
import org.peyvand.module.activities.internal.Moments;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.workflow.Referral;
import org.peyvand.platform.workflow.WorkItem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/activities}: parses, calls the service once, answers; the service checks and audits. */
@Component(service = ActivityResource.class, property = RestResource.PROPERTY)
@Path("activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Calls, meetings, tasks, emails and letters (فعالیت‌ها): list, calendar, read, add, change, complete, cancel, refer, delete")
public class ActivityResource {
    private static final String ID = "{id: [0-9]+}";

    private final ActivityService service;

    @Activate
    public ActivityResource(@Reference ActivityService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Lists activities by due time, keyset-paged", description = "Pass nextCursor back as cursor for the next page.")
    public Page<Activity> list(@Context SecurityContext security, @Parameter(description = "Words the subject starts with") @QueryParam("q") String q,
            @Parameter(description = "Only this owner's") @QueryParam("owner") String owner,
            @Parameter(schema = @Schema(allowableValues = {"OPEN", "DONE", "CANCELLED"})) @QueryParam("status") String status,
            @Parameter(description = "With regardingId: only those about this record") @QueryParam("regardingType") String regardingType,
            @QueryParam("regardingId") String regardingId,
            @Parameter(description = "Due at or after: an instant or a Jalali or ISO day") @QueryParam("dueFrom") String dueFrom,
            @Parameter(description = "Due before") @QueryParam("dueTo") String dueTo,
            @Parameter(description = "Only open ones past due") @QueryParam("overdue") boolean overdue,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(schema = @Schema(allowableValues = {"asc", "desc"})) @QueryParam("order") String order) {
        return service.list(RestContext.caller(security), query(q, owner, status, regardingType, regardingId, dueFrom, dueTo, overdue),
                new PageRequest(cursor, limit(limit), ActivityService.SORT_DUE, descending(order)));
    }

    @GET
    @Path("count")
    @Operation(summary = "Counts the activities a list with the same filters would show")
    public CountBody count(@Context SecurityContext security, @QueryParam("q") String q, @QueryParam("owner") String owner, @QueryParam("status") String status,
            @QueryParam("regardingType") String regardingType, @QueryParam("regardingId") String regardingId, @QueryParam("dueFrom") String dueFrom,
            @QueryParam("dueTo") String dueTo, @QueryParam("overdue") boolean overdue) {
        return new CountBody(service.count(RestContext.caller(security), query(q, owner, status, regardingType, regardingId, dueFrom, dueTo, overdue)));
    }

    @GET
    @Path("calendar")
    @Operation(summary = "The occurrences in [from, to), at most 62 days", description = "Stored activities and the coming occurrences of open "
            + "recurring ones; from and to are instants or Jalali or ISO days (their start in Tehran).")
    public List<Occurrence> calendar(@Context SecurityContext security, @QueryParam("from") String from, @QueryParam("to") String to) {
        return service.calendar(RestContext.caller(security), Moments.instant(from, "from"), Moments.instant(to, "to"));
    }

    @GET
    @Path(ID)
    @Operation(summary = "Reads one activity")
    public Activity get(@Context SecurityContext security, @PathParam("id") long id) {
        return service.get(RestContext.caller(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds an activity; Location names it")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, ActivityPayload body) {
        Activity created = service.create(RestContext.caller(security), required(body).toInput());
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path(ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes an activity", description = "The body carries every field and the version it was read at.")
    public Activity update(@Context SecurityContext security, @PathParam("id") long id, ActivityPayload body) {
        ActivityPayload payload = required(body);
        return service.update(RestContext.caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @POST
    @Path(ID + "/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Marks an open activity done with its outcome", description = "For a recurring one, next is the next occurrence, stored now.")
    public ActivityService.Completion complete(@Context SecurityContext security, @PathParam("id") long id, FinishBody body) {
        FinishBody given = required(body);
        return service.complete(RestContext.caller(security), id, given.outcome(), requiredVersion(given.version()));
    }

    @POST
    @Path(ID + "/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancels an open activity; a recurring one's series ends")
    public Activity cancel(@Context SecurityContext security, @PathParam("id") long id, FinishBody body) {
        return service.cancel(RestContext.caller(security), id, requiredVersion(required(body).version()));
    }

    @POST
    @Path(ID + "/refer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refers the activity to a person or unit through the cartable", description = "toUser, or toUnit for a unit whose "
            + "members may claim it; the item opens the activity.")
    public WorkItem refer(@Context SecurityContext security, @PathParam("id") long id, Referral body) {
        return service.refer(RestContext.caller(security), id, required(body));
    }

    @DELETE
    @Path(ID)
    @Operation(summary = "Deletes an activity")
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        service.delete(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    /** The answer of {@code count}. */
    public record CountBody(long count) {
    }

    /** The body of complete and cancel: the outcome (complete only) and the version read. */
    public record FinishBody(String outcome, Long version) {
    }

    static long requiredVersion(Long version) {
        if (version == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return version;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return body;
    }

    private static ActivityQuery query(String q, String owner, String status, String regardingType, String regardingId, String dueFrom, String dueTo,
            boolean overdue) {
        return new ActivityQuery(blank(q), blank(owner), status(status), blank(regardingType), blank(regardingId), Moments.instant(dueFrom, "dueFrom"),
                Moments.instant(dueTo, "dueTo"), overdue);
    }

    private static ActivityStatus status(String status) {
        if (blank(status) == null) {
            return null;
        }
        try {
            return ActivityStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("status", "activities.error.status");
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Parsed here rather than by JAX-RS, so a bad value is a 400 naming the parameter. */
    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(PersianText.toLatinDigits(limit).strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("limit", "core.error.invalidNumber");
        }
    }

    private static boolean descending(String order) {
        if (order == null || order.isBlank() || order.equalsIgnoreCase("asc")) {
            return false;
        }
        if (order.equalsIgnoreCase("desc")) {
            return true;
        }
        throw ValidationException.of("order", "activities.error.order");
    }
}
