package org.peyvand.platform.rest.internal.security;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.platform.security.UserService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ProfileResource.class, property = RestResource.PROPERTY)
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profile", description = "The caller's own account: settings and password")
public class ProfileResource {
    private final UserService users;

    @Activate
    public ProfileResource(@Reference UserService users) {
        this.users = users;
    }

    @GET
    @Operation(summary = "The caller's own account")
    public UserAccount me(@Context SecurityContext security) {
        return users.me(RestContext.caller(security));
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the caller's language, calendar, digits and money unit")
    public UserAccount preferences(@Context SecurityContext security, UserBody body) {
        return users.updateMyPreferences(RestContext.caller(security), UserResource.required(body).preferences());
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the caller's password, proving the current one")
    public Response password(@Context SecurityContext security, PasswordBody body) {
        PasswordBody b = body == null ? new PasswordBody(null, null) : body;
        users.changeMyPassword(RestContext.caller(security), UserResource.chars(b.currentPassword()), UserResource.chars(b.password()));
        return Response.noContent().build();
    }
}
