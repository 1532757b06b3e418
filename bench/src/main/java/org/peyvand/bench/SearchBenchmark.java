package org.peyvand.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Loads a running Peyvand with generated contacts through its own CSV import, then measures the
 * REST API one request at a time: a search by a name fragment, the global search (every module's
 * records, grouped by type) by the same fragments, and walking pages by cursor. Prints p50/p95/p99
 * in milliseconds.
 *
 * <pre>java -cp bench.jar org.peyvand.bench.SearchBenchmark http://localhost:8181 admin admin 100000 1000 "label"</pre>
 */
public final class SearchBenchmark {
    private static final int IMPORT_CHUNK = 20_000;
    private static final int PAGE = 50;

    private final BenchClient client;

    private SearchBenchmark(BenchClient client) {
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8181";
        int contacts = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
        String label = args.length > 5 ? args[5] : base;
        BenchClient client = new BenchClient(base, args.length > 1 ? args[1] : "admin", args.length > 2 ? args[2] : "admin");
        client.loadContacts(contacts, IMPORT_CHUNK, new ContactGenerator(client.count("/api/v1/contacts/count")), null);
        new SearchBenchmark(client).measure(label, requests);
    }

    private void measure(String label, int requests) throws IOException, InterruptedException {
        ContactGenerator fragments = new ContactGenerator(42);
        for (int i = 0; i < 100; i++) {
            client.get("/api/v1/contacts?limit=" + PAGE + "&q=" + BenchClient.encode(fragments.randomFragment()));
        }
        List<Double> search = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            search.add(client.get("/api/v1/contacts?limit=" + PAGE + "&q=" + BenchClient.encode(fragments.randomFragment())).millis());
        }
        List<Double> global = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            global.add(client.get("/api/v1/search?limit=8&q=" + BenchClient.encode(fragments.randomFragment())).millis());
        }
        List<Double> pages = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < requests; i++) {
            BenchClient.Timed page = client.get("/api/v1/contacts?limit=" + PAGE + (cursor == null ? "" : "&cursor=" + cursor));
            pages.add(page.millis());
            Matcher next = BenchClient.CURSOR.matcher(page.body());
            cursor = next.find() ? next.group(1) : null;
        }
        BenchClient.print(label, "search by name fragment", search);
        BenchClient.print(label, "global search         ", global);
        BenchClient.print(label, "page fetch by cursor   ", pages);
    }
}
