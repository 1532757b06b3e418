package org.peyvand.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core CRM over many records, measured over REST one request at a time as the clients ask:
 * an organisation's timeline (the kernel's timeline with what the modules contribute, mainly its
 * activities), the global search with Persian words that find records and words that find none,
 * and the relationship graph two links deep. In three steps, as bench/crm.sh runs them:
 *
 * <pre>
 * setup   http://localhost:8181 admin password                                   units, over REST; prints their ids
 * load    jdbc-url organisations contacts activities unit-ids                      bulk rows while the server is stopped (see {@link BulkLoader})
 * measure http://localhost:8181 admin password organisations contacts requests "label"   prints p50/p95/p99
 * </pre>
 *
 * Organisations are picked as users meet them: the large ones, which most activities are about, far
 * more often (the loader's skew), besides the largest on its own as the worst case.
 */
public final class CrmBenchmark {
    private static final int WARM_UP = 50;
    private static final int TIMELINE_PAGE = 20;
    private static final int SEARCH_LIMIT = 8;
    private static final Pattern ENTRY = Pattern.compile("\"kind\"\\s*:\\s*\"[^\"]+\"\\s*,\\s*\"id\"");
    private static final Pattern NODE_DEPTH = Pattern.compile("\"depth\"\\s*:\\s*\\d+");
    private static final Pattern TRUNCATED = Pattern.compile("\"truncated\"\\s*:\\s*true");
    /** Words of the loaded names, companies and activity subjects, cut as people type them. */
    private static final String[] HITS = {"پارس", "البرز", "صنایع", "فولاد", "پیگیری", "جلسه", "قرارداد", "کارشناس", "example", "0912000"};
    /** Persian words no loaded record holds: the search must still look and answer nothing. */
    private static final String[] MISSES = {"زرافه", "کهکشان", "آبشار", "قطب‌نما", "سنجاب", "۰۹۳۵۷۷", "xylophone"};

    private final BenchClient client;
    private final int accounts;
    private final int contacts;
    private final String label;
    private final Random random = new Random(5);

    private CrmBenchmark(BenchClient client, int accounts, int contacts, String label) {
        this.client = client;
        this.accounts = accounts;
        this.contacts = contacts;
        this.label = label;
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> System.out.println(ReportBenchmark.createUnits(new BenchClient(args[1], args[2], args[3]), "CRM"));
            case "load" -> BulkLoader.load(args[1], new BulkLoader.Volumes(Integer.parseInt(args[2]), Integer.parseInt(args[3]), 0,
                    Integer.parseInt(args[4])), args[5]);
            case "measure" -> new CrmBenchmark(new BenchClient(args[1], args[2], args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    args.length > 7 ? args[7] : args[1]).measure(Integer.parseInt(args[6]));
            default -> throw new IllegalArgumentException("setup, load or measure: " + args[0]);
        }
    }

    private void measure(int requests) throws IOException, InterruptedException {
        String largest = timeline(1);
        System.out.printf("%s | the largest organisation's timeline: %d entries on its first page; kinds %s%n", label,
                count(ENTRY, largest), kinds(largest));
        String graph = client.get(graph("account", 1)).body();
        System.out.printf("%s | the largest organisation's graph to depth 2: %d records, truncated %b%n", label, count(NODE_DEPTH, graph),
                TRUNCATED.matcher(graph).find());
        run("timeline of an organisation, first page       ", requests, i -> timelinePath(pickAccount()));
        run("timeline of the largest organisation           ", requests, i -> timelinePath(1));
        run("timeline of a person, first page               ", requests, i -> timelinePath("accounts.contact", 1 + random.nextInt(contacts)));
        run("global search, words that find records         ", requests, i -> search(HITS[random.nextInt(HITS.length)]));
        run("global search, name fragments                  ", requests, i -> search(new ContactGenerator(random.nextLong()).randomFragment()));
        run("global search, words that find nothing         ", requests, i -> search(MISSES[random.nextInt(MISSES.length)]));
        run("graph neighbours to depth 2 of an organisation ", requests, i -> graph("account", pickAccount()));
        run("graph neighbours to depth 2 of a person        ", requests, i -> graph("contact", 1 + random.nextInt(contacts)));
    }

    /** Warms the path up, then times {@code requests} requests one at a time and prints the percentiles. */
    private void run(String what, int requests, IntFunction<String> path) throws IOException, InterruptedException {
        for (int i = 0; i < WARM_UP; i++) {
            client.get(path.apply(i));
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            millis.add(client.get(path.apply(i)).millis());
        }
        BenchClient.print(label, what, millis);
    }

    /** An organisation as the loader spread activities over them: the large ones most. */
    private long pickAccount() {
        return 1 + Math.min(accounts - 1, (long) (accounts * Math.pow(random.nextDouble(), 3)));
    }

    private String timeline(long account) throws IOException, InterruptedException {
        return client.get(timelinePath(account)).body();
    }

    private static String timelinePath(long account) {
        return timelinePath("accounts.account", account);
    }

    private static String timelinePath(String type, long id) {
        return "/api/v1/timeline/" + type + "/" + id + "?limit=" + TIMELINE_PAGE;
    }

    private static String search(String query) {
        return "/api/v1/search?limit=" + SEARCH_LIMIT + "&q=" + BenchClient.encode(query);
    }

    private static String graph(String kind, long id) {
        return "/api/v1/relations/graph?depth=2&kind=" + kind + "&id=" + id;
    }

    private static int count(Pattern pattern, String body) {
        Matcher found = pattern.matcher(body);
        int count = 0;
        while (found.find()) {
            count++;
        }
        return count;
    }

    private static String kinds(String body) {
        int at = body.indexOf("\"kinds\"");
        return at < 0 ? "none" : body.substring(at, Math.min(body.length(), at + 300));
    }
}
