package org.peyvand.platform.rest.internal.security;

import java.util.List;

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
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.PermissionDefinition;
import org.peyvand.platform.security.PermissionRegistry;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.security.Role;
import org.peyvand.platform.security.RoleService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = RoleResource.class, property = RestResource.PROPERTY)
@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roles", description = "Roles (نقش‌ها) and the permissions they grant")
public class RoleResource {
    private final RoleService roles;
    private final PermissionRegistry permissions;

    @Activate
    public RoleResource(@Reference RoleService roles, @Reference PermissionRegistry permissions) {
        this.roles = roles;
        this.permissions = permissions;
    }

    /** A new role's name and labels. */
    public record RoleBody(String name, String labelFa, String labelEn) {
    }

    @GET
    @Operation(summary = "Lists roles with their permissions")
    public List<Role> list(@Context SecurityContext security) {
        return roles.list(RestContext.caller(security));
    }

    @GET
    @Path("permissions")
    @Operation(summary = "Every permission the installed modules declare")
    public List<PermissionDefinition> permissions(@Context SecurityContext security) {
        roles.list(RestContext.caller(security));
        return permissions.permissions();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "Reads one role")
    public Role get(@Context SecurityContext security, @PathParam("name") String name) {
        return roles.get(RestContext.caller(security), name);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a role that grants nothing yet")
    public Response create(@Context SecurityContext security, RoleBody body) {
        if (body == null) {
            throw ValidationException.of("body", "core.error.required");
        }
        Role role = roles.create(RestContext.caller(security), body.name(), body.labelFa(), body.labelEn());
        return Response.status(Response.Status.CREATED).entity(role).build();
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "Removes a role no user holds")
    public Response delete(@Context SecurityContext security, @PathParam("name") String name) {
        roles.delete(RestContext.caller(security), name);
        return Response.noContent().build();
    }

    @PUT
    @Path("{name}/permissions/{permission}")
    @Operation(summary = "Grants a permission to the role")
    public Role grant(@Context SecurityContext security, @PathParam("name") String name, @PathParam("permission") String permission) {
        return roles.grant(RestContext.caller(security), name, permission);
    }

    /** A record scope level. */
    public record ScopeBody(RecordScope.Level level) {
    }

    /** A field rule's access. */
    public record FieldRuleBody(FieldAccess.Access access) {
    }

    @PUT
    @Path("{name}/scopes/{objectType}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets which records of a type the role sees: OWN, UNIT, UNIT_TREE or ALL")
    public Role scope(@Context SecurityContext security, @PathParam("name") String name, @PathParam("objectType") String objectType,
            ScopeBody body) {
        return roles.setScope(RestContext.caller(security), name, objectType, body == null ? null : body.level());
    }

    @DELETE
    @Path("{name}/scopes/{objectType}")
    @Operation(summary = "Removes the role's scope setting for a type (it sees all)")
    public Role clearScope(@Context SecurityContext security, @PathParam("name") String name, @PathParam("objectType") String objectType) {
        return roles.clearScope(RestContext.caller(security), name, objectType);
    }

    @PUT
    @Path("{name}/fields/{objectType}/{field}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hides a field from the role (HIDDEN) or shows it read-only (READ_ONLY)")
    public Role fieldRule(@Context SecurityContext security, @PathParam("name") String name,
            @PathParam("objectType") String objectType, @PathParam("field") String field, FieldRuleBody body) {
        return roles.setFieldRule(RestContext.caller(security), name, objectType, field, body == null ? null : body.access());
    }

    @DELETE
    @Path("{name}/fields/{objectType}/{field}")
    @Operation(summary = "Removes a field rule (the field is editable again)")
    public Role clearFieldRule(@Context SecurityContext security, @PathParam("name") String name,
            @PathParam("objectType") String objectType, @PathParam("field") String field) {
        return roles.clearFieldRule(RestContext.caller(security), name, objectType, field);
    }

    @DELETE
    @Path("{name}/permissions/{permission}")
    @Operation(summary = "Revokes a permission from the role")
    public Role revoke(@Context SecurityContext security, @PathParam("name") String name, @PathParam("permission") String permission) {
        return roles.revoke(RestContext.caller(security), name, permission);
    }
}
