package org.peyvand.platform.rest.internal.security;

import java.util.List;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
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
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.SessionRegistry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = SessionResource.class, property = RestResource.PROPERTY)
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Signed-in workspace sessions: list and end")
public class SessionResource {
    private final SessionRegistry sessions;

    @Activate
    public SessionResource(@Reference SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @GET
    @Operation(summary = "Lists the open sessions")
    public List<SessionRegistry.Info> list(@Context SecurityContext security) {
        return sessions.list(RestContext.caller(security));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Ends a session")
    public Response kill(@Context SecurityContext security, @PathParam("id") String id) {
        sessions.kill(RestContext.caller(security), id);
        return Response.noContent().build();
    }
}
