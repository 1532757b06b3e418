package org.peyvand.module.visits.internal.rest;

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
import org.peyvand.module.visits.Visit;
import org.peyvand.module.visits.VisitQuery;
import org.peyvand.module.visits.VisitService;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/visits}: parses, calls the service once, answers; the service checks and audits. */
@Component(service = VisitResource.class, property = RestResource.PROPERTY)
@Path("visits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer visits", description = "Visits to customers (بازدید از مشتری): list, read, record, change, delete")
public class VisitResource {
    private final VisitService service;

    @Activate
    public VisitResource(@Reference VisitService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Lists visits, keyset-paged", description = "Pass nextCursor back as cursor for the next page.")
    public Page<Visit> list(@Context SecurityContext security, @Parameter(description = "Words the purpose starts with") @QueryParam("q") String q,
            @Parameter(description = "Only the visits to this account") @QueryParam("accountId") String accountId,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(schema = @Schema(allowableValues = {VisitService.SORT_DATE, VisitService.SORT_CREATED})) @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(allowableValues = {"asc", "desc"})) @QueryParam("order") String order) {
        return service.list(RestContext.caller(security), query(q, accountId), new PageRequest(cursor, limit(limit), sort, descending(order)));
    }

    @GET
    @Path("count")
    @Operation(summary = "Counts the visits a list with the same filter would show")
    public CountBody count(@Context SecurityContext security, @QueryParam("q") String q, @QueryParam("accountId") String accountId) {
        return new CountBody(service.count(RestContext.caller(security), query(q, accountId)));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Reads one visit")
    public Visit get(@Context SecurityContext security, @PathParam("id") long id) {
        return service.get(RestContext.caller(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records a visit; Location names it")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, VisitPayload body) {
        Visit created = service.create(RestContext.caller(security), required(body).toInput());
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a visit", description = "The body carries every field and the version it was read at.")
    public Visit update(@Context SecurityContext security, @PathParam("id") long id, VisitPayload body) {
        VisitPayload payload = required(body);
        return service.update(RestContext.caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Deletes a visit")
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        service.delete(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    /** The answer of {@code count}. */
    public record CountBody(long count) {
    }

    private static VisitPayload required(VisitPayload body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return body;
    }

    private static VisitQuery query(String q, String accountId) {
        return new VisitQuery(q, accountId == null || accountId.isBlank() ? null : (long) number(accountId, "accountId"));
    }

    /** Parsed here rather than by JAX-RS, so a bad value is a 400 naming the parameter. */
    private static int limit(String limit) {
        return limit == null || limit.isBlank() ? PageRequest.DEFAULT_LIMIT : (int) number(limit, "limit");
    }

    private static long number(String text, String parameter) {
        try {
            return Long.parseLong(PersianText.toLatinDigits(text).strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(parameter, "core.error.invalidNumber");
        }
    }

    private static boolean descending(String order) {
        if (order == null || order.isBlank() || order.equalsIgnoreCase("asc")) {
            return false;
        }
        if (order.equalsIgnoreCase("desc")) {
            return true;
        }
        throw ValidationException.of("order", "visits.error.order");
    }
}
