package org.peyvand.platform.rest.internal.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditQuery;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = AuditResource.class, property = RestResource.PROPERTY)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The append-only audit trail (رد ممیزی): search and CSV export; nothing changes or removes a line")
public class AuditResource {
    private final AuditTrail audit;

    @Activate
    public AuditResource(@Reference AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Searches the trail, newest first, keyset-paged; from/to are ISO-8601 instants")
    public Page<AuditEntry> search(@Context SecurityContext security, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        AuditQuery query = new AuditQuery(actor, action, objectType, objectId, instant(from, "from"), instant(to, "to"));
        int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        return audit.search(RestContext.caller(security), query, new PageRequest(cursor, size, "id", true));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The matching trail as CSV")
    public Response export(@Context SecurityContext security, @QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Caller caller = RestContext.caller(security);
        AuditQuery query = new AuditQuery(actor, action, objectType, objectId, instant(from, "from"), instant(to, "to"));
        StreamingOutput body = audit.exportCsv(caller, query)::accept;
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    private static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "core.error.invalidDate");
        }
    }
}
