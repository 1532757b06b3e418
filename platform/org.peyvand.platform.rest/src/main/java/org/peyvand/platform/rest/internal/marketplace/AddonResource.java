package org.peyvand.platform.rest.internal.marketplace;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.peyvand.platform.marketplace.AddonQuery;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = AddonResource.class, property = RestResource.PROPERTY)
@Path("marketplace/addons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace")
public class AddonResource {
    private static final String JOB_STARTED = "Answers 202 with the job and its address in `Location`; the job goes on in the background, "
            + "posting `crm/marketplace/<id>/<state>` events: poll it until `state` is DONE, REFUSED or ROLLED_BACK, the last two with "
            + "`errorKey` saying why. 409 when a job for the add-on is under way. Needs `platform.marketplace.manage`.";

    private final MarketplaceService marketplace;

    @Activate
    public AddonResource(@Reference MarketplaceService marketplace) {
        this.marketplace = marketplace;
    }

    /** Which version to move to; none means the newest the catalogs offer. */
    public record VersionBody(String version) {
    }

    /** What an uninstall asks besides the removal. */
    public record UninstallBody(Boolean purge) {
    }

    @GET
    @Operation(summary = "The add-ons the catalogs offer or that are installed, by name in the caller's language",
            description = "Each with its newest version (`latest`), every version offered, what is installed and whether an update is.")
    public List<AddonBody> list(@Context SecurityContext security,
            @Parameter(description = "Words in the name, description, vendor or id") @QueryParam("q") String q,
            @Parameter(description = "Only this category") @QueryParam("category") String category,
            @Parameter(description = "true: only installed ones; false: only those not installed") @QueryParam("installed") String installed) {
        return marketplace.addons(RestContext.caller(security), new AddonQuery(blankless(q), blankless(category), installed(installed)))
                .stream().map(AddonBody::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An add-on with every version offered: kernel range, required modules and the permissions each adds")
    public AddonBody get(@Context SecurityContext security, @PathParam("id") String id) {
        return AddonBody.of(marketplace.addon(RestContext.caller(security), id));
    }

    @POST
    @Path("{id}/install")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Installs an add-on: the version given, or the newest", description = JOB_STARTED)
    public Response install(@Context SecurityContext security, @PathParam("id") String id, VersionBody body) {
        return started(marketplace.install(RestContext.caller(security), id, version(body)));
    }

    @POST
    @Path("{id}/update")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves an installed add-on to the version given, or the newest; its data stays",
            description = "Going back to an older version is refused unless the installed one declares it safe. " + JOB_STARTED)
    public Response update(@Context SecurityContext security, @PathParam("id") String id, VersionBody body) {
        return started(marketplace.update(RestContext.caller(security), id, version(body)));
    }

    @POST
    @Path("{id}/uninstall")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Removes an installed add-on; its data stays, so installing it again brings it back, unless the body says "
            + "{\"purge\": true}: then the tables its migrations created are dropped with their data first, for good", description = JOB_STARTED)
    public Response uninstall(@Context SecurityContext security, @PathParam("id") String id, UninstallBody body) {
        return started(marketplace.uninstall(RestContext.caller(security), id, body != null && Boolean.TRUE.equals(body.purge())));
    }

    private static Response started(InstallJob job) {
        return Response.accepted(job).location(URI.create("marketplace/jobs/" + job.id())).build();
    }

    private static String version(VersionBody body) {
        return body == null ? null : blankless(body.version());
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Boolean installed(String text) {
        String given = blankless(text);
        if (given == null) {
            return null;
        }
        return switch (given.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ValidationException.of("installed", "core.error.invalidValue");
        };
    }
}
