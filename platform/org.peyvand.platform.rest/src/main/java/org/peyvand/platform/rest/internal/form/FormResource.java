package org.peyvand.platform.rest.internal.form;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.Consumes;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormService;
import org.peyvand.platform.form.FormSummary;
import org.peyvand.platform.form.FormVersion;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = FormResource.class, property = RestResource.PROPERTY)
@Path("forms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forms", description = "Form definitions (فرم‌ها): custom fields of record types, no-code record types, stand-alone forms, in versions")
public class FormResource {
    private static final String KEY = "{key: [a-z][a-zA-Z0-9.]{2,119}}";
    private static final long MAX_IMPORT_BYTES = 4L * 1024 * 1024;

    private final FormService forms;

    @Activate
    public FormResource(@Reference FormService forms) {
        this.forms = forms;
    }

    @GET
    @Operation(summary = "Every form: module forms and those designed here")
    public List<FormSummary> list(@Context SecurityContext security) {
        return forms.list(RestContext.caller(security));
    }

    @GET
    @Path(KEY)
    @Operation(summary = "A form as it stands: fields, layout, list columns")
    public FormDefinition get(@Context SecurityContext security, @PathParam("key") String key) {
        return forms.get(RestContext.caller(security), key);
    }

    @PUT
    @Path(KEY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publishes the form's next version",
            description = "The address names the form (a key in the body is replaced by it). Fields left out are kept as removed, "
                    + "with their values. A type change or a removed choice is refused (409, naming the records) when stored "
                    + "values would not convert.")
    public FormDefinition publish(@Context SecurityContext security, @PathParam("key") String key,
            @Parameter(description = "Why the form changed, kept with the version") @QueryParam("comment") String comment,
            FormDefinition body) {
        return forms.publish(RestContext.caller(security), body == null ? null : body.withKey(key), comment);
    }

    @POST
    @Path(KEY + "/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Checks a definition as publishing would, without publishing it",
            description = "Answers the form as it would be published, or the same 400 and 409 refusals.")
    public FormDefinition check(@Context SecurityContext security, @PathParam("key") String key, FormDefinition body) {
        return forms.check(RestContext.caller(security), body == null ? null : body.withKey(key));
    }

    @GET
    @Path(KEY + "/versions")
    @Operation(summary = "The published versions, newest first")
    public List<FormVersion> versions(@Context SecurityContext security, @PathParam("key") String key) {
        return forms.versions(RestContext.caller(security), key);
    }

    @GET
    @Path(KEY + "/versions/{version}")
    @Operation(summary = "One published version")
    public FormDefinition version(@Context SecurityContext security, @PathParam("key") String key,
            @Parameter(description = "The version number", schema = @Schema(type = "integer")) @PathParam("version") String version) {
        return forms.version(RestContext.caller(security), key, RestContext.versionNumber(version));
    }

    @POST
    @Path(KEY + "/versions/{version}/rollback")
    @Operation(summary = "Publishes an earlier version again, as the newest")
    public FormDefinition rollback(@Context SecurityContext security, @PathParam("key") String key,
            @Parameter(description = "The version number", schema = @Schema(type = "integer")) @PathParam("version") String version) {
        return forms.rollback(RestContext.caller(security), key, RestContext.versionNumber(version));
    }

    @GET
    @Path("export")
    @Operation(summary = "The named forms (all when none) as one JSON document for import elsewhere")
    public Response export(@Context SecurityContext security, @QueryParam("key") List<String> keys) {
        return Response.ok(forms.exportJson(RestContext.caller(security), keys == null ? List.of() : keys))
                .header("Content-Disposition", "attachment; filename=\"forms.json\"").build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publishes every form of an exported document; all or none")
    public List<FormDefinition> importForms(@Context SecurityContext security, InputStream body) {
        String json = new String(RestContext.readBounded(body, MAX_IMPORT_BYTES), StandardCharsets.UTF_8);
        return forms.importJson(RestContext.caller(security), json);
    }
}
