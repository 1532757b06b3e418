package org.peyvand.platform.rest.internal.notification;

import java.time.Instant;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.Reminder;
import org.peyvand.platform.notification.ReminderService;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ReminderResource.class, property = RestResource.PROPERTY)
@Path("reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders", description = "The caller's own reminders (یادآوری‌ها) on any record, each delivered once as a notification")
public class ReminderResource {
    private static final int DEFAULT_LIMIT = 20;
    private final ReminderService reminders;

    @Activate
    public ReminderResource(@Reference ReminderService reminders) {
        this.reminders = reminders;
    }

    /** A new reminder: when, what, and optionally the record it is about. */
    public record ReminderInput(Instant at, String note, String recordType, String recordId) {
    }

    public record RemindersBody(List<Reminder> items, String nextCursor) {
    }

    @GET
    @Operation(summary = "The caller's reminders still to come, soonest first, keyset-paged; or, with recordType and recordId, "
            + "all the caller's reminders on that record")
    public RemindersBody list(@Context SecurityContext security,
            @Parameter(description = "the previous page's nextCursor") @QueryParam("after") String after,
            @Parameter(description = "reminders per page, 1 to 200 (default 20)") @QueryParam("limit") Integer limit,
            @Parameter(description = "the record's type, e.g. accounts.account") @QueryParam("recordType") String recordType,
            @Parameter(description = "the record's id") @QueryParam("recordId") String recordId) {
        if (recordType != null || recordId != null) {
            return new RemindersBody(reminders.onRecord(RestContext.caller(security), recordType, recordId), null);
        }
        Page<Reminder> page = reminders.upcoming(RestContext.caller(security), after, limit == null ? DEFAULT_LIMIT : limit);
        return new RemindersBody(page.items(), page.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets a reminder for the caller ({\"at\": ISO-8601 instant, \"note\", \"recordType\", \"recordId\"}); answers 201 with it")
    public Response add(@Context SecurityContext security, ReminderInput input) {
        ReminderInput given = input == null ? new ReminderInput(null, null, null, null) : input;
        NotificationLink link = given.recordType() == null && given.recordId() == null ? null
                : new NotificationLink(given.recordType(), given.recordId(), null, null);
        Reminder added = reminders.add(RestContext.caller(security), given.at(), given.note(), link);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Removes one of the caller's reminders")
    public Response cancel(@Context SecurityContext security, @PathParam("id") long id) {
        reminders.cancel(RestContext.caller(security), id);
        return Response.noContent().build();
    }
}
