package org.peyvand.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * An add-on installed from a catalog and uninstalled again, cycle after cycle, timed as the user
 * sees it: from the install (or uninstall) request to its entry appearing in (or leaving) the side
 * menu of a signed-in workspace tab polled at a short interval. Beside it, when the job was seen
 * DONE, the job's own duration, and when each of its steps was first seen, to show where the time goes.
 * Arguments: base URL, user, password, add-on id, cycles, poll interval in ms, label.
 */
public final class MarketplaceBenchmark {
    private static final long INSTALL_TARGET_MS = 2000;
    private static final long UNINSTALL_TARGET_MS = 1000;
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private final BenchClient client;
    private final String addon;
    private final long pollMillis;

    private MarketplaceBenchmark(BenchClient client, String addon, long pollMillis) {
        this.client = client;
        this.addon = addon;
        this.pollMillis = pollMillis;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String addon = args[3];
        int cycles = Integer.parseInt(args[4]);
        String label = args[6];
        MarketplaceBenchmark bench = new MarketplaceBenchmark(new BenchClient(base, args[1], args[2]), addon, Long.parseLong(args[5]));
        WorkspaceTab tab = WorkspaceTab.signIn(base, args[1], args[2]);
        System.out.printf("%s | signed in: menu %s%n", label, tab.menu().values());
        if (tab.showsMenuEntry(addon)) {
            throw new IllegalStateException(addon + " is in the menu before it was installed");
        }
        Cycle install = new Cycle("install", INSTALL_TARGET_MS);
        Cycle uninstall = new Cycle("uninstall", UNINSTALL_TARGET_MS);
        for (int i = 0; i < cycles; i++) {
            boolean last = i == cycles - 1;
            bench.run(install, tab, true, last);
            bench.run(uninstall, tab, false, last);
        }
        install.print(label, "menu entry visible");
        uninstall.print(label, "menu entry gone");
    }

    /**
     * One install or uninstall: the request, then the tab polled until its menu agrees, the job watched meanwhile.
     * Only the last cycle checks a tab opened afresh agrees: every open tab rebuilds its menu when modules change,
     * so tabs left open by each cycle would slow the later ones.
     */
    private void run(Cycle figures, WorkspaceTab tab, boolean installing, boolean confirm) throws Exception {
        long sent = System.nanoTime();
        String job = field(client.send("POST", "/api/v1/marketplace/addons/" + addon + "/" + figures.action, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8)), "id");
        JobWatch watch = new JobWatch(job, sent);
        watch.start();
        await(() -> {
            watch.check(figures.action);
            try {
                tab.poll();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return tab.showsMenuEntry(addon) == installing;
        });
        double menu = (System.nanoTime() - sent) / 1e6;
        watch.join(LIMIT.toMillis());
        watch.check(figures.action);
        if (!"DONE".equals(watch.state)) {
            throw new IllegalStateException(figures.action + " of " + addon + " still " + watch.state + " after " + LIMIT);
        }
        if (confirm && tab.reload().showsMenuEntry(addon) != installing) {
            throw new IllegalStateException("a tab opened afresh does not agree with the polled one after the " + figures.action);
        }
        figures.add(menu, watch);
    }

    private void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the menu did not change within " + LIMIT);
            }
            Thread.sleep(pollMillis);
        }
    }

    private static String field(String json, String name) {
        return String.valueOf(Json.object(Json.parse(json)).get(name));
    }

    /** Polls one job at the benchmark's interval, noting when each of its steps was first seen. */
    private final class JobWatch extends Thread {
        private final String id;
        private final long sent;
        /** Milliseconds after the request that each step (key and percent) was first seen. */
        private final Map<String, Double> steps = new LinkedHashMap<>();
        private volatile String state = "QUEUED";
        private volatile String errorKey;
        private volatile double seenFinished;
        private volatile double ownMillis;
        private volatile Exception failure;

        JobWatch(String id, long sent) {
            super("job-" + id);
            this.id = id;
            this.sent = sent;
        }

        @Override
        public void run() {
            try {
                long deadline = System.nanoTime() + LIMIT.toNanos();
                while (System.nanoTime() < deadline) {
                    Map<String, Object> job = Json.object(Json.parse(client.get("/api/v1/marketplace/jobs/" + id).body()));
                    double at = (System.nanoTime() - sent) / 1e6;
                    String step = String.format("%3.0f%% %s", (Double) job.get("percent"), job.get("stepKey"));
                    steps.putIfAbsent(step, at);
                    errorKey = (String) job.get("errorKey");
                    state = String.valueOf(job.get("state"));
                    if (job.get("finished") instanceof String finished) {
                        seenFinished = at;
                        ownMillis = Duration.between(Instant.parse((String) job.get("started")), Instant.parse(finished)).toNanos() / 1e6;
                        return;
                    }
                    Thread.sleep(pollMillis);
                }
            } catch (Exception e) {
                failure = e;
            }
        }

        /** Stops the benchmark when the job could not be followed or ended other than DONE. */
        void check(String action) {
            if (failure != null) {
                throw new IllegalStateException("the " + action + " job could not be followed", failure);
            }
            if (state.equals("REFUSED") || state.equals("ROLLED_BACK")) {
                throw new IllegalStateException("the " + action + " of " + addon + " ended " + state + ": " + errorKey);
            }
        }
    }

    /** The figures of one action over all cycles. */
    private static final class Cycle {
        private final String action;
        private final long targetMillis;
        private final List<Double> menu = new ArrayList<>();
        private final List<Double> seenDone = new ArrayList<>();
        private final List<Double> own = new ArrayList<>();
        private final Map<String, List<Double>> steps = new TreeMap<>();

        Cycle(String action, long targetMillis) {
            this.action = action;
            this.targetMillis = targetMillis;
        }

        void add(double menuMillis, JobWatch watch) {
            menu.add(menuMillis);
            seenDone.add(watch.seenFinished);
            own.add(watch.ownMillis);
            watch.steps.forEach((step, at) -> steps.computeIfAbsent(step, s -> new ArrayList<>()).add(at));
        }

        void print(String label, String what) {
            double p95 = BenchClient.percentile(menu, 95);
            System.out.printf("%s | %s -> %s | %s | target < %d ms: %s%n", label, action, what, figures(menu), targetMillis,
                    p95 < targetMillis ? "met (p95)" : "missed (p95)");
            System.out.printf("%s | %s -> job seen DONE | %s%n", label, action, figures(seenDone));
            System.out.printf("%s | %s job's own time (started to finished) | %s%n", label, action, figures(own));
            steps.forEach((step, at) -> System.out.printf("%s | %s step first seen: %s | %s%n", label, action, step, figures(at)));
        }

        private static String figures(List<Double> millis) {
            return String.format("n=%d p50=%.0f ms p95=%.0f ms min=%.0f ms max=%.0f ms", millis.size(), BenchClient.percentile(millis, 50),
                    BenchClient.percentile(millis, 95), millis.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    millis.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
    }
}
