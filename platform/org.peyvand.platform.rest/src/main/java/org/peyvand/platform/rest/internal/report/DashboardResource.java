package org.peyvand.platform.rest.internal.report;

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
import org.peyvand.platform.report.Dashboard;
import org.peyvand.platform.report.DashboardService;
import org.peyvand.platform.report.ReportShare;
import org.peyvand.platform.report.SavedDashboard;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = DashboardResource.class, property = RestResource.PROPERTY)
@Path("dashboards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Reports over any record type: grouped by fields, users, units and Jalali or Gregorian periods, "
        + "with counts, sums and averages, within the caller's record scope and field rules")
public class DashboardResource {
    private static final String KEY = "{key: [a-z][a-zA-Z0-9._-]{2,119}}";

    private final DashboardService dashboards;

    /** A dashboard to keep and with whom it is shared. */
    public record Saving(Dashboard dashboard, List<ReportShare> shares) {
    }

    @Activate
    public DashboardResource(@Reference DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GET
    @Operation(summary = "The dashboards the caller sees: their own, those shared with them and the modules' dashboards, by title")
    public List<SavedDashboard> list(@Context SecurityContext security) {
        return dashboards.list(RestContext.caller(security));
    }

    @GET
    @Path("home")
    @Operation(summary = "The dashboard the caller opens first", description = "One made the default for a role of theirs, else their "
            + "own first by title; 204 when there is none.")
    public Response home(@Context SecurityContext security) {
        return dashboards.home(RestContext.caller(security)).map(d -> Response.ok(d).build()).orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves a new dashboard", description = "`widgets` (`{\"kind\": \"CHART\"|\"KPI\"|\"LIST\", \"report\", \"title\", "
            + "\"width\": 1-4}`) show reports the caller sees; a KPI needs a report of one aggregate without groups. `defaultFor` names "
            + "the roles that open it first, and shares it with them.")
    public Response create(@Context SecurityContext security, Saving body) {
        SavedDashboard saved = dashboards.save(RestContext.caller(security), dashboard(body, null), shares(body));
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @GET
    @Path(KEY)
    @Operation(summary = "A dashboard the caller sees")
    public SavedDashboard get(@Context SecurityContext security, @PathParam("key") String key) {
        return dashboards.get(RestContext.caller(security), key);
    }

    @PUT
    @Path(KEY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes one of the caller's dashboards and with whom it is shared")
    public SavedDashboard update(@Context SecurityContext security, @PathParam("key") String key, Saving body) {
        return dashboards.save(RestContext.caller(security), dashboard(body, key), shares(body));
    }

    @DELETE
    @Path(KEY)
    @Operation(summary = "Deletes one of the caller's dashboards")
    public Response delete(@Context SecurityContext security, @PathParam("key") String key) {
        dashboards.delete(RestContext.caller(security), key);
        return Response.noContent().build();
    }

    /** The body's dashboard under the address's key; the service refuses a missing one, once it has checked the caller's permission. */
    private static Dashboard dashboard(Saving body, String key) {
        return body == null || body.dashboard() == null ? null : body.dashboard().withKey(key);
    }

    private static List<ReportShare> shares(Saving body) {
        return body == null || body.shares() == null ? List.of() : body.shares();
    }
}
