package org.peyvand.module.relations.internal.rest;

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
import org.peyvand.module.relations.Graph;
import org.peyvand.module.relations.Link;
import org.peyvand.module.relations.RelatedLink;
import org.peyvand.module.relations.RelationService;
import org.peyvand.module.relations.RelationType;
import org.peyvand.module.relations.internal.Params;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/relations}: parses, calls the service once, answers; the service checks and audits. */
@Component(service = RelationResource.class, property = RestResource.PROPERTY)
@Path("relations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Relationships", description = "Links between accounts and contacts (ارتباطات): list by record, add, change, delete, types, graph")
public class RelationResource {
    private final RelationService service;

    @Activate
    public RelationResource(@Reference RelationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Lists a record's links in both directions, keyset-paged",
            description = "Each link is named as read from the record: the inverse name where the record is the target. Pass nextCursor back as cursor.")
    public Page<RelatedLink> list(@Context SecurityContext security,
            @Parameter(required = true, schema = @Schema(allowableValues = { "account", "contact" })) @QueryParam("kind") String kind,
            @Parameter(required = true, description = "The record's id") @QueryParam("id") String id,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        int size = limit == null || limit.isBlank() ? PageRequest.DEFAULT_LIMIT : Params.number(limit, "limit").intValue();
        return service.linksOf(RestContext.caller(security), Params.kind(kind, "kind"), Params.number(id, "id"), new PageRequest(cursor, size, null,
                false));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Reads one link")
    public Link get(@Context SecurityContext security, @PathParam("id") long id) {
        return service.get(RestContext.caller(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a link; Location names it",
            description = "Refused: a record linked to itself, the same link twice, a cycle in a hierarchical type, records the caller cannot see, an end before the start.")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, LinkPayload body) {
        Link created = service.create(RestContext.caller(security), required(body).toInput());
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a link", description = "The body carries every field and the version it was read at.")
    public Link update(@Context SecurityContext security, @PathParam("id") long id, LinkPayload body) {
        LinkPayload payload = required(body);
        return service.update(RestContext.caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Deletes a link")
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        service.delete(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("types")
    @Operation(summary = "Lists the relationship types, built-in first")
    public List<RelationType> types(@Context SecurityContext security) {
        return service.types(RestContext.caller(security));
    }

    @GET
    @Path("types/{id: [0-9]+}")
    @Operation(summary = "Reads one relationship type")
    public RelationType type(@Context SecurityContext security, @PathParam("id") long id) {
        return service.type(RestContext.caller(security), id);
    }

    @POST
    @Path("types")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a relationship type (administrators); Location names it")
    public Response createType(@Context SecurityContext security, @Context UriInfo uri, TypePayload body) {
        RelationType created = service.createType(RestContext.caller(security), requiredType(body).toInput());
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path("types/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renames a relationship type", description = "Code, kinds and hierarchy stay as created.")
    public RelationType updateType(@Context SecurityContext security, @PathParam("id") long id, TypePayload body) {
        TypePayload payload = requiredType(body);
        return service.updateType(RestContext.caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @DELETE
    @Path("types/{id: [0-9]+}")
    @Operation(summary = "Deletes a relationship type", description = "Refused for built-in types and for types links still use.")
    public Response deleteType(@Context SecurityContext security, @PathParam("id") long id) {
        service.deleteType(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("graph")
    @Operation(summary = "The records within depth links of one, both ways, and the links between them",
            description = "At most " + RelationService.MAX_NODES + " records; truncated says the limit cut the walk short.")
    public Graph graph(@Context SecurityContext security,
            @Parameter(required = true, schema = @Schema(allowableValues = { "account", "contact" })) @QueryParam("kind") String kind,
            @Parameter(required = true) @QueryParam("id") String id,
            @Parameter(description = "1 to " + RelationService.MAX_DEPTH + " (default 2)") @QueryParam("depth") String depth) {
        int levels = depth == null || depth.isBlank() ? 2 : Params.number(depth, "depth").intValue();
        return service.neighbours(RestContext.caller(security), Params.kind(kind, "kind"), Params.number(id, "id"), levels);
    }

    private static LinkPayload required(LinkPayload body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return body;
    }

    private static TypePayload requiredType(TypePayload body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return body;
    }
}
