package org.peyvand.platform.rest.internal.form;

import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.form.LookupHit;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = LookupResource.class, property = RestResource.PROPERTY)
@Path("lookups/{type: [a-z][a-zA-Z0-9.]{2,119}}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lookups", description = "What lookup, user and org unit fields may point at: records of a type by name "
        + "(platform.user for colleagues, platform.unit for org units), only those the caller may see")
public class LookupResource {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_KEYS = 100;

    private final RecordLookups lookups;

    @Activate
    public LookupResource(@Reference RecordLookups lookups) {
        this.lookups = lookups;
    }

    @GET
    @Operation(summary = "Finds records by name, for a lookup field as the user types")
    public List<LookupHit> find(@Context SecurityContext security, @PathParam("type") String type,
            @Parameter(description = "Part of the name") @QueryParam("q") String q,
            @Parameter(description = "At most this many, 1 to 100 (default 20)") @QueryParam("limit") Integer limit) {
        return lookups.find(RestContext.caller(security), type, q, limit == null ? DEFAULT_LIMIT : limit);
    }

    @GET
    @Path("names")
    @Operation(summary = "Names stored values: the keys that name a record the caller may see, with its name")
    public Map<String, String> names(@Context SecurityContext security, @PathParam("type") String type,
            @Parameter(description = "A stored value, repeated; at most 100") @QueryParam("key") List<String> keys) {
        return lookups.names(RestContext.caller(security), type, keys.stream().distinct().limit(MAX_KEYS).toList());
    }
}
