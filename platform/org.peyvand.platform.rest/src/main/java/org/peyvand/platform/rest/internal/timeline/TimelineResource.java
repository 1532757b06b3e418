package org.peyvand.platform.rest.internal.timeline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.timeline.TimelineEntry;
import org.peyvand.platform.timeline.TimelineKind;
import org.peyvand.platform.timeline.TimelineService;
import org.peyvand.platform.timeline.TimelineSubject;
import org.peyvand.platform.timeline.TimelineSummary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = TimelineResource.class, property = RestResource.PROPERTY)
@Path("timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "One record's timeline (گاه‌شمار): what every installed module records about it, newest first")
public class TimelineResource {
    private final TimelineService timeline;

    @Activate
    public TimelineResource(@Reference TimelineService timeline) {
        this.timeline = timeline;
    }

    /** A page of the timeline with its header and the kinds its filter offers. */
    public record TimelineBody(List<TimelineEntry> entries, String nextCursor, TimelineSummary summary, List<TimelineKind> kinds) {
    }

    @GET
    @Path("{type}/{id}")
    @Operation(summary = "The record's entries older than the cursor, newest first, keyset-paged, with the summary and the kinds on offer")
    public TimelineBody timeline(@Context SecurityContext security, @PathParam("type") String type, @PathParam("id") String id,
            @Parameter(description = "the previous page's nextCursor") @QueryParam("before") String before,
            @Parameter(description = "entries per page, 1 to 200 (default 20)") @QueryParam("limit") Integer limit,
            @Parameter(description = "only entries of these kinds (repeatable)") @QueryParam("kind") List<String> kinds) {
        Caller caller = RestContext.caller(security);
        TimelineSubject subject = new TimelineSubject(type, id);
        Page<TimelineEntry> page = timeline.entries(caller, subject, before, limit == null ? TimelineService.DEFAULT_LIMIT : limit,
                kinds == null ? Set.of() : kinds.stream().filter(k -> !k.isBlank()).collect(Collectors.toSet()));
        return new TimelineBody(page.items(), page.nextCursor(), timeline.summary(caller, subject), timeline.kinds(caller, subject));
    }
}
