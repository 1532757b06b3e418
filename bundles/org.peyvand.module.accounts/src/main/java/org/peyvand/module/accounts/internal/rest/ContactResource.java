package org.peyvand.module.accounts.internal.rest;

import java.io.InputStream;
import java.util.List;

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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.DuplicateMatch;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ContactResource.class, property = RestResource.PROPERTY)
@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "People (افراد): search, create, change, delete, CSV import and export")
public class ContactResource {
    private final ContactService contacts;
    private final I18nService i18n;

    @Activate
    public ContactResource(@Reference ContactService contacts, @Reference I18nService i18n) {
        this.contacts = contacts;
        this.i18n = i18n;
    }

    @GET
    @Operation(summary = "Lists contacts, keyset-paged",
            description = "Every word of q must start a word of the name, national code, mobile, email, job title or account name;"
                    + " Arabic and Persian letters and digits match alike. Pass nextCursor back as cursor for the next page.")
    public Page<Contact> list(@Context SecurityContext security, @Parameter(description = "Custom field filters: cf.<field>=<value>, such as cf.tier=gold") @Context UriInfo uri,
            @Parameter(description = "Search words") @QueryParam("q") String q,
            @Parameter(description = "Only the contacts of this account") @QueryParam("accountId") String accountId,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "name (last, first) or createdAt", schema = @Schema(allowableValues = {"name", "createdAt"}))
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(allowableValues = {"asc", "desc"})) @QueryParam("order") String order) {
        return contacts.search(caller(security), query(q, accountId, uri), QueryParams.page(cursor, limit, sort, order));
    }

    @GET
    @Path("count")
    @Operation(summary = "Counts the contacts a list with the same filter would show")
    public CountBody count(@Context SecurityContext security, @Context UriInfo uri, @QueryParam("q") String q,
            @QueryParam("accountId") String accountId) {
        return new CountBody(contacts.count(caller(security), query(q, accountId, uri)));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Reads one contact", responses = {
            @ApiResponse(responseCode = "200", description = "The contact"),
            @ApiResponse(responseCode = "404", description = "No contact has this id")})
    public Contact get(@Context SecurityContext security, @PathParam("id") long id) {
        return contacts.get(caller(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a contact", responses = {
            @ApiResponse(responseCode = "201", description = "Created; Location names the new contact"),
            @ApiResponse(responseCode = "400", description = "Invalid fields, each named in fieldErrors"),
            @ApiResponse(responseCode = "409", description = "The national code is taken, or (unless confirmDuplicates) others share the mobile or email")})
    public Response create(@Context SecurityContext security, @Context UriInfo uri,
            @Parameter(description = "Create even when others share the mobile or email") @QueryParam("confirmDuplicates") boolean confirmDuplicates,
            ContactPayload body) {
        Contact created = contacts.create(caller(security), required(body).toInput(), confirmDuplicates);
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a contact", description = "The body carries every field and the version it was read at.",
            responses = {@ApiResponse(responseCode = "200", description = "The changed contact, with its new version"),
                    @ApiResponse(responseCode = "409", description = "Changed by someone else since, or the national code is taken")})
    public Contact update(@Context SecurityContext security, @PathParam("id") long id, ContactPayload body) {
        ContactPayload payload = required(body);
        return contacts.update(caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Deletes a contact", responses = {
            @ApiResponse(responseCode = "204", description = "Deleted"),
            @ApiResponse(responseCode = "409", description = "It has links (listed) and confirm is not set")})
    public Response delete(@Context SecurityContext security, @PathParam("id") long id,
            @Parameter(description = "Remove its relation links, notes and list memberships with it") @QueryParam("confirm") boolean confirm) {
        contacts.delete(caller(security), id, confirm);
        return Response.noContent().build();
    }

    @POST
    @Path("duplicates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finds stored contacts sharing the national code, mobile or email of a form being filled in")
    public List<DuplicateMatch> duplicates(@Context SecurityContext security,
            @Parameter(description = "The contact being edited, left out of the matches") @QueryParam("excludeId") String excludeId,
            ContactPayload body) {
        return contacts.findDuplicates(caller(security), required(body).toInput(), QueryParams.id(excludeId, "excludeId"));
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Imports contacts from CSV",
            description = "UTF-8 (with or without BOM) or Windows-1256; a header row names the columns by API field name or"
                    + " label (firstName or نام …). Valid rows are stored, invalid ones listed with their row numbers.",
            responses = {@ApiResponse(responseCode = "200", description = "What was imported and why other rows were not"),
                    @ApiResponse(responseCode = "400", description = "The file as a whole is unusable (header, encoding, too many rows)"),
                    @ApiResponse(responseCode = "413", description = "The file is larger than the upload limit")})
    public ImportResultBody importCsv(@Context SecurityContext security, @Context HttpHeaders headers, InputStream body) {
        byte[] csv = RestContext.readBounded(body, RestResource.MAX_UPLOAD_BYTES);
        return ImportResultBody.of(contacts.importCsv(caller(security), csv, Progress.NONE),
                i18n.messages(i18n.negotiate(headers.getAcceptableLanguages())));
    }

    @GET
    @Path("export")
    @Produces(CsvDownload.MEDIA_TYPE)
    @Operation(summary = "Exports the matching contacts as CSV (UTF-8 with BOM), in name order",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
    public Response export(@Context SecurityContext security, @Context UriInfo uri, @QueryParam("q") String q,
            @QueryParam("accountId") String accountId) {
        Caller caller = caller(security);
        RecordQuery query = query(q, accountId, uri);
        return CsvDownload.of("contacts.csv", out -> contacts.exportCsv(caller, query, out));
    }

    private static RecordQuery query(String q, String accountId, UriInfo uri) {
        return new RecordQuery(q, QueryParams.id(accountId, "accountId"), QueryParams.custom(uri));
    }

    private static Caller caller(SecurityContext security) {
        return RestContext.caller(security);
    }

    private static ContactPayload required(ContactPayload body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return body;
    }
}
