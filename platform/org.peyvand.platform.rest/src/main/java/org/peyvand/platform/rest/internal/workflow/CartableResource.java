package org.peyvand.platform.rest.internal.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.Consumes;
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
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.Referral;
import org.peyvand.platform.workflow.TrailStep;
import org.peyvand.platform.workflow.WorkItem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = CartableResource.class, property = RestResource.PROPERTY)
@Path("cartable")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cartable", description = "The caller's cartable (کارتابل): process tasks and referrals, with their trail")
public class CartableResource {
    private static final String ITEM = "items/{id: [0-9]{1,18}}";

    private final CartableService cartable;

    @Activate
    public CartableResource(@Reference CartableService cartable) {
        this.cartable = cartable;
    }

    /** Completing an item: the values of its form, if it has one, and a comment. */
    public record CompleteBody(Map<String, Object> values, String comment) {
    }

    /** A comment or reason alone. */
    public record CommentBody(String comment) {
    }

    /** Referring a record by hand. */
    public record RecordReferralBody(String recordType, String recordId, String title, String toUser, Long toUnit, String comment,
            Instant dueAt) {
    }

    @GET
    @Operation(summary = "One box of the cartable, by due date, keyset-paged")
    public Page<WorkItem> list(@Context SecurityContext security,
            @Parameter(description = "MINE (default), TO_CLAIM, SENT or DONE") @QueryParam("box") String box,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return cartable.cartable(RestContext.caller(security), box(box),
                new PageRequest(cursor, limit == null ? PageRequest.DEFAULT_LIMIT : limit, null, false));
    }

    private static CartableBox box(String box) {
        if (box == null || box.isBlank()) {
            return CartableBox.MINE;
        }
        try {
            return CartableBox.valueOf(box.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ValidationException.of("box", "core.error.invalidValue");
        }
    }

    @GET
    @Path("count")
    @Operation(summary = "How many open items the caller holds or may claim; with box, also how many items that box lists",
            description = "{\"open\": n} for the menu badge; with box, {\"open\": n, \"total\": m}.")
    public Map<String, Long> count(@Context SecurityContext security,
            @Parameter(description = "MINE, TO_CLAIM, SENT or DONE: the box to total") @QueryParam("box") String box) {
        Caller caller = RestContext.caller(security);
        long open = cartable.openCount(caller);
        return box == null || box.isBlank() ? Map.of("open", open) : Map.of("open", open, "total", cartable.count(caller, box(box)));
    }

    @GET
    @Path(ITEM)
    @Operation(summary = "One item")
    public WorkItem get(@Context SecurityContext security, @PathParam("id") long id) {
        return cartable.get(RestContext.caller(security), id);
    }

    @GET
    @Path(ITEM + "/trail")
    @Operation(summary = "Every hop of an item across people and units, oldest first")
    public List<TrailStep> trail(@Context SecurityContext security, @PathParam("id") long id) {
        return cartable.trail(RestContext.caller(security), id);
    }

    @POST
    @Path(ITEM + "/claim")
    @Operation(summary = "Takes an item offered to the caller's unit or role")
    public WorkItem claim(@Context SecurityContext security, @PathParam("id") long id) {
        return cartable.claim(RestContext.caller(security), id);
    }

    @POST
    @Path(ITEM + "/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finishes an item: a task with its form's values, a referral back to its referrer",
            description = "409 when someone else completed it first.")
    public WorkItem complete(@Context SecurityContext security, @PathParam("id") long id, CompleteBody body) {
        CompleteBody given = body == null ? new CompleteBody(Map.of(), null) : body;
        return cartable.complete(RestContext.caller(security), id, given.values() == null ? Map.of() : given.values(), given.comment());
    }

    @POST
    @Path(ITEM + "/refer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refers an item (ارجاع) to a person or unit; it comes back when they complete it")
    public WorkItem refer(@Context SecurityContext security, @PathParam("id") long id, Referral referral) {
        return cartable.refer(RestContext.caller(security), id, referral);
    }

    @POST
    @Path(ITEM + "/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hands an item over for good to a person or unit")
    public WorkItem forward(@Context SecurityContext security, @PathParam("id") long id, Referral referral) {
        return cartable.forward(RestContext.caller(security), id, referral);
    }

    @POST
    @Path(ITEM + "/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sends an item back to whoever referred it")
    public WorkItem giveBack(@Context SecurityContext security, @PathParam("id") long id, CommentBody body) {
        return cartable.giveBack(RestContext.caller(security), id, body == null ? null : body.comment());
    }

    @POST
    @Path(ITEM + "/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stops the item's SLA clock, for instance while waiting for the customer")
    public WorkItem pause(@Context SecurityContext security, @PathParam("id") long id, CommentBody body) {
        return cartable.pauseSla(RestContext.caller(security), id, body == null ? null : body.comment());
    }

    @POST
    @Path(ITEM + "/resume")
    @Operation(summary = "Starts the item's SLA clock again with the working time that was left")
    public WorkItem resume(@Context SecurityContext security, @PathParam("id") long id) {
        return cartable.resumeSla(RestContext.caller(security), id);
    }

    @POST
    @Path("referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refers a record (an activity, a ticket, a letter) to a person or unit as a tracked item")
    public Response referRecord(@Context SecurityContext security, RecordReferralBody body) {
        RecordReferralBody given = body == null ? new RecordReferralBody(null, null, null, null, null, null, null) : body;
        WorkItem item = cartable.referRecord(RestContext.caller(security), given.recordType(), given.recordId(), given.title(),
                new Referral(given.toUser(), given.toUnit(), given.comment(), given.dueAt()));
        return Response.status(Response.Status.CREATED).entity(item).build();
    }

    @GET
    @Path("records/{type: [a-z][a-zA-Z0-9._]{2,119}}/{id: [A-Za-z0-9_-]{1,64}}")
    @Operation(summary = "Every item about a record, open or closed, newest first")
    public List<WorkItem> ofRecord(@Context SecurityContext security, @PathParam("type") String type, @PathParam("id") String id) {
        return cartable.itemsOf(RestContext.caller(security), type, id);
    }
}
