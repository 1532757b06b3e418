package org.peyvand.platform.rest.internal.security;

import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitInput;
import org.peyvand.platform.security.OrgUnitService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = UnitResource.class, property = RestResource.PROPERTY)
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Org units", description = "The organisation tree (واحدهای سازمانی)")
public class UnitResource {
    private final OrgUnitService units;

    @Activate
    public UnitResource(@Reference OrgUnitService units) {
        this.units = units;
    }

    /** A unit as clients send it; version only when changing. */
    public record UnitBody(String code, String nameFa, String nameEn, OrgUnit.Kind kind, Long parentId, Long version) {
        OrgUnitInput input() {
            return new OrgUnitInput(code, nameFa, nameEn, kind, parentId);
        }
    }

    @GET
    @Operation(summary = "Every unit, parents before children")
    public List<OrgUnit> tree(@Context SecurityContext security) {
        return units.tree(RestContext.caller(security));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Reads one unit")
    public OrgUnit get(@Context SecurityContext security, @PathParam("id") long id) {
        return units.get(RestContext.caller(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a unit under a parent (the organisation when none)")
    public Response create(@Context SecurityContext security, UnitBody body) {
        OrgUnit unit = units.create(RestContext.caller(security), required(body).input());
        return Response.status(Response.Status.CREATED).entity(unit).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renames or moves a unit")
    public OrgUnit update(@Context SecurityContext security, @PathParam("id") long id, UnitBody body) {
        UnitBody b = required(body);
        if (b.version() == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return units.update(RestContext.caller(security), id, b.input(), b.version());
    }

    @PUT
    @Path("{id: [0-9]+}/managers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces the usernames of the unit's managers")
    public OrgUnit managers(@Context SecurityContext security, @PathParam("id") long id, Set<String> usernames) {
        return units.setManagers(RestContext.caller(security), id, usernames);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Removes a unit without sub-units or members")
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        units.delete(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    private static UnitBody required(UnitBody body) {
        if (body == null) {
            throw ValidationException.of("body", "core.error.required");
        }
        return body;
    }
}
