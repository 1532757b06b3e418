package org.peyvand.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST calls and figures the benchmarks share: timed requests as one user, and percentiles. */
final class BenchClient {
    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
    static final Pattern CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    BenchClient(String base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A reply, its status and how long it took. */
    record Timed(int status, double millis, String body) {
        boolean succeeded() {
            return status / 100 == 2;
        }
    }

    Timed get(String path) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        double millis = (System.nanoTime() - started) / 1e6;
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return new Timed(reply.statusCode(), millis, reply.body());
    }

    /** Sends a body; anything but a 2xx stops the benchmark. */
    String send(String method, String path, String contentType, byte[] body) throws IOException, InterruptedException {
        Timed reply = exchange(method, path, contentType, body);
        if (!reply.succeeded()) {
            throw new IllegalStateException(method + " " + path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }

    /** Sends a body and answers whatever came back, for benchmarks that count refusals rather than stop at them. */
    Timed exchange(String method, String path, String contentType, byte[] body) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
        return new Timed(reply.statusCode(), (System.nanoTime() - started) / 1e6, reply.body());
    }

    long count(String path) throws IOException, InterruptedException {
        Matcher count = COUNT.matcher(get(path).body());
        if (!count.find()) {
            throw new IllegalStateException("no count in the reply");
        }
        return Long.parseLong(count.group(1));
    }

    /** Imports generated contacts until {@code target} are present, in chunks. */
    void loadContacts(int target, int chunk, ContactGenerator generator, ContactGenerator.ExtraColumns extra)
            throws IOException, InterruptedException {
        long present = count("/api/v1/contacts/count");
        if (present >= target) {
            System.out.printf("data: %,d contacts present%n", present);
            return;
        }
        long started = System.nanoTime();
        for (int from = (int) present; from < target; from += chunk) {
            send("POST", "/api/v1/contacts/import", "text/csv", generator.csv(from, Math.min(target, from + chunk), extra));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long now = count("/api/v1/contacts/count");
        System.out.printf("data: imported %,d contacts through CSV import in %.1f s (%,.0f rows/s); %,d present%n",
                now - present, seconds, (now - present) / seconds, now);
    }

    static void print(String label, String what, List<Double> millis) {
        Collections.sort(millis);
        System.out.printf("%s | %s | n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", label, what, millis.size(),
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis.get(millis.size() - 1));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new java.util.ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", authorization).header("Accept-Language", "en")
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
