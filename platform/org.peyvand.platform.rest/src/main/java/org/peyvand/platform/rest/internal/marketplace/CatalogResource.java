package org.peyvand.platform.rest.internal.marketplace;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.marketplace.CatalogImage;
import org.peyvand.platform.marketplace.CatalogInfo;
import org.peyvand.platform.marketplace.CatalogInput;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = CatalogResource.class, property = RestResource.PROPERTY)
@Path("marketplace/catalogs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace", description = "Add-ons offered by trusted catalogs (بازارچهٔ افزونه‌ها), installed, updated and removed "
        + "in the background without a restart")
public class CatalogResource {
    private final MarketplaceService marketplace;

    @Activate
    public CatalogResource(@Reference MarketplaceService marketplace) {
        this.marketplace = marketplace;
    }

    /** A catalog to add; it is enabled unless {@code enabled} says otherwise. */
    public record CatalogBody(String id, CatalogKind kind, String location, Boolean enabled) {

        public CatalogInput input() {
            return new CatalogInput(id, kind, location, enabled == null || enabled);
        }
    }

    @GET
    @Operation(summary = "The configured catalogs with how their last reading went",
            description = "`errorKey` and `errorArgs` say why a catalog could not be read last time; it then offers nothing.")
    public List<CatalogInfo> list(@Context SecurityContext security) {
        return marketplace.catalogs(RestContext.caller(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a folder or remote catalog and reads it once",
            description = "`id` (2 to 40 lower-case Latin letters, digits and dashes), `kind` (`FOLDER` with the path of a folder on the "
                    + "server, or `REMOTE` with the http(s) URL of its index.json) as `location`, and `enabled` (true when left out). Only indexes "
                    + "signed by a trusted key are offered. Needs `platform.marketplace.manage`.")
    public Response add(@Context SecurityContext security, CatalogBody body) {
        // the service checks the permission before the input, and names the fields a missing body lacks
        CatalogInfo added = marketplace.addCatalog(RestContext.caller(security), body == null ? null : body.input());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Removes a folder or remote catalog; what was installed from it stays")
    public Response remove(@Context SecurityContext security, @PathParam("id") String id) {
        marketplace.removeCatalog(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    @POST
    @Path("refresh")
    @Operation(summary = "Reads every enabled catalog again and answers them as they are now")
    public List<CatalogInfo> refresh(@Context SecurityContext security) {
        return marketplace.refresh(RestContext.caller(security));
    }

    @GET
    @Path("{id}/images")
    @Produces({"image/png", "image/jpeg", "image/gif", "image/webp", MediaType.APPLICATION_JSON})
    @Operation(summary = "An image the catalog keeps beside its index, such as a screenshot an add-on names (PNG, JPEG, GIF or WebP)")
    public Response image(@Context SecurityContext security, @PathParam("id") String id, @QueryParam("path") String path) {
        CatalogImage image = marketplace.image(RestContext.caller(security), id, path);
        return Response.ok(image.bytes(), image.mediaType()).build();
    }
}
