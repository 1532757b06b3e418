package org.peyvand.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

/**
 * Custom fields under load: ten custom fields are added to contacts through the forms REST API,
 * then contacts are imported with values for all ten through the CSV import. Measured over REST,
 * one request at a time: a list filtered on a custom select field and ordered by a custom date
 * field (first pages, and walking by cursor), and its count. Prints p50/p95/p99.
 *
 * <pre>java -cp bench.jar org.peyvand.bench.CustomFieldBenchmark http://localhost:8181 admin password 100000 500 "label"</pre>
 */
public final class CustomFieldBenchmark {
    private static final int IMPORT_CHUNK = 10_000;
    private static final int PAGE = 50;
    private static final String[] TIERS = {"gold", "silver", "bronze", "iron", "wood"};
    private static final String[] SOURCES = {"web", "phone", "fair", "agent", "referral", "sms", "email", "walkin"};

    /** The ten fields, as the form definition adds them to the contact form. */
    private static final String FIELDS = String.join(",",
            select("tier", "سطح", "Tier", TIERS), date("since", "مشتری از", "Customer since"),
            field("score", "INTEGER", "امتیاز", "Score"), field("credit", "MONEY", "اعتبار", "Credit"),
            field("vip", "BOOLEAN", "ویژه", "VIP"), select("source", "منبع", "Source", SOURCES),
            field("memberNo", "TEXT", "شماره عضویت", "Member number"), field("rating", "DECIMAL", "رتبه", "Rating"),
            date("renewal", "تمدید", "Renewal"), field("note", "TEXT", "یادداشت", "Note"));

    private final BenchClient client;

    private CustomFieldBenchmark(BenchClient client) {
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        BenchClient client = new BenchClient(args[0], args[1], args[2]);
        int contacts = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        String label = args.length > 5 ? args[5] : args[0];
        CustomFieldBenchmark bench = new CustomFieldBenchmark(client);
        bench.addFields();
        client.loadContacts(contacts, IMPORT_CHUNK, new ContactGenerator(client.count("/api/v1/contacts/count")), new Values());
        bench.measure(label, requests);
    }

    /** Publishes the contact form with the ten fields (the module's own fields stay as it ships them), unless a previous run did. */
    private void addFields() throws IOException, InterruptedException {
        if (client.get("/api/v1/forms/accounts.contact").body().contains("\"renewal\"")) {
            return;
        }
        String form = "{\"key\":\"accounts.contact\",\"label\":{\"fa\":\"فرد\",\"en\":\"Contact\"},\"fields\":[" + FIELDS + "]}";
        client.send("PUT", "/api/v1/forms/accounts.contact", "application/json", form.getBytes(StandardCharsets.UTF_8));
    }

    private void measure(String label, int requests) throws IOException, InterruptedException {
        Random random = new Random(11);
        for (int i = 0; i < 50; i++) {
            client.get(list(TIERS[random.nextInt(TIERS.length)], null));
        }
        List<Double> first = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            first.add(client.get(list(TIERS[random.nextInt(TIERS.length)], null)).millis());
        }
        List<Double> walk = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < requests; i++) {
            BenchClient.Timed page = client.get(list("silver", cursor));
            walk.add(page.millis());
            Matcher next = BenchClient.CURSOR.matcher(page.body());
            cursor = next.find() ? next.group(1) : null;
        }
        List<Double> counts = new ArrayList<>();
        for (int i = 0; i < requests / 5; i++) {
            counts.add(client.get("/api/v1/contacts/count?cf.tier=" + TIERS[random.nextInt(TIERS.length)]).millis());
        }
        BenchClient.print(label, "cf select filter + cf date sort, first page", first);
        BenchClient.print(label, "cf select filter + cf date sort, by cursor ", walk);
        BenchClient.print(label, "count with cf select filter                ", counts);
    }

    private static String list(String tier, String cursor) {
        return "/api/v1/contacts?limit=" + PAGE + "&cf.tier=" + tier + "&sort=cf.since" + (cursor == null ? "" : "&cursor=" + cursor);
    }

    /** Values of the ten fields for a generated contact; one in twenty has no date, as real data has gaps. */
    private static final class Values implements ContactGenerator.ExtraColumns {
        @Override
        public String header() {
            return ",tier,since,score,credit,vip,source,memberNo,rating,renewal,note";
        }

        @Override
        public String row(int index, Random random) {
            return "," + TIERS[random.nextInt(TIERS.length)]
                    + "," + (random.nextInt(20) == 0 ? "" : String.format("%d/%02d/%02d", 1390 + random.nextInt(15), 1 + random.nextInt(12),
                            1 + random.nextInt(29)))
                    + "," + random.nextInt(1000) + "," + random.nextInt(500_000_000) + "," + random.nextBoolean()
                    + "," + SOURCES[random.nextInt(SOURCES.length)] + ",M" + index + "," + random.nextInt(500) / 100.0
                    + "," + String.format("%d-%02d-%02d", 2026 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28))
                    + "," + (index % 7 == 0 ? "پیگیری" : "");
        }
    }

    private static String field(String name, String type, String fa, String en) {
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"label\":{\"fa\":\"" + fa + "\",\"en\":\"" + en + "\"}}";
    }

    private static String date(String name, String fa, String en) {
        return field(name, "DATE", fa, en);
    }

    private static String select(String name, String fa, String en, String[] values) {
        List<String> options = new ArrayList<>();
        for (String value : values) {
            options.add("{\"value\":\"" + value + "\",\"label\":{\"fa\":\"" + value + "\",\"en\":\"" + value + "\"}}");
        }
        return field(name, "SELECT", fa, en).replaceFirst("}$", ",\"options\":[" + String.join(",", options) + "]}");
    }
}
