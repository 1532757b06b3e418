package org.peyvand.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workflow kernel under load. Twenty staff users of one org unit; a review process deployed
 * over REST whose first task goes to the variable {@code owner} with a due date in working time and
 * an interrupting boundary timer half a year away (so every waiting first task keeps a pending timer
 * job), then a second task to {@code reviewer}. Instances are started by eight staff users at once,
 * a tenth of them owned by the measured user. Measured over REST: the measured user's cartable
 * (first page, walking by cursor, and the open count), one request at a time; then task completions
 * by several users at once, each completing the first tasks in their own cartable, at a set rate for
 * a fixed time; then the incidents, and the instances a sample of completions moved on. Prints
 * p50/p95/p99, the start rate, completions per minute and a summary line.
 *
 * <pre>java -cp bench.jar org.peyvand.bench.WorkflowBenchmark http://localhost:8181 admin password 10000 500 "label" 8 75 2000</pre>
 */
public final class WorkflowBenchmark {
    static final String PROCESS = "bench.review";
    static final String FIRST_TASK = "check";
    static final String SECOND_TASK = "review";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    /** A work item as the cartable lists it: its id, then (in the record's order) its instance and diagram element. */
    private static final Pattern ITEM = Pattern.compile(
            "\\{\"id\"\\s*:\\s*(\\d+)[^{}]*?\"instanceId\"\\s*:\\s*(\\d+)[^{}]*?\"elementId\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern ACTIVE = Pattern.compile("\"activeElements\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static final Pattern OPEN = Pattern.compile("\"open\"\\s*:\\s*(\\d+)");
    private static final int USERS = 20;
    /** The measured user, who holds a tenth of all first tasks. */
    private static final int MEASURED = 0;
    private static final int PAGE = 50;
    private static final int STARTERS = 8;
    private static final String PASSWORD = "bench-staff-secret";

    private static final String DIAGRAM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         id="bench" targetNamespace="http://peyvand.org/bench">
              <process id="%1$s" name="بررسی درخواست" isExecutable="true">
                <startEvent id="start"/>
                <userTask id="%2$s" name="بررسی اولیه" camunda:assignee="${owner}" camunda:dueDate="${due}"/>
                <boundaryEvent id="late" name="دیرکرد" attachedToRef="%2$s">
                  <timerEventDefinition><timeDuration>P180D</timeDuration></timerEventDefinition>
                </boundaryEvent>
                <userTask id="%3$s" name="بازبینی" camunda:assignee="${reviewer}" camunda:dueDate="PT8H"/>
                <userTask id="escalated" name="پیگیری دیرکرد" camunda:assignee="${reviewer}"/>
                <endEvent id="done"/>
                <endEvent id="dropped"/>
                <sequenceFlow id="toCheck" sourceRef="start" targetRef="%2$s"/>
                <sequenceFlow id="toReview" sourceRef="%2$s" targetRef="%3$s"/>
                <sequenceFlow id="toDone" sourceRef="%3$s" targetRef="done"/>
                <sequenceFlow id="toEscalated" sourceRef="late" targetRef="escalated"/>
                <sequenceFlow id="toDropped" sourceRef="escalated" targetRef="dropped"/>
              </process>
            </definitions>
            """.formatted(PROCESS, FIRST_TASK, SECOND_TASK);

    private final String base;
    private final BenchClient admin;

    private WorkflowBenchmark(String base, BenchClient admin) {
        this.base = base;
        this.admin = admin;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int instances = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        String label = args.length > 5 ? args[5] : base;
        int completers = args.length > 6 ? Integer.parseInt(args[6]) : 8;
        int seconds = args.length > 7 ? Integer.parseInt(args[7]) : 75;
        int perMinute = args.length > 8 ? Integer.parseInt(args[8]) : 2000;
        WorkflowBenchmark bench = new WorkflowBenchmark(base, new BenchClient(base, args[1], args[2]));
        bench.setUp();
        Started started = bench.start(label, instances);
        Figures cartable = bench.measureCartable(label, requests);
        Completions completions = bench.complete(label, Math.min(completers, USERS - 1), seconds, perMinute);
        int incidents = bench.incidents(label);
        bench.checkMovedOn(label, completions.instances());
        System.out.printf("%s | SUMMARY | %,d instances started at %.0f/s, %d starts refused | cartable of %,d items p50=%.1f p95=%.1f "
                + "p99=%.1f ms, count p95=%.1f ms | %,d completions in %.0f s = %,.0f/min, %d non-2xx | %d incidents%n", label,
                started.count(), started.perSecond(), started.refused(),
                cartable.held(), cartable.p50(), cartable.p95(), cartable.p99(), cartable.countP95(), completions.done(),
                completions.seconds(), completions.perMinute(), completions.failed(), incidents);
    }

    private static String user(int index) {
        return "wf%02d".formatted(index);
    }

    /** One org unit and its staff. */
    private void setUp() throws IOException, InterruptedException {
        Matcher unit = ID.matcher(admin.send("POST", "/api/v1/units", "application/json",
                json("{\"code\":\"BENCH-WF\",\"nameFa\":\"واحد بررسی\",\"kind\":\"BRANCH\"}")));
        if (!unit.find()) {
            throw new IllegalStateException("no unit id");
        }
        for (int u = 0; u < USERS; u++) {
            admin.send("POST", "/api/v1/users", "application/json", json("{\"username\":\"" + user(u) + "\",\"displayNameFa\":\"کارشناس "
                    + u + "\",\"unitId\":" + unit.group(1) + ",\"password\":\"" + PASSWORD + "\",\"roles\":[\"staff\"]}"));
        }
        admin.send("POST", "/api/v1/processes?comment=bench", "application/xml", DIAGRAM.getBytes(StandardCharsets.UTF_8));
        System.out.printf("data: %d staff users in one unit; process %s deployed%n", USERS, PROCESS);
    }

    /**
     * Starts the instances from parallel clients, each a staff user of its own (as people start
     * processes). Every tenth instance is the measured user's; the others go round the remaining
     * users. Due dates spread over one to five working days. Refused starts are counted, not retried.
     */
    private Started start(String label, int instances) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        parallel(STARTERS, client -> {
            BenchClient starter = staff(1 + client);
            for (int i = next.getAndIncrement(); i < instances; i = next.getAndIncrement()) {
                int owner = i % 10 == 0 ? MEASURED : 1 + i % (USERS - 1);
                int reviewer = 1 + owner % (USERS - 1);
                BenchClient.Timed reply = starter.exchange("POST", "/api/v1/processes/" + PROCESS + "/instances", "application/json",
                        json("{\"variables\":{\"owner\":\"" + user(owner) + "\",\"reviewer\":\"" + user(reviewer) + "\",\"due\":\"PT"
                                + (8 + i % 33) + "H\"}}"));
                millis.add(reply.millis());
                if (!reply.succeeded() && refused.incrementAndGet() <= 5) {
                    System.out.printf("%s | start refused: %d %s%n", label, reply.status(), reply.body());
                }
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        Started result = new Started(instances - refused.get(), refused.get(), (instances - refused.get()) / seconds);
        System.out.printf("data: started %,d instances by %d users at once in %.1f s (%.0f instances/s); %d non-2xx%n", result.count(),
                STARTERS, seconds, result.perSecond(), result.refused());
        BenchClient.print(label, "start an instance, 8 users at once     ", new ArrayList<>(millis));
        return result;
    }

    /** What the starts came to. */
    private record Started(int count, int refused, double perSecond) {
    }

    /** What the cartable figures came to. */
    private record Figures(long held, double p50, double p95, double p99, double countP95) {
    }

    /** The measured user's own cartable, one request at a time: first pages, walking by cursor, and the count. */
    private Figures measureCartable(String label, int requests) throws IOException, InterruptedException {
        BenchClient me = staff(MEASURED);
        long held = 0;
        String more = null;
        do {
            String body = me.get(box(500, more)).body();
            held += items(body).size();
            more = next(body);
        } while (more != null);
        long open = open(me);
        System.out.printf("data: the measured user %s holds %,d items in MINE; the cartable count says %,d open%n", user(MEASURED), held,
                open);
        for (int i = 0; i < 50; i++) {
            me.get(box(PAGE, null));
        }
        List<Double> first = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            first.add(me.get(box(PAGE, null)).millis());
        }
        List<Double> walk = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < requests; i++) {
            BenchClient.Timed page = me.get(box(PAGE, cursor));
            walk.add(page.millis());
            cursor = next(page.body());
        }
        List<Double> counts = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            counts.add(me.get("/api/v1/cartable/count").millis());
        }
        List<Double> all = new ArrayList<>(first);
        all.addAll(walk);
        BenchClient.print(label, "cartable MINE, first page of 50        ", first);
        BenchClient.print(label, "cartable MINE, next pages by cursor    ", walk);
        BenchClient.print(label, "cartable MINE, all pages               ", all);
        BenchClient.print(label, "cartable count                         ", counts);
        return new Figures(held, BenchClient.percentile(all, 50), BenchClient.percentile(all, 95), BenchClient.percentile(all, 99),
                BenchClient.percentile(counts, 95));
    }

    /** What the completions came to; {@code instances} are those the completed tasks belonged to. */
    private record Completions(int done, int failed, double seconds, List<Long> instances) {
        double perMinute() {
            return done * 60 / seconds;
        }
    }

    /**
     * Several users at once, each working through the first tasks of their own cartable, page by
     * page, until the time is up: as people would. The completions are spread evenly at the given
     * rate (0: as fast as the server answers); a server that cannot keep up falls behind it, which
     * the achieved rate and the slowest quarter-minute show. Anything but a 2xx is counted, not retried.
     */
    private Completions complete(String label, int users, int seconds, int perMinute) throws Exception {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong slots = new AtomicLong();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        List<Long> finished = Collections.synchronizedList(new ArrayList<>());
        List<Long> instances = Collections.synchronizedList(new ArrayList<>());
        long interval = perMinute <= 0 ? 0 : 60_000_000_000L / perMinute;
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        parallel(users, client -> {
            BenchClient me = staff(1 + client);
            String cursor = null;
            boolean found = false;
            while (System.nanoTime() < deadline) {
                String body = me.get(box(PAGE, cursor)).body();
                for (Item item : items(body)) {
                    if (!FIRST_TASK.equals(item.element())) {
                        continue;
                    }
                    found = true;
                    long slot = started + slots.getAndIncrement() * interval;
                    if (slot >= deadline || System.nanoTime() >= deadline) {
                        return;
                    }
                    Thread.sleep(Math.max(0, (slot - System.nanoTime()) / 1_000_000));
                    BenchClient.Timed reply = me.exchange("POST", "/api/v1/cartable/items/" + item.id() + "/complete", "application/json",
                            json("{\"values\":{\"checked\":true},\"comment\":\"بررسی شد\"}"));
                    millis.add(reply.millis());
                    if (reply.succeeded()) {
                        done.incrementAndGet();
                        finished.add(System.nanoTime() - started);
                        instances.add(item.instance());
                    } else if (failed.incrementAndGet() <= 5) {
                        System.out.printf("%s | completion refused: %d %s%n", label, reply.status(), reply.body());
                    }
                }
                // second tasks handed to this user sort among the first ones: walk on, and start over at the end
                cursor = next(body);
                if (cursor == null) {
                    if (!found) {
                        return;
                    }
                    found = false;
                }
            }
        });
        double elapsed = (System.nanoTime() - started) / 1e9;
        Completions result = new Completions(done.get(), failed.get(), elapsed, new ArrayList<>(instances));
        System.out.printf("%s | completions | %d users at once, aiming at %s: %,d first tasks completed in %.1f s = %,.0f/min, "
                + "slowest quarter-minute %,.0f/min; %d non-2xx%s%n", label, users, perMinute <= 0 ? "no rate" : perMinute + "/min",
                result.done(), elapsed, result.perMinute(), slowestQuarterMinute(finished, elapsed), result.failed(),
                elapsed < seconds - 1 ? " (the users ran out of first tasks before the " + seconds + " s were up)" : "");
        BenchClient.print(label, "complete a first task                  ", new ArrayList<>(millis));
        return result;
    }

    /** The completions per minute of the slowest whole 15 seconds. */
    private static double slowestQuarterMinute(List<Long> finishedNanos, double elapsedSeconds) {
        int windows = (int) (elapsedSeconds / 15);
        if (windows == 0) {
            return Double.NaN;
        }
        int[] counts = new int[windows];
        synchronized (finishedNanos) {
            for (long at : finishedNanos) {
                int window = (int) (at / 15_000_000_000L);
                if (window < windows) {
                    counts[window]++;
                }
            }
        }
        return Arrays.stream(counts).min().orElse(0) * 4.0;
    }

    private int incidents(String label) throws IOException, InterruptedException {
        String body = admin.get("/api/v1/process-instances/incidents").body();
        int count = 0;
        for (Matcher jobType = Pattern.compile("\"jobType\"").matcher(body); jobType.find(); ) {
            count++;
        }
        System.out.printf("%s | incidents | %d%s%n", label, count, count == 0 ? "" : ": " + body);
        return count;
    }

    /** A sample of the completed instances: each must wait at its second task only, its first task's timer gone with it. */
    private void checkMovedOn(String label, List<Long> completed) throws IOException, InterruptedException {
        int wrong = 0;
        int step = Math.max(1, completed.size() / 20);
        int sampled = 0;
        for (int i = 0; i < completed.size(); i += step, sampled++) {
            Matcher active = ACTIVE.matcher(admin.get("/api/v1/process-instances/" + completed.get(i)).body());
            String at = active.find() ? active.group(1) : "?";
            if (!at.equals("\"" + SECOND_TASK + "\"")) {
                wrong++;
                System.out.printf("%s | instance %d waits at [%s]%n", label, completed.get(i), at);
            }
        }
        System.out.printf("%s | moved on | %d of %d sampled completed instances wait at %s alone%n", label, sampled - wrong, sampled,
                SECOND_TASK);
    }

    private BenchClient staff(int index) {
        return new BenchClient(base, user(index), PASSWORD);
    }

    private long open(BenchClient client) throws IOException, InterruptedException {
        Matcher open = OPEN.matcher(client.get("/api/v1/cartable/count").body());
        if (!open.find()) {
            throw new IllegalStateException("no open count");
        }
        return Long.parseLong(open.group(1));
    }

    private record Item(long id, long instance, String element) {
    }

    private static List<Item> items(String page) {
        List<Item> items = new ArrayList<>();
        for (Matcher item = ITEM.matcher(page); item.find(); ) {
            items.add(new Item(Long.parseLong(item.group(1)), Long.parseLong(item.group(2)), item.group(3)));
        }
        return items;
    }

    private static String next(String page) {
        Matcher next = BenchClient.CURSOR.matcher(page);
        return next.find() ? next.group(1) : null;
    }

    private static String box(int limit, String cursor) {
        return "/api/v1/cartable?box=MINE&limit=" + limit + (cursor == null ? "" : "&cursor=" + BenchClient.encode(cursor));
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private interface Client {
        void run(int index) throws Exception;
    }

    /** Runs the client on that many threads at once and waits for all; the first failure stops the benchmark. */
    private static void parallel(int threads, Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int index = t;
                running.add(pool.submit(() -> {
                    client.run(index);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
