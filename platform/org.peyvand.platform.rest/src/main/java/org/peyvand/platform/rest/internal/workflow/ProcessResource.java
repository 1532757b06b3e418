package org.peyvand.platform.rest.internal.workflow;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.workflow.ExecutorSummary;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.ProcessService;
import org.peyvand.platform.workflow.ProcessSummary;
import org.peyvand.platform.workflow.ProcessVersion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ProcessResource.class, property = RestResource.PROPERTY)
@Path("processes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Processes", description = "BPMN 2.0 processes (فرایندها) in versions, deployed and started")
public class ProcessResource {
    static final String KEY = "{key: [A-Za-z_][A-Za-z0-9_.-]{0,119}}";
    private static final long MAX_BPMN_BYTES = 4L * 1024 * 1024;

    private final ProcessService processes;

    @Activate
    public ProcessResource(@Reference ProcessService processes) {
        this.processes = processes;
    }

    /** What starts an instance: the record it is about, if any, and its first variables. */
    public record StartBody(String recordType, String recordId, Map<String, Object> variables) {
    }

    @GET
    @Operation(summary = "The newest version of every process, with the executors it needs that no module offers now")
    public List<ProcessSummary> list(@Context SecurityContext security) {
        return processes.list(RestContext.caller(security));
    }

    @GET
    @Path("executors")
    @Operation(summary = "The service-task executors started modules offer now, with their labels, by id")
    public List<ExecutorSummary> executors(@Context SecurityContext security) {
        return processes.executors(RestContext.caller(security));
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Deploys the processes of a BPMN 2.0 document as their next versions",
            description = "Refused with 400 when the XML is invalid or uses an element the engine does not run; each error names the "
                    + "element. A document identical to the newest version deploys nothing (an empty list).")
    public List<ProcessSummary> deploy(@Context SecurityContext security,
            @Parameter(description = "Why, kept with the version") @QueryParam("comment") String comment, InputStream body) {
        String xml = new String(RestContext.readBounded(body, MAX_BPMN_BYTES), StandardCharsets.UTF_8);
        return processes.deploy(RestContext.caller(security), xml, comment);
    }

    @GET
    @Path(KEY + "/versions")
    @Operation(summary = "The versions of a process, newest first, with how many instances of each still run")
    public List<ProcessVersion> versions(@Context SecurityContext security, @PathParam("key") String key) {
        return processes.versions(RestContext.caller(security), key);
    }

    @GET
    @Path(KEY + "/versions/{version}/bpmn")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The BPMN 2.0 XML of a version, to open in any modeller")
    public Response xml(@Context SecurityContext security, @PathParam("key") String key,
            @Parameter(description = "The version number", schema = @Schema(type = "integer")) @PathParam("version") String version) {
        return Response.ok(processes.xml(RestContext.caller(security), key, RestContext.versionNumber(version)),
                "application/xml;charset=UTF-8").build();
    }

    @POST
    @Path(KEY + "/instances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts the newest version of a process that has a plain start event")
    public Response start(@Context SecurityContext security, @PathParam("key") String key, StartBody body) {
        StartBody given = body == null ? new StartBody(null, null, Map.of()) : body;
        ProcessInstance started = processes.start(RestContext.caller(security), key, given.recordType(), given.recordId(),
                given.variables() == null ? Map.of() : given.variables());
        return Response.status(Response.Status.CREATED).entity(started).build();
    }
}
