package org.peyvand.platform.rest.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.peyvand.platform.form.FormDefinition;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/** The OpenAPI 3 description of exactly the resources registered now. */
final class OpenApiDocument {
    private static final String SECURITY = "basicAuth";

    private OpenApiDocument() {
    }

    static String describe(Collection<Class<?>> resources, String version) {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Peyvand CRM API").version(version)
                        .description("JSON with camelCase fields; list endpoints take q (Persian-normalised search), "
                                + "limit and cursor; errors come as {code, message, fieldErrors[]} localised by Accept-Language."))
                .servers(List.of(new Server().url("/api/v1")))
                .components(new Components().addSecuritySchemes(SECURITY,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY));
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(base).prettyPrint(true));
        return Json.pretty(reader.read(new LinkedHashSet<>(resources)));
    }

    /** The document with the custom field schemas of these forms added. */
    static String withCustomFields(String document, List<FormDefinition> forms) {
        try {
            OpenAPI api = Json.mapper().readValue(document, OpenAPI.class);
            if (api.getComponents() == null) {
                api.components(new Components());
            }
            CustomFieldSchemas.addTo(api, forms);
            return Json.pretty(api);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
