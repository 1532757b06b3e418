package org.peyvand.platform.testing.karaf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls the container's REST API as an integrator would: over HTTP, with Basic credentials or a token. */
public final class RestClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;
    private final String language;

    private RestClient(String authorization, String language) {
        this.authorization = authorization;
        this.language = language;
    }

    public static RestClient as(String user, String password) {
        return new RestClient("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)), "en");
    }

    /** With a personal API token. */
    public static RestClient bearer(String token) {
        return new RestClient("Bearer " + token, "en");
    }

    public static RestClient anonymous() {
        return new RestClient(null, "en");
    }

    public RestClient inLanguage(String tag) {
        return new RestClient(authorization, tag);
    }

    /** A response: status, body text and, when JSON, the parsed body. */
    public record Reply(int status, String body, String contentType) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    /** A response whose body is kept as bytes, such as a file. */
    public record Download(int status, byte[] body, String contentType, String disposition) {
    }

    public Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PeyvandContainer.BASE_URL + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""));
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Reply get(String path) {
        return send("GET", path, BodyPublishers.noBody(), null);
    }

    public Reply delete(String path) {
        return send("DELETE", path, BodyPublishers.noBody(), null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, BodyPublishers.ofString(json, StandardCharsets.UTF_8), "application/json");
    }

    public Reply put(String path, String json) {
        return send("PUT", path, BodyPublishers.ofString(json, StandardCharsets.UTF_8), "application/json");
    }

    /** Any method with a text body of the given type. */
    public Reply send(String method, String path, String body, String contentType) {
        return send(method, path, BodyPublishers.ofString(body, StandardCharsets.UTF_8), contentType);
    }

    public Reply postBytes(String path, byte[] body, String contentType) {
        return send("POST", path, BodyPublishers.ofByteArray(body), contentType);
    }

    private Reply send(String method, String path, BodyPublisher body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PeyvandContainer.BASE_URL + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language)
                .method(method, body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
