package org.peyvand.platform.rest.internal.form;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

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
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.form.FileService;
import org.peyvand.platform.form.StoredFile;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = FileResource.class, property = RestResource.PROPERTY)
@Path("files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Files", description = "Files of file and image fields: upload one, then save a record with its id as the field's value. "
        + "An upload is its uploader's until a record takes it; then whoever may see that field of that record may read it.")
public class FileResource {
    /** Served as themselves; everything else downloads as an attachment. */
    private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf");

    private final FileService files;

    @Activate
    public FileResource(@Reference FileService files) {
        this.files = files;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Uploads a file (the request body, at most 10 MB); its type is read from its content")
    public Response upload(@Context SecurityContext security, @Parameter(description = "The file's name") @QueryParam("name") String name,
            InputStream body) {
        StoredFile file = files.upload(RestContext.caller(security), name, body);
        return Response.status(Response.Status.CREATED).entity(file).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Describes a file: name, type, size, SHA-256")
    public StoredFile describe(@Context SecurityContext security, @PathParam("id") long id) {
        return files.describe(RestContext.caller(security), id);
    }

    @GET
    @Path("{id: [0-9]{1,18}}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Downloads a file's content")
    public Response content(@Context SecurityContext security, @PathParam("id") long id) {
        Caller caller = RestContext.caller(security);
        StoredFile file = files.describe(caller, id);
        StreamingOutput body = out -> files.download(caller, id, out);
        String disposition = INLINE.contains(file.contentType()) ? "inline" : "attachment";
        return Response.ok(body, file.contentType())
                .header("Content-Disposition", disposition + "; filename=\"file-" + id + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox").build();
    }
}
