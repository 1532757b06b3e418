package org.peyvand.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peyvand.platform.security.internal.login.PasswordHasher;
import org.peyvand.platform.security.internal.login.Totp;

/**
 * Record scopes and field rules under load. Four sales units each get a user who imports a quarter
 * of the contacts (so the records of the units interleave in name order); the users' role sees
 * only its unit's contacts (scope UNIT) and not their mobile (a hidden field). Measured over REST,
 * one request at a time: walking list pages by cursor and counting, as the unit's user and as the
 * administrator, who sees all; and the first login of a user (password hash) and of one with a
 * second factor. Prints p50/p95/p99 and the scoped/unscoped ratio.
 *
 * <pre>java -cp bench.jar org.peyvand.bench.SecurityBenchmark http://localhost:8181 admin password 100000 500 "label"</pre>
 */
public final class SecurityBenchmark {
    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
    private static final Pattern CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final int UNITS = 4;
    private static final int IMPORT_CHUNK = 20_000;
    private static final int PAGE = 50;
    private static final String ROLE = "bench-unit";
    private static final String PASSWORD = "bench-unit-secret";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String admin;

    private SecurityBenchmark(String base, String user, String password) {
        this.base = base;
        this.admin = basic(user, password);
    }

    public static void main(String[] args) throws Exception {
        SecurityBenchmark bench = new SecurityBenchmark(args[0], args[1], args[2]);
        int contacts = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        String label = args.length > 5 ? args[5] : args[0];
        String clerk = bench.setUp(contacts);
        bench.measure(label, clerk, requests);
    }

    /** Units, the scoped role, one user per unit and their imports; answers the first unit's user. */
    private String setUp(int contacts) throws IOException, InterruptedException {
        call("POST", "/api/v1/roles", admin, "{\"name\":\"" + ROLE + "\",\"labelFa\":\"واحد فروش\"}");
        for (String permission : List.of("accounts.contact.read", "accounts.contact.import", "platform.profile.edit")) {
            call("PUT", "/api/v1/roles/" + ROLE + "/permissions/" + permission, admin, "");
        }
        call("PUT", "/api/v1/roles/" + ROLE + "/scopes/accounts.contact", admin, "{\"level\":\"UNIT\"}");
        ContactGenerator generator = new ContactGenerator(7);
        long started = System.nanoTime();
        int share = contacts / UNITS;
        for (int u = 0; u < UNITS; u++) {
            String unit = call("POST", "/api/v1/units", admin, "{\"code\":\"BENCH-" + u + "\",\"nameFa\":\"فروش " + u
                    + "\",\"kind\":\"BRANCH\"}");
            Matcher id = ID.matcher(unit);
            if (!id.find()) {
                throw new IllegalStateException("no unit: " + unit);
            }
            call("POST", "/api/v1/users", admin, "{\"username\":\"clerk" + u + "\",\"displayNameFa\":\"کارشناس " + u + "\",\"unitId\":"
                    + id.group(1) + ",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + ROLE + "\"]}");
            for (int from = u * share; from < (u + 1) * share; from += IMPORT_CHUNK) {
                int to = Math.min((u + 1) * share, from + IMPORT_CHUNK);
                HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/contacts/import"))
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(generator.csv(from, to, null))),
                        basic("clerk" + u, PASSWORD));
                if (reply.statusCode() != 200) {
                    throw new IllegalStateException("import failed: " + reply.statusCode() + " " + reply.body());
                }
            }
        }
        long stored = count(admin);
        if (stored < contacts) {
            throw new IllegalStateException("only " + stored + " of " + contacts + " contacts were imported");
        }
        System.out.printf("data: %,d contacts imported by %d unit users in %.1f s; %,d visible to one unit's user%n", stored, UNITS,
                (System.nanoTime() - started) / 1e9, count(basic("clerk0", PASSWORD)));
        // after the import: a hidden field also refuses imported values for it
        call("PUT", "/api/v1/roles/" + ROLE + "/fields/accounts.contact/mobile", admin, "{\"access\":\"HIDDEN\"}");
        return basic("clerk0", PASSWORD);
    }

    private void measure(String label, String clerk, int requests) throws IOException, InterruptedException {
        walk(admin, requests / 5);
        walk(clerk, requests / 5);
        List<Double> unscoped = walk(admin, requests);
        List<Double> scoped = walk(clerk, requests);
        List<Double> countAll = counts(admin, requests / 5);
        List<Double> countScoped = counts(clerk, requests / 5);
        BenchClient.print(label, "page, administrator (all)    ", unscoped);
        BenchClient.print(label, "page, unit scope + hidden fld", scoped);
        BenchClient.print(label, "count, administrator         ", countAll);
        BenchClient.print(label, "count, unit scope            ", countScoped);
        System.out.printf("%s | scoped/unscoped page p95 ratio %.2f, count p95 ratio %.2f%n", label,
                BenchClient.percentile(scoped, 95) / BenchClient.percentile(unscoped, 95),
                BenchClient.percentile(countScoped, 95) / BenchClient.percentile(countAll, 95));
        BenchClient.print(label, "REST login (password hash)   ", logins(requests / 25));
        BenchClient.print(label, "hash + one-time code, in JVM ", hashAndCode(requests / 25));
    }

    /** The two checks of a login with a second factor, without HTTP or database: PBKDF2 and TOTP. */
    private static List<Double> hashAndCode(int requests) {
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash(PASSWORD.toCharArray());
        String secret = Totp.newSecret();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            Instant now = Instant.now();
            boolean passed = hasher.verify(PASSWORD.toCharArray(), hash) && Totp.verify(secret, Totp.currentCode(secret, now), now, null).isPresent();
            millis.add((System.nanoTime() - started) / 1e6);
            if (!passed) {
                throw new IllegalStateException("the login checks refused a right password and code");
            }
        }
        return millis;
    }

    /** Pages in name order by cursor, starting over at the end. */
    private List<Double> walk(String who, int requests) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            String body = call("GET", "/api/v1/contacts?limit=" + PAGE + "&sort=name" + (cursor == null ? "" : "&cursor=" + cursor), who, null);
            millis.add((System.nanoTime() - started) / 1e6);
            Matcher next = CURSOR.matcher(body);
            cursor = next.find() ? next.group(1) : null;
        }
        return millis;
    }

    private long count(String who) throws IOException, InterruptedException {
        Matcher count = COUNT.matcher(call("GET", "/api/v1/contacts/count", who, null));
        if (!count.find()) {
            throw new IllegalStateException("no count");
        }
        return Long.parseLong(count.group(1));
    }

    private List<Double> counts(String who, int requests) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            String body = call("GET", "/api/v1/contacts/count", who, null);
            millis.add((System.nanoTime() - started) / 1e6);
            if (!COUNT.matcher(body).find()) {
                throw new IllegalStateException("no count: " + body);
            }
        }
        return millis;
    }

    /** A fresh REST login each time: a new user's credentials are never remembered yet. */
    private List<Double> logins(int requests) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String name = "login" + i;
            call("POST", "/api/v1/users", admin, "{\"username\":\"" + name + "\",\"displayNameFa\":\"ورود\",\"password\":\"" + PASSWORD
                    + "\",\"roles\":[\"staff\"]}");
            long started = System.nanoTime();
            call("GET", "/api/v1/me", basic(name, PASSWORD), null);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return millis;
    }

    private String call(String method, String path, String authorization, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> reply = send(request, authorization);
        if (reply.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return reply.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String authorization) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", authorization).header("Accept-Language", "en")
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
