package org.peyvand.platform.rest.internal.report;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.report.ExportFile;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ExportJob;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ReportExportResource.class, property = RestResource.PROPERTY)
@Path("reports/exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Report exports", description = "Excel and PDF files of whole reports, written in the background; each user sees their own")
public class ReportExportResource {
    private final ReportExports exports;

    /** What to export, and to which kind of file. */
    public record ExportRequest(ReportDefinition definition, ExportFormat format) {
    }

    @Activate
    public ReportExportResource(@Reference ReportExports exports) {
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts exporting a report", description = "Checks the definition at once (400 naming the field at fault) and "
            + "answers 202 with the export, which goes on in the background: poll it until `state` is DONE, then download its file. "
            + "Needs `platform.report.export` besides what running the report needs.")
    public Response start(@Context SecurityContext security, ExportRequest request) {
        // the service checks the permission before the request's content
        ExportJob job = exports.start(RestContext.caller(security), request == null ? null : request.definition(),
                request == null ? null : request.format());
        return Response.status(Response.Status.ACCEPTED).entity(job).build();
    }

    @GET
    @Operation(summary = "The caller's exports still kept, newest first")
    public List<ExportJob> mine(@Context SecurityContext security) {
        return exports.jobs(RestContext.caller(security));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An export as far as it got: rows written of those expected, or why it failed")
    public ExportJob job(@Context SecurityContext security, @PathParam("id") String id) {
        return exports.job(RestContext.caller(security), id);
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Downloads a finished export's file, named after the report")
    public Response file(@Context SecurityContext security, @PathParam("id") String id) {
        Caller caller = RestContext.caller(security);
        ExportFile file = exports.file(caller, id);
        StreamingOutput body = out -> {
            try (InputStream in = file.content().open()) {
                in.transferTo(out);
            }
        };
        String ascii = "report." + file.name().substring(file.name().lastIndexOf('.') + 1);
        return Response.ok(body, file.mediaType()).header("Content-Length", file.size())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancels an export that has not finished, or removes a finished one and its file")
    public Response cancel(@Context SecurityContext security, @PathParam("id") String id) {
        exports.cancel(RestContext.caller(security), id);
        return Response.noContent().build();
    }
}
