package org.peyvand.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a running Peyvand with generated contacts through its own CSV import, then exports all of
 * them to Excel through REST and prints how long the export took from the request to its file, the
 * file's size, and the server's used heap (through {@code jstat}, the server's pid given) before, at
 * its highest while exporting, and after a collection.
 *
 * <pre>java -cp bench.jar org.peyvand.bench.ReportExportBenchmark http://localhost:8181 admin admin 100000 &lt;karaf pid&gt; "label"</pre>
 */
public final class ReportExportBenchmark {
    private static final int IMPORT_CHUNK = 20_000;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern WRITTEN = Pattern.compile("\"rowsWritten\"\\s*:\\s*(\\d+)");
    private static final String DEFINITION = """
            {"format": "XLSX", "definition": {"recordType": "accounts.contact", "columns": [{"field": "firstName"}, {"field": "lastName"},
             {"field": "nationalCode"}, {"field": "mobile"}, {"field": "email"}, {"field": "jobTitle"}, {"field": "createdAt"}]}}
            """;

    private ReportExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8181";
        int contacts = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        String pid = args.length > 4 ? args[4] : null;
        String label = args.length > 5 ? args[5] : base;
        BenchClient client = new BenchClient(base, args.length > 1 ? args[1] : "admin", args.length > 2 ? args[2] : "admin");
        client.loadContacts(contacts, IMPORT_CHUNK, new ContactGenerator(client.count("/api/v1/contacts/count")), null);

        long before = settledHeap(pid);
        long peak = before;
        long started = System.nanoTime();
        String job = client.send("POST", "/api/v1/reports/exports", "application/json", DEFINITION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Matcher id = ID.matcher(job);
        if (!id.find()) {
            throw new IllegalStateException("no export id in " + job);
        }
        String state;
        String body;
        do {
            Thread.sleep(100);
            peak = Math.max(peak, usedHeap(pid));
            body = client.get("/api/v1/reports/exports/" + id.group(1)).body();
            Matcher found = STATE.matcher(body);
            state = found.find() ? found.group(1) : "?";
        } while (state.equals("QUEUED") || state.equals("RUNNING"));
        double exportSeconds = (System.nanoTime() - started) / 1e9;
        if (!state.equals("DONE")) {
            throw new IllegalStateException("the export ended " + state + ": " + body);
        }
        int bytes = client.get("/api/v1/reports/exports/" + id.group(1) + "/file").body().length();
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        long after = settledHeap(pid);
        Matcher written = WRITTEN.matcher(body);
        System.out.printf("%s | xlsx export of %s rows | done in %.1f s, downloaded in %.1f s (%,d chars)%n", label,
                written.find() ? written.group(1) : "?", exportSeconds, totalSeconds, bytes);
        if (pid != null) {
            System.out.printf("%s | server heap used (MB) | before %d, peak while exporting %d, after %d%n", label, before / 1024, peak / 1024,
                    after / 1024);
        }
    }

    /** The used heap after a full collection, in KB. */
    private static long settledHeap(String pid) throws IOException, InterruptedException {
        if (pid == null) {
            return 0;
        }
        run("jcmd", pid, "GC.run");
        return usedHeap(pid);
    }

    /** Survivor, eden and old generation in use, in KB, as {@code jstat -gc} tells them. */
    private static long usedHeap(String pid) throws IOException, InterruptedException {
        if (pid == null) {
            return 0;
        }
        String[] lines = run("jstat", "-gc", pid).strip().split("\n");
        String[] names = lines[0].trim().split("\\s+");
        String[] values = lines[lines.length - 1].trim().split("\\s+");
        double used = 0;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("S0U") || names[i].equals("S1U") || names[i].equals("EU") || names[i].equals("OU")) {
                used += Double.parseDouble(values[i]);
            }
        }
        return (long) used;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
