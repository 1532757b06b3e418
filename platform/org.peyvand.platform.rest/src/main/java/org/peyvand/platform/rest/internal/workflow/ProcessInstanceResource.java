package org.peyvand.platform.rest.internal.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.BeanParam;
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
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.workflow.Incident;
import org.peyvand.platform.workflow.InstanceDetail;
import org.peyvand.platform.workflow.InstanceQuery;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.ProcessService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ProcessInstanceResource.class, property = RestResource.PROPERTY)
@Path("process-instances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Process instances", description = "Monitoring running and finished process instances, and the incidents of their jobs")
public class ProcessInstanceResource {
    private static final String ID = "{id: [0-9]{1,18}}";

    private final ProcessService processes;

    @Activate
    public ProcessInstanceResource(@Reference ProcessService processes) {
        this.processes = processes;
    }

    @GET
    @Operation(summary = "Instances, newest first, keyset-paged")
    public Page<ProcessInstance> list(@Context SecurityContext security, @BeanParam Filters filters,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return processes.instances(RestContext.caller(security), filters.query(),
                new PageRequest(cursor, limit == null ? PageRequest.DEFAULT_LIMIT : limit, null, true));
    }

    @GET
    @Path("count")
    @Operation(summary = "How many instances the list shows for the same filters", description = "{\"total\": n}")
    public Map<String, Long> count(@Context SecurityContext security, @BeanParam Filters filters) {
        return Map.of("total", processes.count(RestContext.caller(security), filters.query()));
    }

    /** The filters the list and its count share. */
    public static class Filters {
        @QueryParam("process")
        @Parameter(description = "The process key")
        public String process;
        @QueryParam("state")
        @Parameter(description = "ACTIVE, SUSPENDED, COMPLETED or CANCELLED")
        public String state;
        @QueryParam("startedBy")
        public String startedBy;
        @QueryParam("recordType")
        public String recordType;
        @QueryParam("recordId")
        public String recordId;
        @QueryParam("incidents")
        @Parameter(description = "Only instances with incidents")
        public boolean incidents;

        InstanceQuery query() {
            return new InstanceQuery(process, state(state), startedBy, recordType, recordId, incidents);
        }
    }

    private static InstanceState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return InstanceState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ValidationException.of("state", "core.error.invalidValue");
        }
    }

    @GET
    @Path(ID)
    @Operation(summary = "An instance with its variables, its history and its incidents")
    public InstanceDetail get(@Context SecurityContext security, @PathParam("id") long id) {
        return processes.instance(RestContext.caller(security), id);
    }

    @POST
    @Path(ID + "/suspend")
    @Operation(summary = "Stops its timers and tasks from moving until resumed")
    public ProcessInstance suspend(@Context SecurityContext security, @PathParam("id") long id, @QueryParam("reason") String reason) {
        return processes.suspend(RestContext.caller(security), id, reason);
    }

    @POST
    @Path(ID + "/resume")
    @Operation(summary = "Lets a suspended instance move on")
    public ProcessInstance resume(@Context SecurityContext security, @PathParam("id") long id) {
        return processes.resume(RestContext.caller(security), id);
    }

    @POST
    @Path(ID + "/cancel")
    @Operation(summary = "Ends an instance where it stands; its tasks are cancelled")
    public ProcessInstance cancel(@Context SecurityContext security, @PathParam("id") long id, @QueryParam("reason") String reason) {
        return processes.cancel(RestContext.caller(security), id, reason);
    }

    @POST
    @Path(ID + "/migrate")
    @Operation(summary = "Moves an instance to another version of its process",
            description = "Refused with 409, naming the elements, when the target lacks an element a token waits at.")
    public ProcessInstance migrate(@Context SecurityContext security, @PathParam("id") long id,
            @Parameter(description = "The target version") @QueryParam("version") int version) {
        return processes.migrate(RestContext.caller(security), id, version);
    }

    @GET
    @Path("incidents")
    @Operation(summary = "Jobs that failed every attempt, or whose executor no module offers, newest first")
    public List<Incident> incidents(@Context SecurityContext security) {
        return processes.incidents(RestContext.caller(security));
    }

    @POST
    @Path("incidents/" + ID + "/retry")
    @Operation(summary = "Runs a failed job again now")
    public Response retry(@Context SecurityContext security, @PathParam("id") long id) {
        processes.retry(RestContext.caller(security), id);
        return Response.noContent().build();
    }
}
