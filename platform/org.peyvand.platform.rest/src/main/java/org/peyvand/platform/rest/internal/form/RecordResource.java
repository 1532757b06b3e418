package org.peyvand.platform.rest.internal.form;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.RecordImport;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.platform.form.RecordLinks;
import org.peyvand.platform.form.RecordQuery;
import org.peyvand.platform.form.RecordService;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = RecordResource.class, property = RestResource.PROPERTY)
@Path("records/{type: [a-z][a-zA-Z0-9.]{2,119}}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Designed records", description = "Records of the record types designed in the form designer (custom.*), and "
        + "submissions of stand-alone forms (form.*: POST submits, and they are never changed): their fields are those of the form "
        + "of the same key")
public class RecordResource {
    private static final String FILTER_PREFIX = "cf.";
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    private final RecordService records;
    private final RecordLinks links;

    @Activate
    public RecordResource(@Reference RecordService records, @Reference RecordLinks links) {
        this.records = records;
        this.links = links;
    }

    /** A record's values as clients send them, and the version read when changing it. */
    public record RecordBody(Map<String, Object> values, Long version) {
    }

    @GET
    @Operation(summary = "Lists records, oldest first or in a field's order, keyset-paged",
            description = "q matches words of the text fields as prefixes, Persian-normalised; cf.<field>=<value> filters by a field.")
    public Page<CustomRecord> list(@Context SecurityContext security, @Context UriInfo uri, @PathParam("type") String type,
            @Parameter(description = "Search words") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "asc (default) or desc") @QueryParam("order") String order,
            @Parameter(description = "createdAt (default) or a field's name; records without a value of the field come last")
            @QueryParam("sort") String sort) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ValidationException.of("limit", "core.error.range", 1, MAX_LIMIT);
        }
        return records.search(caller(security), type, query(q, uri), new PageRequest(cursor, size, sort, "desc".equals(order)));
    }

    @GET
    @Path("count")
    @Operation(summary = "Counts the records a list with the same filter would show")
    public Map<String, Long> count(@Context SecurityContext security, @Context UriInfo uri, @PathParam("type") String type,
            @QueryParam("q") String q) {
        return Map.of("count", records.count(caller(security), type, query(q, uri)));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Reads one record")
    public CustomRecord get(@Context SecurityContext security, @PathParam("type") String type, @PathParam("id") long id) {
        return records.get(caller(security), type, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a record; the form's rules check every value")
    public Response create(@Context SecurityContext security, @PathParam("type") String type, RecordBody body) {
        CustomRecord created = records.create(caller(security), type, values(body));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a record; fields left out keep their values; a newer stored version is a conflict")
    public CustomRecord update(@Context SecurityContext security, @PathParam("type") String type, @PathParam("id") long id,
            RecordBody body) {
        return records.update(caller(security), type, id, values(body), body == null ? null : body.version());
    }

    @GET
    @Path("{id: [0-9]+}/links")
    @Operation(summary = "What deleting a record of any type (accounts.account, custom.*, ...) would remove with it",
            description = "Relation links, notes, list memberships and whatever else the installed modules keep about it, as counts.")
    public List<RecordLinkCount> links(@Context SecurityContext security, @PathParam("type") String type, @PathParam("id") long id) {
        return links.linksTo(caller(security), type, id);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Deletes a record; one with links is a 409 listing them unless confirm=true")
    public Response delete(@Context SecurityContext security, @PathParam("type") String type, @PathParam("id") long id,
            @Parameter(description = "Remove the record's links with it") @QueryParam("confirm") boolean confirm) {
        records.delete(caller(security), type, id, confirm);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Imports records from CSV (UTF-8); the header names fields or their labels; valid rows are stored")
    public RecordImport importCsv(@Context SecurityContext security, @PathParam("type") String type, InputStream body) {
        return records.importCsv(caller(security), type, RestContext.readBounded(body, RestResource.MAX_UPLOAD_BYTES), Progress.NONE);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Exports the matching records as CSV (UTF-8 with BOM)")
    public Response export(@Context SecurityContext security, @Context UriInfo uri, @PathParam("type") String type, @QueryParam("q") String q) {
        Caller caller = caller(security);
        RecordQuery query = query(q, uri);
        StreamingOutput body = out -> records.exportCsv(caller, type, query, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + type + ".csv\"").build();
    }

    private static RecordQuery query(String q, UriInfo uri) {
        Map<String, String> filters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (name.startsWith(FILTER_PREFIX) && !values.isEmpty()) {
                filters.put(name.substring(FILTER_PREFIX.length()), values.get(0));
            }
        });
        return new RecordQuery(q, filters);
    }

    /** No values is an empty record, which the form's required fields refuse after the permission check. */
    private static Map<String, Object> values(RecordBody body) {
        return body == null || body.values() == null ? Map.of() : body.values();
    }

    private static Caller caller(SecurityContext security) {
        return RestContext.caller(security);
    }
}
