package org.peyvand.module.network.internal.rest;

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
import org.peyvand.module.network.NetworkNode;
import org.peyvand.module.network.NetworkService;
import org.peyvand.module.network.NetworkTree;
import org.peyvand.module.network.NodeClass;
import org.peyvand.module.network.NodeQuery;
import org.peyvand.module.network.Region;
import org.peyvand.module.network.internal.Params;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/network}: parses, calls the service once, answers; the service checks and audits. */
@Component(service = NetworkResource.class, property = RestResource.PROPERTY)
@Path("network")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sales network", description = "Subsidiaries and sales network (شبکه فروش): the tree of subsidiary links with roles, classes, regions and figures")
public class NetworkResource {
    private static final int DEFAULT_DEPTH = 1;

    private final NetworkService service;

    @Activate
    public NetworkResource(@Reference NetworkService service) {
        this.service = service;
    }

    @GET
    @Path("tree")
    @Operation(summary = "The tree from one organisation, or from the network's tops, keyset-paged",
            description = "Each node carries its role, class, region and figures rolled up beneath it. Pass nextCursor back as cursor.")
    public Page<NetworkTree> tree(@Context SecurityContext security, @Parameter(description = "An account id; left out for the tops") @QueryParam("root") String root,
            @Parameter(description = "Levels beneath each top, 0 to " + NetworkService.MAX_DEPTH + " (default 1)") @QueryParam("depth") String depth,
            @Parameter(description = "Tops per page, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Long levels = Params.number(depth, "depth");
        return service.tree(RestContext.caller(security), Params.number(root, "root"), levels == null ? DEFAULT_DEPTH : levels.intValue(),
                page(limit, cursor));
    }

    @GET
    @Path("nodes")
    @Operation(summary = "The organisations the network has facts about, filtered, by account id, keyset-paged",
            description = "A province as regionId takes in its cities.")
    public Page<NetworkNode> nodes(@Context SecurityContext security, @QueryParam("regionId") String regionId, @QueryParam("classId") String classId,
            @Parameter(description = "HEAD_OFFICE, SUBSIDIARY, AGENCY, DISTRIBUTION_CENTRE or SALES_CENTRE") @QueryParam("role") String role,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.find(RestContext.caller(security), new NodeQuery(Params.number(regionId, "regionId"), Params.number(classId, "classId"),
                Params.role(role, "role")), page(limit, cursor));
    }

    @GET
    @Path("nodes/{id: [0-9]+}")
    @Operation(summary = "One organisation with its figures")
    public NetworkNode node(@Context SecurityContext security, @PathParam("id") long accountId) {
        return service.node(RestContext.caller(security), accountId);
    }

    @GET
    @Path("nodes/{id: [0-9]+}/children")
    @Operation(summary = "The organisations right beneath one, with their figures")
    public List<NetworkNode> children(@Context SecurityContext security, @PathParam("id") long accountId) {
        return service.children(RestContext.caller(security), accountId);
    }

    @PUT
    @Path("nodes/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets an organisation's role, class and region",
            description = "A class only for agencies and sales centres. All three left out take it out of the network's records.")
    public NetworkNode assign(@Context SecurityContext security, @PathParam("id") long accountId, NodePayload body) {
        NodePayload payload = required(body);
        return service.assign(RestContext.caller(security), accountId, payload.toInput(), payload.version());
    }

    @GET
    @Path("regions")
    @Operation(summary = "The provinces, or with provinceId the cities of one, by name")
    public List<Region> regions(@Context SecurityContext security, @QueryParam("provinceId") String provinceId) {
        Long province = Params.number(provinceId, "provinceId");
        return province == null ? service.provinces(RestContext.caller(security)) : service.cities(RestContext.caller(security), province);
    }

    @GET
    @Path("regions/{id: [0-9]+}")
    @Operation(summary = "Reads one region")
    public Region region(@Context SecurityContext security, @PathParam("id") long id) {
        return service.region(RestContext.caller(security), id);
    }

    @POST
    @Path("regions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a city under a province (network.region.manage); Location names it")
    public Response createCity(@Context SecurityContext security, @Context UriInfo uri, RegionPayload body) {
        Region created = service.createCity(RestContext.caller(security), required(body).toInput());
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path("regions/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renames a province or a city", description = "The body carries the names and the version read.")
    public Region renameRegion(@Context SecurityContext security, @PathParam("id") long id, RegionPayload body) {
        RegionPayload payload = required(body);
        return service.renameRegion(RestContext.caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @DELETE
    @Path("regions/{id: [0-9]+}")
    @Operation(summary = "Deletes a city", description = "Refused for provinces and for cities nodes lie in.")
    public Response deleteCity(@Context SecurityContext security, @PathParam("id") long id) {
        service.deleteCity(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("classes")
    @Operation(summary = "The classes of agencies and sales centres, by code")
    public List<NodeClass> classes(@Context SecurityContext security) {
        return service.classes(RestContext.caller(security));
    }

    @GET
    @Path("classes/{id: [0-9]+}")
    @Operation(summary = "Reads one class")
    public NodeClass nodeClass(@Context SecurityContext security, @PathParam("id") long id) {
        return service.nodeClass(RestContext.caller(security), id);
    }

    @POST
    @Path("classes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a class (network.region.manage); Location names it")
    public Response createClass(@Context SecurityContext security, @Context UriInfo uri, ClassPayload body) {
        NodeClass created = service.createClass(RestContext.caller(security), required(body).toInput());
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path("classes/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a class's names and criteria", description = "The code stays as created.")
    public NodeClass updateClass(@Context SecurityContext security, @PathParam("id") long id, ClassPayload body) {
        ClassPayload payload = required(body);
        return service.updateClass(RestContext.caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @DELETE
    @Path("classes/{id: [0-9]+}")
    @Operation(summary = "Deletes a class", description = "Refused while nodes hold it.")
    public Response deleteClass(@Context SecurityContext security, @PathParam("id") long id) {
        service.deleteClass(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    private static PageRequest page(String limit, String cursor) {
        Long size = Params.number(limit, "limit");
        return new PageRequest(cursor, size == null ? PageRequest.DEFAULT_LIMIT : size.intValue(), null, false);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return body;
    }
}
