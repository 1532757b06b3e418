package org.peyvand.platform.rest.internal.marketplace;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = InstallJobResource.class, property = RestResource.PROPERTY)
@Path("marketplace/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace")
public class InstallJobResource {
    private final MarketplaceService marketplace;

    @Activate
    public InstallJobResource(@Reference MarketplaceService marketplace) {
        this.marketplace = marketplace;
    }

    @GET
    @Operation(summary = "The install, update and uninstall jobs since the server started, newest first")
    public List<InstallJob> list(@Context SecurityContext security) {
        return marketplace.jobs(RestContext.caller(security));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A job as far as it got: its state, percent and step (`stepKey`), or why it failed (`errorKey`, `errorArgs`)")
    public InstallJob get(@Context SecurityContext security, @PathParam("id") String id) {
        return marketplace.job(RestContext.caller(security), id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Stops a job that has not begun changing anything (`cancellable`); it ends CANCELLED",
            description = "409 when it has finished or is already installing or removing.")
    public InstallJob cancel(@Context SecurityContext security, @PathParam("id") String id) {
        return marketplace.cancel(RestContext.caller(security), id);
    }
}
