package org.peyvand.platform.rest.internal.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.PathParam;
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
import org.peyvand.platform.security.ApiTokens;
import org.peyvand.platform.security.SecondFactor;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.platform.security.UserService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ProfileResource.class, property = RestResource.PROPERTY)
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profile", description = "The caller's own account: settings, password, second factor, API tokens, sessions")
public class ProfileResource {
    private final UserService users;
    private final SecondFactor secondFactor;
    private final ApiTokens tokens;
    private final SessionRegistry sessions;

    @Activate
    public ProfileResource(@Reference UserService users, @Reference SecondFactor secondFactor, @Reference ApiTokens tokens,
            @Reference SessionRegistry sessions) {
        this.users = users;
        this.secondFactor = secondFactor;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    /** A one-time code. */
    public record CodeBody(String code) {
    }

    /** A new token's name, expiry and permissions. */
    public record TokenBody(String name, Instant expiresAt, Set<String> permissions) {
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

    @POST
    @Path("otp")
    @Operation(summary = "Starts enrolling a second factor: the secret and the otpauth URI for a QR code")
    public SecondFactor.Enrolment beginOtp(@Context SecurityContext security) {
        return secondFactor.begin(RestContext.caller(security));
    }

    @POST
    @Path("otp/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Activates the second factor with its current code; answers the ten recovery codes, shown once")
    public List<String> confirmOtp(@Context SecurityContext security, CodeBody body) {
        return secondFactor.confirm(RestContext.caller(security), body == null ? null : body.code());
    }

    @POST
    @Path("otp/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turns the caller's second factor off, proving the password")
    public Response disableOtp(@Context SecurityContext security, PasswordBody body) {
        secondFactor.disable(RestContext.caller(security), UserResource.chars(body == null ? null : body.currentPassword()));
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "The caller's personal API tokens (never their secrets)")
    public List<ApiTokens.Token> tokens(@Context SecurityContext security) {
        return tokens.mine(RestContext.caller(security));
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a personal API token; its secret is in this answer only")
    public Response createToken(@Context SecurityContext security, TokenBody body) {
        TokenBody b = body == null ? new TokenBody(null, null, null) : body;
        ApiTokens.Created created = tokens.create(RestContext.caller(security), b.name(), b.expiresAt(), b.permissions());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("tokens/{id: [0-9]+}")
    @Operation(summary = "Revokes one of the caller's tokens")
    public Response revokeToken(@Context SecurityContext security, @PathParam("id") long id) {
        tokens.revoke(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    @POST
    @Path("logout-everywhere")
    @Operation(summary = "Ends every session of the caller; remembered credentials must log in afresh")
    public Response logoutEverywhere(@Context SecurityContext security) {
        sessions.logoutEverywhere(RestContext.caller(security));
        return Response.noContent().build();
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
