package org.peyvand.platform.form.expression;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeExpressionsTest {
    private static final Set<String> FIELDS = Set.of("quantity", "unitPrice", "discount", "total", "firstName",
            "lastName", "note", "startDate", "endDate", "createdAt", "tags", "x");

    // generous, so that a slow machine never times out an ordinary expression
    private final SafeExpressions expressions = new SafeExpressions(Duration.ofSeconds(5));

    @AfterEach
    void close() {
        expressions.close();
    }

    @Test
    void arithmeticIsDecimal() {
        assertEquals(new BigDecimal("59.97"), evaluate("quantity * unitPrice", "quantity", 3L, "unitPrice", new BigDecimal("19.99")));
        assertEquals(new BigDecimal("59.97"), evaluate("3 * 19.99"));
        assertEquals(new BigDecimal("0.3"), evaluate("0.1 + 0.2"));
        assertEquals(new BigDecimal("3.5"), evaluate("7 / 2"));
        assertEquals(new BigDecimal("200"), evaluate("100 / 0.5"));
        assertEquals(new BigDecimal("1"), evaluate("10 % 3"));
        assertEquals(new BigDecimal("40.01"), evaluate("total - unitPrice", "total", 60L, "unitPrice", new BigDecimal("19.99")));
        assertEquals(new BigDecimal("9223372036854775808"), evaluate("9223372036854775807 + 1"));
    }

    @Test
    void ternaryAndComparisons() {
        assertEquals("high", evaluate("discount > 10 ? 'high' : 'low'", "discount", new BigDecimal("12.5")));
        assertEquals("low", evaluate("discount > 10 ? 'high' : 'low'", "discount", 10L));
        assertEquals(true, evaluate("quantity >= 3 && unitPrice < 20", "quantity", 3L, "unitPrice", new BigDecimal("19.99")));
        assertEquals(true, evaluate("unitPrice == 19.99", "unitPrice", new BigDecimal("19.990")));
        assertEquals(true, evaluate("startDate < endDate", "startDate", LocalDate.of(2026, 3, 19), "endDate", LocalDate.of(2026, 3, 22)));
        assertEquals(false, evaluate("createdAt > createdAt", "createdAt", Instant.parse("2026-03-20T14:46:00Z")));
    }

    @Test
    void textIsJoined() {
        assertEquals("سارا احمدی", evaluate("firstName + ' ' + lastName", "firstName", "سارا", "lastName", "احمدی"));
        assertEquals("Total: 1500.50", evaluate("'Total: ' + total", "total", new BigDecimal("1500.50")));
        assertEquals("Code 10", evaluate("'Code ' + 10"));
    }

    @Test
    void functions() {
        assertEquals(new BigDecimal("11111"), evaluate("fn:round(total * 0.09, 0)", "total", 123456L));
        assertEquals(new BigDecimal("2.68"), evaluate("fn:round(2.675, 2)"));
        assertEquals(new BigDecimal("12000"), evaluate("fn:round(total, -3)", "total", 12345L));
        assertEquals(new BigDecimal("3"), evaluate("fn:days(startDate, endDate)",
                "startDate", LocalDate.of(2026, 3, 19), "endDate", LocalDate.of(2026, 3, 22)));
        assertEquals(new BigDecimal("-3"), evaluate("fn:days(endDate, startDate)",
                "startDate", LocalDate.of(2026, 3, 19), "endDate", LocalDate.of(2026, 3, 22)));
        assertEquals(new BigDecimal("4"), evaluate("fn:len(note)", "note", "سلام"));
        assertEquals(new BigDecimal("2.5"), evaluate("fn:abs(-2.5)"));
        assertEquals(new BigDecimal("3"), evaluate("fn:min(quantity, unitPrice)", "quantity", 3L, "unitPrice", new BigDecimal("19.99")));
        assertEquals(new BigDecimal("19.99"), evaluate("fn:max(quantity, unitPrice)", "quantity", 3L, "unitPrice", new BigDecimal("19.99")));
        assertEquals("none", evaluate("fn:coalesce(note, 'none')"));
        assertEquals(true, evaluate("fn:contains(tags, 'vip')", "tags", List.of("new", "vip")));
        assertEquals(false, evaluate("fn:contains(tags, 'lost')", "tags", List.of("new", "vip")));
        assertEquals(true, evaluate("fn:contains(note, 'urgent')", "note", "an urgent call"));
        assertEquals(true, evaluate("'vip' =~ tags", "tags", List.of("new", "vip")));
        assertEquals(new BigDecimal("2"), evaluate("fn:count(levels)", "levels", "role:sales, role:manager"));
        assertEquals("role:manager", evaluate("fn:item(levels, 2)", "levels", "role:sales, role:manager"));
        assertEquals("vip", evaluate("fn:item(tags, 2)", "tags", List.of("new", "vip")));
        assertEquals(null, evaluate("fn:item(levels, 3)", "levels", "role:sales, role:manager"));
        assertEquals(new BigDecimal("0"), evaluate("fn:count(missing)"));
    }

    @Test
    void nullFieldsDoNotFail() {
        assertEquals(new BigDecimal("0.00"), evaluate("quantity * unitPrice", "quantity", null, "unitPrice", new BigDecimal("19.99")));
        assertEquals(new BigDecimal("5"), evaluate("discount + 5"));
        assertEquals("Note: ", evaluate("'Note: ' + note"));
        assertEquals("small", evaluate("quantity > 3 ? 'big' : 'small'"));
        assertEquals(false, evaluate("discount > 0 && quantity > 0"));
        assertEquals(new BigDecimal("0"), evaluate("discount ?? 0"));
        assertNull(evaluate("fn:round(total, 2)"));
        assertNull(evaluate("fn:days(startDate, endDate)", "endDate", LocalDate.of(2026, 3, 22)));
        assertEquals(new BigDecimal("0"), evaluate("fn:len(note)"));
        assertEquals(new BigDecimal("7"), evaluate("fn:max(discount, 7)"));
        assertNull(evaluate("total"));
    }

    @Test
    void failuresAreReported() {
        assertRefused(ExpressionException.FAILED, "division by zero", "total / 0", Map.of("total", 5L));
        assertRefused(ExpressionException.FAILED, "division by zero", "total / discount", Map.of("total", 5L));
        assertRefused(ExpressionException.FAILED, "places must be between -20 and 20", "fn:round(total, 100)", Map.of("total", 5L));
        assertRefused(ExpressionException.FAILED, "fn:days(String, String)", "fn:days('a', 'b')", Map.of());
        assertRefused(ExpressionException.FAILED, "the result is not a number, text or true/false", "startDate",
                Map.of("startDate", LocalDate.of(2026, 3, 19)));
    }

    @Test
    void checkAcceptsExpressionsOverKnownFields() {
        assertDoesNotThrow(() -> expressions.check("fn:round(quantity * unitPrice * (1 - discount / 100), 0)", FIELDS));
        assertDoesNotThrow(() -> expressions.check("discount > 10 ? 'high' : 'low'", FIELDS));
    }

    @Test
    void checkRejectsUnknownFields() {
        ExpressionException refused = assertThrows(ExpressionException.class,
                () -> expressions.check("quantity * price", Set.of("quantity")));
        assertEquals(ExpressionException.UNKNOWN_FIELD, refused.messageKey());
        assertEquals(List.of("price"), refused.args());
    }

    @Test
    void checkRejectsSyntaxErrors() {
        for (String source : List.of("quantity *", "(quantity", "'unclosed", "1; 2", " ")) {
            ExpressionException refused = assertThrows(ExpressionException.class, () -> expressions.check(source, FIELDS));
            assertEquals(ExpressionException.SYNTAX, refused.messageKey(), source);
            assertFalse(refused.args().get(0).toString().contains("\n"), source);
        }
        ExpressionException refused = assertThrows(ExpressionException.class, () -> expressions.check("1; 2", FIELDS));
        assertEquals(List.of("1:2 parsing error in ';'"), refused.args());
    }

    @Test
    void checkRejectsTooLongText() {
        String longest = "1" + "+1".repeat((SafeExpressions.MAX_LENGTH - 1) / 2);
        assertEquals(SafeExpressions.MAX_LENGTH - 1, longest.length());
        assertDoesNotThrow(() -> expressions.check(longest, FIELDS));
        ExpressionException refused = assertThrows(ExpressionException.class, () -> expressions.check(longest + "+1", FIELDS));
        assertEquals(ExpressionException.TOO_LONG, refused.messageKey());
        assertEquals(List.of(SafeExpressions.MAX_LENGTH), refused.args());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "''.getClass().forName('java.lang.Runtime')",
        "new('java.io.File', '/etc/passwd')",
        "new java.io.File('/')",
        "System.exit(1)",
        "java.lang.System.getProperty('user.home')",
        "Runtime.getRuntime()",
        "x.class",
        "x.class.classLoader",
        "x['class']",
        "x?.class",
        "#pragma jexl.import java.lang\nRuntime",
        "#pragma jexl.namespace.rt java.lang.Runtime\nrt:getRuntime()",
        "x = 5",
        "x += 1",
        "x++",
        "var y = 1; y",
        "function(a) { a }",
        "(x) -> x",
        "x -> x",
        "while(true) {}",
        "for (i : [1..3]) { i }",
        "fn.getClass()",
        "[1..100000000].size()",
        "size([1..100000000])",
        "1..100000000",
        "{'a': 1}",
        "`${x}`",
        "@silent x",
        "x; x",
    })
    void sandboxEscapesAreRefusedByCheck(String source) {
        assertRefusedAsConstruct(assertThrows(ExpressionException.class, () -> expressions.check(source, FIELDS)), source);
        assertRefusedAsConstruct(assertThrows(ExpressionException.class, () -> expressions.evaluate(source, values("x", "text"))), source);
    }

    /** Plain in form, so only running them shows that nothing answers. */
    @ParameterizedTest
    @ValueSource(strings = {"''.class", "'a'.empty", "fn:getClass()", "fn:hashCode()", "foo(1)", "(x).class"})
    void sandboxEscapesAreRefusedWhenRun(String source) {
        assertRefusedAsConstruct(assertThrows(ExpressionException.class, () -> expressions.evaluate(source, values("x", "text"))), source);
    }

    @Test
    void classNamesFindNoClass() {
        assertEquals(false, evaluate("x instanceof 'java.lang.String'", "x", "text"));
    }

    @Test
    void hugeNumbersAreRefusedCheaply() {
        for (String source : List.of("1e999999999B + 1", "1e999999999B << 1", "fn:round(1e999999999B, 2)", "1e-999999999B * 2",
                "'Total: ' + 1e999999999B", "'1e999999999' * 2", "total * 10", "NaN")) {
            long started = System.nanoTime();
            ExpressionException refused = assertThrows(ExpressionException.class,
                    () -> expressions.evaluate(source, values("total", new BigDecimal("1E+999999999"))), source);
            assertEquals(ExpressionException.FAILED, refused.messageKey(), source);
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 2, source);
        }
    }

    @Test
    void nestingThatWouldStallTheParserIsRefused() {
        for (String source : List.of("x" + "[x".repeat(40) + "]".repeat(40), "{".repeat(40) + "}".repeat(40))) {
            long started = System.nanoTime();
            ExpressionException refused = assertThrows(ExpressionException.class, () -> expressions.check(source, FIELDS));
            assertEquals(ExpressionException.FORBIDDEN, refused.messageKey());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 2);
        }
    }

    @Test
    void deepButShortNestingEvaluates() {
        int depth = (SafeExpressions.MAX_LENGTH - 1) / 2;
        assertEquals(new BigDecimal("1"), evaluate("(".repeat(depth) + "1" + ")".repeat(depth)));
        assertEquals(new BigDecimal("-1"), evaluate("-(".repeat(333) + "1" + ")".repeat(333)));
    }

    @Test
    void slowEvaluationIsStopped() throws InterruptedException {
        try (SafeExpressions quick = new SafeExpressions(Duration.ofMillis(200))) {
            assertEquals(true, quick.evaluate("'ab' =~ '(.*a)(.*b)'", Map.of()));
            // backtracks for far longer than anyone waits, and a matcher never checks for interrupts
            String slow = "note =~ '" + "(.*a)".repeat(20) + "'";
            ExpressionException refused = assertThrows(ExpressionException.class,
                    () -> quick.evaluate(slow, values("note", "a".repeat(40) + "!")));
            assertEquals(ExpressionException.TIMEOUT, refused.messageKey());
            assertEquals(List.of(200L), refused.args());
            assertWorkersStop();
            assertEquals(new BigDecimal("2"), quick.evaluate("1 + 1", Map.of()));
        }
    }

    @Test
    void waitingForAWorkerDoesNotCountAgainstTheLimit() throws Exception {
        int workers = Runtime.getRuntime().availableProcessors();
        String slow = "note =~ '" + "(.*a)".repeat(20) + "'";
        ExecutorService callers = Executors.newFixedThreadPool(3 * workers);
        try (SafeExpressions quick = new SafeExpressions(Duration.ofMillis(200))) {
            List<Future<ExpressionException>> runaways = new ArrayList<>();
            for (int i = 0; i < 3 * workers; i++) {
                runaways.add(callers.submit(() -> assertThrows(ExpressionException.class,
                        () -> quick.evaluate(slow, values("note", "a".repeat(40) + "!")))));
            }
            awaitBusyWorkers(workers);
            // queued behind three rounds of runaways, each allowed 200 ms of work
            assertEquals("sara", quick.evaluate("owner", values("owner", "sara")));
            for (Future<ExpressionException> runaway : runaways) {
                ExpressionException refused = runaway.get();
                assertEquals(ExpressionException.TIMEOUT, refused.messageKey());
                assertEquals(List.of(200L), refused.args());
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void closingRejectsWhatWaitsForAWorker() throws Exception {
        int workers = Runtime.getRuntime().availableProcessors();
        String slow = "note =~ '" + "(.*a)".repeat(20) + "'";
        ExecutorService callers = Executors.newFixedThreadPool(2 * workers);
        try {
            SafeExpressions closing = new SafeExpressions(Duration.ofSeconds(30));
            List<Future<ExpressionException>> waiting = new ArrayList<>();
            for (int i = 0; i < 2 * workers; i++) {
                waiting.add(callers.submit(() -> assertThrows(ExpressionException.class,
                        () -> closing.evaluate(slow, values("note", "a".repeat(40) + "!")))));
            }
            awaitBusyWorkers(workers);
            closing.close();
            for (Future<ExpressionException> refused : waiting) {
                assertEquals(ExpressionException.FAILED, refused.get(5, TimeUnit.SECONDS).messageKey());
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void messageArgumentsCannotBeChanged() {
        ExpressionException refused = assertThrows(ExpressionException.class, () -> expressions.check("price", Set.of()));
        assertThrows(UnsupportedOperationException.class, () -> refused.args().add("other"));
    }

    private Object evaluate(String source, Object... namesAndValues) {
        return expressions.evaluate(source, values(namesAndValues));
    }

    private void assertRefused(String key, String reason, String source, Map<String, Object> values) {
        ExpressionException refused = assertThrows(ExpressionException.class, () -> expressions.evaluate(source, values), source);
        assertEquals(key, refused.messageKey(), source);
        assertEquals(List.of(reason), refused.args(), source);
    }

    private static void assertRefusedAsConstruct(ExpressionException refused, String source) {
        assertTrue(Set.of(ExpressionException.FORBIDDEN, ExpressionException.SYNTAX).contains(refused.messageKey()),
                source + " gave " + refused.messageKey() + " " + refused.args());
    }

    /** A worker cut off mid-evaluation goes back to waiting for work instead of running on. */
    private static void assertWorkersStop() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("form-expression") && thread.getState() == Thread.State.RUNNABLE)) {
            assertTrue(System.nanoTime() < deadline, "an expression worker is still running");
            Thread.sleep(10);
        }
    }

    private static void awaitBusyWorkers(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("form-expression") && thread.getState() == Thread.State.RUNNABLE).count() < count) {
            assertTrue(System.nanoTime() < deadline, "the expression workers never got busy");
            Thread.sleep(5);
        }
    }

    private static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
