package org.peyvand.module.notes.internal.rest;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

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
import org.peyvand.module.notes.Attachment;
import org.peyvand.module.notes.Note;
import org.peyvand.module.notes.NoteService;
import org.peyvand.module.notes.internal.Params;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/notes}: parses, calls the service once, answers; the service checks and audits. */
@Component(service = NoteResource.class, property = RestResource.PROPERTY)
@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Notes on any record (یادداشت‌ها) with attachments: list by record, add, change, delete, attach, download")
public class NoteResource {
    /** Types a browser may show in place; anything else is downloaded. */
    private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "application/pdf");

    private final NoteService service;

    @Activate
    public NoteResource(@Reference NoteService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Lists a record's notes, newest first, keyset-paged", description = "Pass nextCursor back as cursor.")
    public Page<Note> list(@Context SecurityContext security,
            @Parameter(required = true, description = "The record's type, e.g. accounts.account") @QueryParam("recordType") String recordType,
            @Parameter(required = true) @QueryParam("recordId") String recordId,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.notesOf(RestContext.caller(security), recordType, Params.number(recordId, "recordId"),
                new PageRequest(cursor, Params.limit(limit), null, true));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Reads one note with its attachments")
    public Note get(@Context SecurityContext security, @PathParam("id") long id) {
        return service.get(RestContext.caller(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a note to a record; Location names it", description = "Refused: a blank or overlong text, a record the caller cannot see.")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, NotePayload body) {
        Note created = service.create(RestContext.caller(security), required(body).toInput());
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a note's text and pin", description = "Its author, or whoever holds notes.note.update; the body carries the version read.")
    public Note update(@Context SecurityContext security, @PathParam("id") long id, NotePayload body) {
        NotePayload payload = required(body);
        return service.update(RestContext.caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Deletes a note with its attachments")
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        service.delete(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attaches a file (the request body); its type is read from its content",
            description = "413 above the configured size (5 MB by default); 400 naming attachments past the configured count.")
    public Response attach(@Context SecurityContext security, @Context UriInfo uri, @PathParam("id") long id,
            @Parameter(required = true, description = "The file's name") @QueryParam("name") String name, InputStream body) {
        Attachment attached = service.attach(RestContext.caller(security), id, name, body);
        return Response.created(uri.getBaseUriBuilder().path("notes/attachments/" + attached.id()).build()).entity(attached).build();
    }

    @GET
    @Path("attachments/{id: [0-9]{1,18}}")
    @Operation(summary = "Describes an attachment: name, type, size, SHA-256")
    public Attachment attachment(@Context SecurityContext security, @PathParam("id") long id) {
        return service.attachment(RestContext.caller(security), id);
    }

    @GET
    @Path("attachments/{id: [0-9]{1,18}}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Downloads an attachment, for whoever may read its note")
    public Response content(@Context SecurityContext security, @PathParam("id") long id) {
        Caller caller = RestContext.caller(security);
        Attachment file = service.attachment(caller, id);
        StreamingOutput body = out -> service.download(caller, id, out);
        String disposition = INLINE.contains(file.contentType()) ? "inline" : "attachment";
        return Response.ok(body, file.contentType())
                .header("Content-Disposition", disposition + "; filename=\"attachment-" + id + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox").build();
    }

    @DELETE
    @Path("attachments/{id: [0-9]{1,18}}")
    @Operation(summary = "Removes an attachment")
    public Response detach(@Context SecurityContext security, @PathParam("id") long id) {
        service.detach(RestContext.caller(security), id);
        return Response.noContent().build();
    }

    private static NotePayload required(NotePayload body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return body;
    }
}
