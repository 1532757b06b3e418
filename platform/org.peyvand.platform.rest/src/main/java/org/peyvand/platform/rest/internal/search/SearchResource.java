package org.peyvand.platform.rest.internal.search;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.search.SearchGroup;
import org.peyvand.platform.search.SearchService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = SearchResource.class, property = RestResource.PROPERTY)
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "One query across the records of every installed module (جستجوی سراسری)")
public class SearchResource {
    private final SearchService search;

    @Activate
    public SearchResource(@Reference SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "The records the caller may read that match q, grouped by record type; Persian letters, ZWNJ and digits "
            + "of any script match alike")
    public List<SearchGroup> search(@Context SecurityContext security,
            @Parameter(description = "what to look for, at most 100 characters", required = true) @QueryParam("q") String q,
            @Parameter(description = "hits per record type, 1 to 50 (default 8)") @QueryParam("limit") Integer limit) {
        return search.search(RestContext.caller(security), q, limit == null ? SearchService.DEFAULT_PER_TYPE : limit);
    }
}
