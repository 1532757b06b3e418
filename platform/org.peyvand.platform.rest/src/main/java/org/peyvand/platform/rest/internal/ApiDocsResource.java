package org.peyvand.platform.rest.internal;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;

import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.framework.Bundle;

import io.swagger.v3.oas.annotations.Hidden;

/** {@code /api/openapi.json} and the Swagger UI page at {@code /api/docs/}. */
@Hidden
@Path("/")
public final class ApiDocsResource {
    private static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "apidocs/index.html",
            "swagger-ui.css", "swagger-ui.css",
            "swagger-ui-bundle.js", "swagger-ui-bundle.js",
            "favicon-32x32.png", "favicon-32x32.png");

    private final Supplier<String> document;
    private final Bundle bundle;
    private final String swaggerUiVersion;

    ApiDocsResource(Supplier<String> document, Bundle bundle, String swaggerUiVersion) {
        this.document = document;
        this.bundle = bundle;
        this.swaggerUiVersion = swaggerUiVersion;
    }

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public String openApi() {
        return document.get();
    }

    @GET
    @Path("docs")
    public Response docsRoot() {
        return Response.seeOther(URI.create("/api/docs/index.html")).build();
    }

    @GET
    @Path("docs/{file}")
    public Response docsFile(@PathParam("file") String file) throws java.io.IOException {
        String entry = FILES.get(file);
        if (entry == null) {
            throw new NotFoundException();
        }
        URL url = bundle.getEntry(entry.startsWith("apidocs/") ? entry : SWAGGER_UI + swaggerUiVersion + "/" + entry);
        if (url == null) {
            throw new NotFoundException();
        }
        InputStream content = url.openStream();
        return Response.ok(content, type(file)).header("Cache-Control", "max-age=3600").build();
    }

    private static String type(String file) {
        if (file.endsWith(".html")) {
            return MediaType.TEXT_HTML + ";charset=UTF-8";
        }
        if (file.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (file.endsWith(".js")) {
            return "application/javascript;charset=UTF-8";
        }
        return "image/png";
    }
}
