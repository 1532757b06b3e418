package org.peyvand.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports over many records: activities per owner per Jalali month over the last year, and the
 * same over contacts. In three steps, as bench/reports.sh runs them:
 *
 * <pre>
 * setup   http://localhost:8181 admin password                 units and the activity type, over REST; prints the unit ids
 * load    jdbc-url contacts activities unit-ids                  bulk rows by JDBC while the server is stopped (see {@link BulkLoader})
 * measure http://localhost:8181 admin password requests "label"  the reports over REST, one at a time; prints p50/p95/p99
 * </pre>
 */
public final class ReportBenchmark {
    /** The designed record type standing in for activities until a module ships them. */
    static final String ACTIVITY = "custom.activity";
    static final String ACTIVITY_DATE = "activityDate";
    private static final int UNITS = 5;
    private static final int WARM_UP = 3;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern ROW = Pattern.compile("\\[\"[^\"]*\",\"[^\"]*\",(\\d+)\\]");

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setUp(new BenchClient(args[1], args[2], args[3]));
            case "load" -> BulkLoader.load(args[1], new BulkLoader.Volumes(0, Integer.parseInt(args[2]), Integer.parseInt(args[3]), 0), args[4]);
            case "measure" -> measure(new BenchClient(args[1], args[2], args[3]), Integer.parseInt(args[4]), args.length > 5 ? args[5] : args[1]);
            default -> throw new IllegalArgumentException("setup, load or measure: " + args[0]);
        }
    }

    /** Units the owners belong to and the activity type with its date; prints the unit ids, comma-separated. */
    private static void setUp(BenchClient client) throws IOException, InterruptedException {
        String units = createUnits(client, "REPORT");
        String form = "{\"key\":\"" + ACTIVITY + "\",\"kind\":\"RECORD_TYPE\",\"menuSection\":\"sales\","
                + "\"label\":{\"fa\":\"فعالیت\",\"en\":\"Activity\"},\"fields\":[{\"name\":\"" + ACTIVITY_DATE
                + "\",\"type\":\"DATE\",\"label\":{\"fa\":\"تاریخ فعالیت\",\"en\":\"Activity date\"}}]}";
        client.send("PUT", "/api/v1/forms/" + ACTIVITY, "application/json", form.getBytes(StandardCharsets.UTF_8));
        System.out.println(units);
    }

    /** The sales units the loaded records' owners belong to; answers their ids, comma-separated. */
    static String createUnits(BenchClient client, String codePrefix) throws IOException, InterruptedException {
        List<String> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            Matcher id = ID.matcher(client.send("POST", "/api/v1/units", "application/json", ("{\"code\":\"" + codePrefix + "-" + u
                    + "\",\"nameFa\":\"فروش " + u + "\",\"kind\":\"BRANCH\"}").getBytes(StandardCharsets.UTF_8)));
            if (!id.find()) {
                throw new IllegalStateException("no unit id");
            }
            units.add(id.group(1));
        }
        return String.join(",", units);
    }

    private static void measure(BenchClient client, int requests, String label) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        // the designed type's permissions come a moment after the REST paths
        while (!client.get("/api/v1/reports/types").body().contains("\"" + ACTIVITY + "\"")) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no report type " + ACTIVITY);
            }
            Thread.sleep(200);
        }
        List<String[]> reports = List.of(
                new String[] {"activities by owner x Jalali month of createdAt, last 365 days       ", ACTIVITY, "createdAt", ""},
                new String[] {"activities by owner x Jalali month of activityDate, last 365 days    ", ACTIVITY, ACTIVITY_DATE, ""},
                new String[] {"the same by createdAt, counting ids: from the records, not the counts", ACTIVITY, "createdAt", "id"},
                new String[] {"contacts by owner x Jalali month of createdAt, last 365 days         ", "accounts.contact", "createdAt", ""});
        for (String[] report : reports) {
            byte[] definition = definition(report[1], report[2], report[3]);
            BenchClient.Timed first = run(client, definition);
            if (!first.succeeded()) {
                // the server stops a report after 30 seconds: measuring it again would only repeat that
                System.out.printf("%s | %s | refused after %.1f ms: %s%n", label, report[0], first.millis(), first.body());
                continue;
            }
            for (int i = 1; i < WARM_UP; i++) {
                run(client, definition);
            }
            List<Double> millis = new ArrayList<>();
            int refused = 0;
            for (int i = 0; i < requests; i++) {
                BenchClient.Timed reply = run(client, definition);
                millis.add(reply.millis());
                refused += reply.succeeded() ? 0 : 1;
            }
            BenchClient.print(label, report[0], millis);
            System.out.printf("%s | %s | %s; %d of %d refused%n", label, report[0].strip(), summary(first.body()), refused, requests);
        }
    }

    private static BenchClient.Timed run(BenchClient client, byte[] definition) throws IOException, InterruptedException {
        return client.exchange("POST", "/api/v1/reports/run", "application/json", definition);
    }

    /** @param counted a field whose values are counted, read from the records; blank to count records, which the daily counts answer */
    private static byte[] definition(String type, String date, String counted) {
        String count = counted.isEmpty() ? "" : "\"field\":\"" + counted + "\",";
        return ("{\"recordType\":\"" + type + "\",\"groups\":[{\"field\":\"owner\"},{\"field\":\"" + date + "\",\"bucket\":\"JALALI_MONTH\"}],"
                + "\"columns\":[{" + count + "\"aggregate\":\"COUNT\"}],\"filters\":[{\"field\":\"" + date
                + "\",\"operator\":\"IN_PERIOD\",\"period\":{\"kind\":\"LAST_DAYS\",\"days\":365}}]}").getBytes(StandardCharsets.UTF_8);
    }

    /** How many groups the result held and how many records they count, to show the report read what it should. */
    private static String summary(String body) {
        Matcher row = ROW.matcher(body);
        long groups = 0;
        long records = 0;
        while (row.find()) {
            groups++;
            records += Long.parseLong(row.group(1));
        }
        return String.format("%,d groups counting %,d records", groups, records);
    }
}
