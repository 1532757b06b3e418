package org.peyvand.platform.rest.internal.security;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.FirstStart;
import org.peyvand.platform.security.UserAccount;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/setup}: the one request that carries no user's credentials. It is
 * authenticated by the one-time token the installation printed, and works once.
 */
@Component(service = SetupResource.class, property = RestResource.PROPERTY)
@Path(SetupResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform")
public class SetupResource {
    public static final String PATH = "setup";
    private final FirstStart firstStart;

    @Activate
    public SetupResource(@Reference FirstStart firstStart) {
        this.firstStart = firstStart;
    }

    /** The printed token and the first administrator's account. */
    public record SetupBody(String token, String username, String displayName, String password) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates the first administrator with the printed one-time setup token")
    public Response setup(SetupBody body) {
        if (body == null) {
            throw ValidationException.of("body", "core.error.required");
        }
        UserAccount admin = firstStart.createAdministrator(body.token(), body.username(), body.displayName(),
                body.password() == null ? null : body.password().toCharArray());
        return Response.status(Response.Status.CREATED).entity(admin).build();
    }
}
