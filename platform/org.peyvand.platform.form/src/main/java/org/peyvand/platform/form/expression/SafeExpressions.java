package org.peyvand.platform.form.expression;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * Computed-field expressions such as {@code quantity * unitPrice} or
 * {@code fn:round(total * 0.09, 0)}, evaluated with Apache Commons JEXL. The text comes from an
 * administrator and is not trusted: it may read the record's fields, use operators and the ternary,
 * and call the {@code fn:} functions of {@link ExpressionFunctions}; it cannot reach any other Java
 * class or method, change anything, loop, or run past the time limit.
 * <p>
 * The time limit counts the work of the evaluation itself: from when a worker takes it up, and in
 * CPU time of that worker where the JVM measures it. Waiting for a free worker, for a processor on a
 * busy machine or for the garbage collector does not count, so a cheap expression is not refused
 * under load, while one that computes for too long is still stopped.
 * <p>
 * A null field counts as zero in arithmetic, as empty text when joined to text and as false in a
 * condition; a comparison with it is false. Numbers are decimal: {@code 3 * 19.99} is 59.97 and
 * {@code 7 / 2} is 3.5.
 */
public final class SafeExpressions implements AutoCloseable {
    /** The longest expression accepted, in characters. */
    public static final int MAX_LENGTH = 1000;

    private static final String NAMESPACE = "fn";
    private static final Set<String> FUNCTIONS = Arrays.stream(ExpressionFunctions.class.getDeclaredMethods())
            .filter(method -> Modifier.isPublic(method.getModifiers()))
            .map(Method::getName)
            .collect(Collectors.toUnmodifiableSet());
    /**
     * None of the language beyond one expression: no assignment, local variable, loop, lambda,
     * {@code new}, method call, pragma or import, annotation, second statement, or array, map, set
     * or range literal (a range such as {@code [1..100000000]} would be built in memory).
     */
    private static final JexlFeatures FEATURES = JexlFeatures.createNone().namespaceTest(NAMESPACE::equals);
    /**
     * Refused anywhere, even between quotes. Nested brackets and braces send the parser's look-ahead
     * exponential ({@code x[x[x[...]]]} twenty deep parses for seconds, thirty for hours, deaf to
     * interrupts), and back-quoted templates are parsed only while evaluating. No allowed construct
     * needs them, and telling text from code would mean lexing exactly as JEXL does.
     */
    private static final String REFUSED_CHARACTERS = "[]{}`";
    /** Parsing and evaluating recurse once per nesting level; a thousand characters can nest hundreds deep. */
    private static final long WORKER_STACK_BYTES = 8L << 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    /** The shortest wait between two looks at a worker the machine gives little time to. */
    private static final long MIN_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final JexlEngine jexl;
    private final Duration timeout;
    private final ThreadPoolExecutor workers;

    /** Expressions whose parsing or evaluation is stopped once it has worked for {@code timeout}. */
    public SafeExpressions(Duration timeout) {
        this.timeout = timeout;
        // not Map.of: the engine looks up the null namespace for a plain foo(...)
        Map<String, Object> namespaces = new HashMap<>();
        namespaces.put(NAMESPACE, new ExpressionFunctions());
        this.jexl = new JexlBuilder()
                .features(FEATURES)
                .permissions(new FunctionsOnly())
                // no property or index resolution at all: x.class, x['class'] and x[0] find nothing
                .strategy((operator, object) -> List.of())
                .arithmetic(new DecimalArithmetic())
                .namespaces(namespaces)
                // what cannot be resolved is an error, not a quiet null
                .strict(true)
                .safe(false)
                .silent(false)
                .debug(false)
                .antish(false)
                .cancellable(true)
                // && and || give true or false, not one of their operands
                .booleanLogical(true)
                // paths such as x.class and x['class'] are reported, so they are refused before running
                .collectAll(true)
                .cache(256)
                .cacheThreshold(MAX_LENGTH + 1)
                .create();
        int threads = Runtime.getRuntime().availableProcessors();
        this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(null, task, "form-expression", WORKER_STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        // idle workers end, so an instance nobody closes keeps no thread
        workers.allowCoreThreadTimeOut(true);
    }

    /**
     * Checks an expression a form is about to use.
     *
     * @param fields the fields it may read
     * @throws ExpressionException if it is too long, cannot be parsed, reads anything but those
     *                             fields or uses a construct that is not allowed
     */
    public void check(String source, Set<String> fields) {
        for (List<String> path : run(() -> parse(source)).getVariables()) {
            if (!fields.contains(path.get(0))) {
                throw new ExpressionException(ExpressionException.UNKNOWN_FIELD, path.get(0));
            }
        }
    }

    /**
     * The names an expression reads, for checking it where the values it will see are not known yet
     * (a workflow condition reads process variables).
     *
     * @throws ExpressionException if it is too long, cannot be parsed or uses a construct that is not allowed
     */
    public Set<String> names(String source) {
        return run(() -> parse(source)).getVariables().stream().map(path -> path.get(0)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Evaluates an expression over a record's values, which it can only read; a field it names that
     * is missing from {@code values} is null.
     *
     * @return null, a Boolean, a String, or a number as a BigDecimal
     * @throws ExpressionException if the expression is refused as by {@link #check}, fails, or runs
     *                             out of time
     */
    public Object evaluate(String source, Map<String, Object> values) {
        Map<String, Object> readable = new HashMap<>(values);
        return result(run(() -> {
            JexlScript script = parse(source);
            Set<String> named = script.getVariables().stream().map(path -> path.get(0)).collect(Collectors.toSet());
            return script.execute(new Values(readable, named));
        }));
    }

    /** Stops the worker threads; checks and evaluations after this, or still waiting for a worker, are rejected. */
    @Override
    public void close() {
        workers.shutdownNow().forEach(waiting -> ((Future<?>) waiting).cancel(false));
    }

    /** Runs on a worker, whose interrupt the engine and the regular expression matcher heed, within the time limit. */
    private <T> T run(Callable<T> task) {
        Timed<T> running = new Timed<>(task);
        try {
            workers.execute(running);
        } catch (RejectedExecutionException closed) {
            throw new ExpressionException(ExpressionException.FAILED, "closed");
        }
        long limit = timeout.toNanos();
        try {
            while (true) {
                long worked = running.worked();
                if (worked >= limit && !running.isDone()) {
                    throw new ExpressionException(ExpressionException.TIMEOUT, timeout.toMillis());
                }
                try {
                    // a thread's time grows no faster than the clock, so it cannot reach the limit before this wait ends
                    return running.get(worked < 0 ? limit : Math.max(limit - worked, MIN_WAIT_NANOS), TimeUnit.NANOSECONDS);
                } catch (TimeoutException notYet) {
                    // look at the time it has worked again
                }
            }
        } catch (ExecutionException failed) {
            throw refusal(failed.getCause());
        } catch (CancellationException closed) {
            throw new ExpressionException(ExpressionException.FAILED, "closed");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ExpressionException(ExpressionException.FAILED, "interrupted");
        } finally {
            running.cancel(true);
        }
    }

    private JexlScript parse(String source) {
        if (source.length() > MAX_LENGTH) {
            throw new ExpressionException(ExpressionException.TOO_LONG, MAX_LENGTH);
        }
        if (source.isBlank()) {
            throw new ExpressionException(ExpressionException.SYNTAX, "empty");
        }
        source.chars().filter(c -> REFUSED_CHARACTERS.indexOf(c) >= 0).findFirst().ifPresent(c -> {
            throw new ExpressionException(ExpressionException.FORBIDDEN, Character.toString(c));
        });
        JexlScript script;
        try {
            script = jexl.createScript(FEATURES, null, source);
        } catch (JexlException.Feature forbidden) {
            throw new ExpressionException(ExpressionException.FORBIDDEN, describe(forbidden));
        } catch (JexlException invalid) {
            throw new ExpressionException(ExpressionException.SYNTAX, describe(invalid));
        }
        for (List<String> path : script.getVariables()) {
            if (path.size() > 1) {
                throw new ExpressionException(ExpressionException.FORBIDDEN, String.join(".", path));
            }
        }
        return script;
    }

    private static Object result(Object value) {
        if (value == null || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Number number) {
            try {
                return Decimals.of(number);
            } catch (ArithmeticException outOfRange) {
                throw new ExpressionException(ExpressionException.FAILED, outOfRange.getMessage());
            }
        }
        throw new ExpressionException(ExpressionException.FAILED, "the result is not a number, text or true/false");
    }

    /** The exception for what stopped a parse or an evaluation, found along the chain of causes. */
    private static ExpressionException refusal(Throwable error) {
        Throwable cause = error;
        ExpressionException known = recognised(cause);
        while (known == null && cause.getCause() != null) {
            cause = cause.getCause();
            known = recognised(cause);
        }
        if (known != null) {
            return known;
        }
        String reason = cause instanceof JexlException jexlError ? describe(jexlError) : cause.getMessage();
        return new ExpressionException(ExpressionException.FAILED, reason != null ? reason : cause.getClass().getSimpleName());
    }

    private static ExpressionException recognised(Throwable error) {
        if (error instanceof ExpressionException refused) {
            return refused;
        }
        if (error instanceof JexlException.Property property) {
            return new ExpressionException(ExpressionException.FORBIDDEN, "." + property.getProperty());
        }
        if (error instanceof JexlException.Method method && error.getCause() == null) {
            return FUNCTIONS.contains(method.getMethod())
                    ? new ExpressionException(ExpressionException.FAILED, NAMESPACE + ":" + method.getMethodSignature())
                    : new ExpressionException(ExpressionException.FORBIDDEN, method.getMethod() + "()");
        }
        return null;
    }

    /** JEXL's message without its source name: the line and column, then what went wrong. */
    private static String describe(JexlException error) {
        String message = error.getMessage();
        String detail = message.substring(message.indexOf(' ') + 1);
        JexlInfo at = error.getInfo();
        return at == null ? detail : at.getLine() + ":" + at.getColumn() + " " + detail;
    }

    /** A parse or an evaluation that knows how long it has worked on its worker. */
    private static final class Timed<T> extends FutureTask<T> {
        private volatile long startedNanos;
        private volatile Thread worker;

        Timed(Callable<T> task) {
            super(task);
        }

        @Override
        public void run() {
            startedNanos = CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
            worker = Thread.currentThread();
            super.run();
        }

        /** Nanoseconds of CPU time (or of the clock) since a worker took it up; -1 while it waits for one. */
        long worked() {
            Thread thread = worker;
            if (thread == null) {
                return -1;
            }
            // the CPU time of a thread that has ended is -1; it ended after this task was done
            return Math.max(0, (CPU_TIME ? THREADS.getThreadCpuTime(thread.getId()) : System.nanoTime()) - startedNanos);
        }
    }

    /** The record's values, read-only; a field the expression names but the record lacks is null. */
    private record Values(Map<String, Object> values, Set<String> named) implements JexlContext {

        @Override
        public Object get(String name) {
            return values.get(name);
        }

        @Override
        public void set(String name, Object value) {
            throw new UnsupportedOperationException("expressions cannot change values");
        }

        @Override
        public boolean has(String name) {
            return named.contains(name) || values.containsKey(name);
        }
    }

    /** Lets the engine see the public methods {@link ExpressionFunctions} declares, and no other class, method, field or constructor. */
    private static final class FunctionsOnly implements JexlPermissions {

        @Override
        public boolean allow(Package pack) {
            return pack.getName().equals(ExpressionFunctions.class.getPackageName());
        }

        @Override
        public boolean allow(Class<?> type) {
            return type == ExpressionFunctions.class;
        }

        @Override
        public boolean allow(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean allow(Field field) {
            return false;
        }

        @Override
        public boolean allow(Method method) {
            return method.getDeclaringClass() == ExpressionFunctions.class && validate(method);
        }

        @Override
        public JexlPermissions compose(String... src) {
            throw new UnsupportedOperationException("the expression sandbox is fixed");
        }
    }
}
