package org.peyvand.platform.rest.internal.security;

import java.net.URI;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.SecondFactor;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.platform.security.UserService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = UserResource.class, property = RestResource.PROPERTY)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Users (کاربران): create, change, roles, lock, passwords")
public class UserResource {
    private final UserService users;
    private final SecondFactor secondFactor;

    @Activate
    public UserResource(@Reference UserService users, @Reference SecondFactor secondFactor) {
        this.users = users;
        this.secondFactor = secondFactor;
    }

    @GET
    @Operation(summary = "Lists users whose username or name contains q")
    public List<UserAccount> list(@Context SecurityContext security, @QueryParam("q") String q) {
        return users.list(RestContext.caller(security), q);
    }

    @GET
    @Path("{username}")
    @Operation(summary = "Reads one user")
    public UserAccount get(@Context SecurityContext security, @PathParam("username") String username) {
        return users.get(RestContext.caller(security), username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a user with a password and roles")
    public Response create(@Context SecurityContext security, UserBody body) {
        UserBody b = required(body);
        UserAccount created = users.create(RestContext.caller(security), b.username(), b.input(), chars(b.password()),
                b.roles() == null ? Set.of() : b.roles());
        return Response.created(URI.create("users/" + created.username())).entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a user's details; the body carries the version it was read at")
    public UserAccount update(@Context SecurityContext security, @PathParam("username") String username, UserBody body) {
        UserBody b = required(body);
        if (b.version() == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        return users.update(RestContext.caller(security), username, b.input(), b.version());
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces a user's roles")
    public UserAccount roles(@Context SecurityContext security, @PathParam("username") String username, Set<String> roles) {
        return users.setRoles(RestContext.caller(security), username, roles == null ? Set.of() : roles);
    }

    @POST
    @Path("{username}/lock")
    @Operation(summary = "Locks a user out until unlocked")
    public UserAccount lock(@Context SecurityContext security, @PathParam("username") String username) {
        return users.setLocked(RestContext.caller(security), username, true);
    }

    @POST
    @Path("{username}/unlock")
    @Operation(summary = "Unlocks a user and clears failed logins")
    public UserAccount unlock(@Context SecurityContext security, @PathParam("username") String username) {
        return users.setLocked(RestContext.caller(security), username, false);
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets another user's password")
    public Response password(@Context SecurityContext security, @PathParam("username") String username, PasswordBody body) {
        users.resetPassword(RestContext.caller(security), username, chars(body == null ? null : body.password()));
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/otp/reset")
    @Operation(summary = "Removes a user's second factor (a lost phone); they enrol again")
    public Response resetOtp(@Context SecurityContext security, @PathParam("username") String username) {
        secondFactor.reset(RestContext.caller(security), username);
        return Response.noContent().build();
    }

    static UserBody required(UserBody body) {
        if (body == null) {
            throw ValidationException.of("body", "core.error.required");
        }
        return body;
    }

    static char[] chars(String password) {
        return password == null ? null : password.toCharArray();
    }
}
