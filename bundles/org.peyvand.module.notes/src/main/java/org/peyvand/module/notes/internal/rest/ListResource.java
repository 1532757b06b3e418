package org.peyvand.module.notes.internal.rest;

import java.util.List;
import java.util.Map;

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
import org.peyvand.module.notes.ListMember;
import org.peyvand.module.notes.ListService;
import org.peyvand.module.notes.ListShare;
import org.peyvand.module.notes.MarketingList;
import org.peyvand.module.notes.internal.Params;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/lists}: parses, calls the service once, answers; the service checks and audits. */
@Component(service = ListResource.class, property = RestResource.PROPERTY)
@Path("lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lists", description = "Marketing lists (فهرست‌ها) of any record type, static or dynamic (a saved report filter): CRUD, members, sharing")
public class ListResource {
    private final ListService service;

    @Activate
    public ListResource(@Reference ListService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Lists the lists the caller may read (own scope or shared), by id, keyset-paged")
    public Page<MarketingList> list(@Context SecurityContext security,
            @Parameter(description = "Only lists of this record type") @QueryParam("recordType") String recordType,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.lists(RestContext.caller(security), recordType, new PageRequest(cursor, Params.limit(limit), null, false));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Reads one list")
    public MarketingList get(@Context SecurityContext security, @PathParam("id") long id) {
        return service.get(RestContext.caller(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a list; Location names it",
            description = "Refused: a blank name, a name the owner already uses (409), an unknown record type, a dynamic list without filters or with filters the report builder cannot run.")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, ListPayload body) {
        MarketingList created = service.create(RestContext.caller(security), required(body).toInput());
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renames a list or changes a dynamic list's filters", description = "Record type and kind stay as created.")
    public MarketingList update(@Context SecurityContext security, @PathParam("id") long id, ListPayload body) {
        ListPayload payload = required(body);
        return service.update(RestContext.caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Deletes a list with its members and shares")
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        service.delete(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/members")
    @Operation(summary = "A page of the list's members by record id", description = "A dynamic list's filters are run now.")
    public Page<ListMember> members(@Context SecurityContext security, @PathParam("id") long id,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.members(RestContext.caller(security), id, new PageRequest(cursor, Params.limit(limit), null, false));
    }

    @GET
    @Path("{id: [0-9]{1,18}}/count")
    @Operation(summary = "How many members the list has now")
    public Map<String, Long> count(@Context SecurityContext security, @PathParam("id") long id) {
        return Map.of("count", service.count(RestContext.caller(security), id));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds records to a static list, up to 1000 in one call", description = "Those already in it stay; answers how many were added.")
    public Map<String, Integer> add(@Context SecurityContext security, @PathParam("id") long id, MembersPayload body) {
        return Map.of("added", service.addMembers(RestContext.caller(security), id, requiredMembers(body).recordIds()));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/members/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Removes records from a static list, up to 1000 in one call")
    public Map<String, Integer> remove(@Context SecurityContext security, @PathParam("id") long id, MembersPayload body) {
        return Map.of("removed", service.removeMembers(RestContext.caller(security), id, requiredMembers(body).recordIds()));
    }

    @GET
    @Path("{id: [0-9]{1,18}}/shares")
    @Operation(summary = "Whom the list is shared with")
    public List<ListShare> shares(@Context SecurityContext security, @PathParam("id") long id) {
        return service.shares(RestContext.caller(security), id);
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces the list's shares", description = "Each: kind USER (grantee a username) or UNIT (an org unit's id), access READ or EDIT.")
    public List<ListShare> share(@Context SecurityContext security, @PathParam("id") long id, List<ListShare> body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return service.share(RestContext.caller(security), id, body);
    }

    private static ListPayload required(ListPayload body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return body;
    }

    private static MembersPayload requiredMembers(MembersPayload body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return body;
    }
}
