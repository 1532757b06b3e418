package ${package}.internal.rest;

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
import ${package}.${recordName};
import ${package}.${recordName}Service;
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

/** {@code /api/v1/${moduleId}}: parses, calls the service once, answers; the service checks and audits. */
@Component(service = ${recordName}Resource.class, property = RestResource.PROPERTY)
@Path("${moduleId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "${nameEn}", description = "${nameEn} (${nameFa}): list, read, create, change, delete")
public class ${recordName}Resource {
    private final ${recordName}Service service;

    @Activate
    public ${recordName}Resource(@Reference ${recordName}Service service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Lists records, keyset-paged", description = "Pass nextCursor back as cursor for the next page.")
    public Page<${recordName}> list(@Context SecurityContext security, @Parameter(description = "Words the name starts with") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(schema = @Schema(allowableValues = {${recordName}Service.SORT_NAME, ${recordName}Service.SORT_CREATED})) @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(allowableValues = {"asc", "desc"})) @QueryParam("order") String order) {
        return service.list(RestContext.caller(security), q, new PageRequest(cursor, limit(limit), sort, descending(order)));
    }

    @GET
    @Path("count")
    @Operation(summary = "Counts the records a list with the same words would show")
    public CountBody count(@Context SecurityContext security, @QueryParam("q") String q) {
        return new CountBody(service.count(RestContext.caller(security), q));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Reads one record")
    public ${recordName} get(@Context SecurityContext security, @PathParam("id") long id) {
        return service.get(RestContext.caller(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a record; Location names it")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, ${recordName}Payload body) {
        ${recordName} created = service.create(RestContext.caller(security), required(body).toInput());
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a record", description = "The body carries every field and the version it was read at.")
    public ${recordName} update(@Context SecurityContext security, @PathParam("id") long id, ${recordName}Payload body) {
        ${recordName}Payload payload = required(body);
        return service.update(RestContext.caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Deletes a record")
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        service.delete(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    /** The answer of {@code count}. */
    public record CountBody(long count) {
    }

    private static ${recordName}Payload required(${recordName}Payload body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return body;
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
        throw ValidationException.of("order", "${moduleId}.error.order");
    }
}
