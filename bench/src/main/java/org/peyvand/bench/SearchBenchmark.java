package org.peyvand.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a running Peyvand with generated contacts through its own CSV import, then measures the
 * REST API one request at a time: a search by a name fragment, and walking pages by cursor.
 * Prints p50/p95/p99 in milliseconds.
 *
 * <pre>java -cp bench.jar org.peyvand.bench.SearchBenchmark http://localhost:8181 admin admin 100000 1000 "label"</pre>
 */
public final class SearchBenchmark {
    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
    private static final Pattern CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
    private static final int IMPORT_CHUNK = 20_000;
    private static final int PAGE = 50;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    private SearchBenchmark(String base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8181";
        int contacts = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
        String label = args.length > 5 ? args[5] : base;
        SearchBenchmark bench = new SearchBenchmark(base, args.length > 1 ? args[1] : "admin", args.length > 2 ? args[2] : "admin");
        bench.load(contacts);
        bench.measure(label, requests);
    }

    private void load(int target) throws IOException, InterruptedException {
        long present = count();
        if (present >= target) {
            System.out.printf("data: %,d contacts present%n", present);
            return;
        }
        ContactGenerator generator = new ContactGenerator(present);
        long started = System.nanoTime();
        for (int from = (int) present; from < target; from += IMPORT_CHUNK) {
            int to = Math.min(target, from + IMPORT_CHUNK);
            HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/contacts/import"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(generator.csv(from, to))));
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("import failed: " + reply.statusCode() + " " + reply.body());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long now = count();
        System.out.printf("data: imported %,d contacts through CSV import in %.1f s (%,.0f rows/s); %,d present%n",
                now - present, seconds, (now - present) / seconds, now);
    }

    private void measure(String label, int requests) throws IOException, InterruptedException {
        ContactGenerator fragments = new ContactGenerator(42);
        for (int i = 0; i < 100; i++) {
            get("/api/v1/contacts?limit=" + PAGE + "&q=" + encode(fragments.randomFragment()));
        }
        List<Double> search = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            search.add(get("/api/v1/contacts?limit=" + PAGE + "&q=" + encode(fragments.randomFragment())).millis);
        }
        List<Double> pages = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < requests; i++) {
            Timed page = get("/api/v1/contacts?limit=" + PAGE + (cursor == null ? "" : "&cursor=" + cursor));
            pages.add(page.millis);
            Matcher next = CURSOR.matcher(page.body);
            cursor = next.find() ? next.group(1) : null;
        }
        print(label, "search by name fragment", search);
        print(label, "page fetch by cursor   ", pages);
    }

    private static void print(String label, String what, List<Double> millis) {
        Collections.sort(millis);
        System.out.printf("%s | %s | n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", label, what, millis.size(),
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis.get(millis.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private long count() throws IOException, InterruptedException {
        Matcher count = COUNT.matcher(get("/api/v1/contacts/count").body);
        if (!count.find()) {
            throw new IllegalStateException("no count in the reply");
        }
        return Long.parseLong(count.group(1));
    }

    private record Timed(double millis, String body) {
    }

    private Timed get(String path) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        double millis = (System.nanoTime() - started) / 1e6;
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return new Timed(millis, reply.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", authorization).header("Accept-Language", "en")
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
