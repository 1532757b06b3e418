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
import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountService;
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

@Component(service = AccountResource.class, property = RestResource.PROPERTY)
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Organisations (حساب‌ها): search, create, change, delete, CSV import and export")
public class AccountResource {
    private final AccountService accounts;
    private final I18nService i18n;

    @Activate
    public AccountResource(@Reference AccountService accounts, @Reference I18nService i18n) {
        this.accounts = accounts;
        this.i18n = i18n;
    }

    @GET
    @Operation(summary = "Lists accounts, keyset-paged",
            description = "Every word of q must start a word of the name, national ID, economic code, registration number,"
                    + " a phone number, a city or the website. Pass nextCursor back as cursor for the next page.")
    public Page<Account> list(@Context SecurityContext security, @Parameter(description = "Custom field filters: cf.<field>=<value>, such as cf.tier=gold") @Context UriInfo uri,
            @Parameter(description = "Search words") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "name or createdAt", schema = @Schema(allowableValues = {"name", "createdAt"}))
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(allowableValues = {"asc", "desc"})) @QueryParam("order") String order) {
        return accounts.search(caller(security), query(q, uri), QueryParams.page(cursor, limit, sort, order));
    }

    @GET
    @Path("count")
    @Operation(summary = "Counts the accounts a list with the same filter would show")
    public CountBody count(@Context SecurityContext security, @Context UriInfo uri, @QueryParam("q") String q) {
        return new CountBody(accounts.count(caller(security), query(q, uri)));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Reads one account", responses = {
            @ApiResponse(responseCode = "200", description = "The account with its phones and addresses"),
            @ApiResponse(responseCode = "404", description = "No account has this id")})
    public Account get(@Context SecurityContext security, @PathParam("id") long id) {
        return accounts.get(caller(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates an account", responses = {
            @ApiResponse(responseCode = "201", description = "Created; Location names the new account"),
            @ApiResponse(responseCode = "400", description = "Invalid fields, each named in fieldErrors (phones[0].number …)"),
            @ApiResponse(responseCode = "409", description = "The national ID is taken, or (unless confirmDuplicates) others have the same name or a phone number")})
    public Response create(@Context SecurityContext security, @Context UriInfo uri,
            @Parameter(description = "Create even when others have the same name or share a phone number") @QueryParam("confirmDuplicates") boolean confirmDuplicates,
            AccountPayload body) {
        Account created = accounts.create(caller(security), required(body).toInput(), confirmDuplicates);
        return RestContext.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes an account", description = "The body carries every field, phones and addresses included, and the version it was read at.",
            responses = {@ApiResponse(responseCode = "200", description = "The changed account, with its new version"),
                    @ApiResponse(responseCode = "409", description = "Changed by someone else since, or the national ID is taken")})
    public Account update(@Context SecurityContext security, @PathParam("id") long id, AccountPayload body) {
        AccountPayload payload = required(body);
        return accounts.update(caller(security), id, payload.toInput(), payload.requiredVersion());
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Deletes an account", responses = {
            @ApiResponse(responseCode = "204", description = "Deleted"),
            @ApiResponse(responseCode = "409", description = "Contacts or child accounts still belong to it, or it has links (listed) and confirm is not set")})
    public Response delete(@Context SecurityContext security, @PathParam("id") long id,
            @Parameter(description = "Remove its relation links, notes and list memberships with it") @QueryParam("confirm") boolean confirm) {
        accounts.delete(caller(security), id, confirm);
        return Response.noContent().build();
    }

    @POST
    @Path("duplicates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finds stored accounts sharing the national ID, name or a phone number of a form being filled in")
    public List<DuplicateMatch> duplicates(@Context SecurityContext security,
            @Parameter(description = "The account being edited, left out of the matches") @QueryParam("excludeId") String excludeId,
            AccountPayload body) {
        return accounts.findDuplicates(caller(security), required(body).toInput(), QueryParams.id(excludeId, "excludeId"));
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Imports accounts from CSV",
            description = "UTF-8 (with or without BOM) or Windows-1256; a header row names the columns by API field name or"
                    + " label: name, nationalId, economicCode, registrationNumber, industry, phone (several separated by ;),"
                    + " province, city, address, postalCode, website.",
            responses = {@ApiResponse(responseCode = "200", description = "What was imported and why other rows were not"),
                    @ApiResponse(responseCode = "400", description = "The file as a whole is unusable (header, encoding, too many rows)"),
                    @ApiResponse(responseCode = "413", description = "The file is larger than the upload limit")})
    public ImportResultBody importCsv(@Context SecurityContext security, @Context HttpHeaders headers, InputStream body) {
        byte[] csv = RestContext.readBounded(body, RestResource.MAX_UPLOAD_BYTES);
        return ImportResultBody.of(accounts.importCsv(caller(security), csv, Progress.NONE),
                i18n.messages(i18n.negotiate(headers.getAcceptableLanguages())));
    }

    @GET
    @Path("export")
    @Produces(CsvDownload.MEDIA_TYPE)
    @Operation(summary = "Exports the matching accounts as CSV (UTF-8 with BOM), in name order",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
    public Response export(@Context SecurityContext security, @Context UriInfo uri, @QueryParam("q") String q) {
        Caller caller = caller(security);
        RecordQuery query = query(q, uri);
        return CsvDownload.of("accounts.csv", out -> accounts.exportCsv(caller, query, out));
    }

    private static RecordQuery query(String q, UriInfo uri) {
        return new RecordQuery(q, null, QueryParams.custom(uri));
    }

    private static Caller caller(SecurityContext security) {
        return RestContext.caller(security);
    }

    private static AccountPayload required(AccountPayload body) {
        if (body == null) {
            throw new BadRequestException("core.error.malformedJson");
        }
        return body;
    }
}
