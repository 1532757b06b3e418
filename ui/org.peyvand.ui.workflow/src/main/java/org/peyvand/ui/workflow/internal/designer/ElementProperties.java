package org.peyvand.ui.workflow.internal.designer;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.ui.workflow.internal.diagram.DiagramChange;
import org.peyvand.ui.workflow.internal.diagram.DiagramElement;
import org.peyvand.ui.workflow.internal.diagram.DiagramElement.Timer;

/**
 * Where the fields of the designer's property panel are kept in BPMN: the attributes the engine
 * reads (Camunda's names for task assignment, forms and external service tasks, and the CRM's own
 * for counting a timer in working time), a sequence flow's condition and a timer's definition.
 * Values are checked here, so nothing the engine would refuse for its form reaches the diagram.
 */
final class ElementProperties {
    static final Map<String, String> NAMESPACES = Map.of("camunda", "http://camunda.org/schema/1.0/bpmn", "crm",
            "http://peyvand.org/schema/bpmn");

    static final String NAME = "name";
    static final String KEY = "key";
    static final String ASSIGNEE = "assignee";
    static final String CANDIDATE_UNIT = "candidateUnit";
    static final String CANDIDATE_ROLE = "candidateRole";
    static final String FORM_KEY = "formKey";
    static final String DUE_DATE = "dueDate";
    static final String EXECUTOR = "executor";
    static final String CONDITION = "condition";
    static final String TIMER_KIND = "timerKind";
    static final String TIMER_VALUE = "timerValue";
    static final String WORKING_TIME = "workingTime";

    static final String TIME_DURATION = "timeDuration";
    static final String TIME_DATE = "timeDate";
    static final String TIME_CYCLE = "timeCycle";
    static final List<String> TIMER_KINDS = List.of(TIME_DURATION, TIME_DATE, TIME_CYCLE);
    static final String YES = "true";

    private static final Map<String, String> ATTRIBUTES = Map.of(ASSIGNEE, "camunda:assignee", FORM_KEY, "camunda:formKey", DUE_DATE,
            "camunda:dueDate");
    /** Who may claim a task: {@code unit:<id or code>} and {@code role:<name>}, comma-separated, as the engine reads them. */
    private static final String CANDIDATE_GROUPS = "camunda:candidateGroups";
    private static final String UNIT = "unit:";
    private static final String ROLE = "role:";
    private static final String USER = "user:";
    private static final String TASK_TYPE = "camunda:type";
    private static final String TOPIC = "camunda:topic";
    private static final String EXTERNAL = "external";
    private static final String CALENDAR = "crm:calendar";
    private static final String WORKING = "working";

    /** An XML name without a colon: what a BPMN id may be. */
    private static final Pattern PROCESS_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,99}");
    private static final Pattern EXECUTOR_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{.+}", Pattern.DOTALL);
    private static final Pattern CYCLE = Pattern.compile("R\\d*/(?:([^/]+)/)?([^/]+)");

    private ElementProperties() {
    }

    /** The panel's fields for an element of {@code kind}, in the order they show. */
    static List<String> fields(ElementKind kind) {
        return switch (kind) {
        case PROCESS -> List.of(KEY, NAME);
        case USER_TASK -> List.of(NAME, ASSIGNEE, CANDIDATE_UNIT, CANDIDATE_ROLE, FORM_KEY, DUE_DATE);
        case SERVICE_TASK -> List.of(NAME, EXECUTOR);
        case SEQUENCE_FLOW -> List.of(NAME, CONDITION);
        case TIMER_EVENT -> List.of(NAME, TIMER_KIND, TIMER_VALUE, WORKING_TIME);
        case OTHER -> List.of(NAME);
        };
    }

    /** The element's value of each of its fields; empty where it has none. */
    static Map<String, String> read(DiagramElement element) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields(ElementKind.of(element))) {
            values.put(field, switch (field) {
            case KEY -> element.id();
            case EXECUTOR -> EXTERNAL.equals(element.attr(TASK_TYPE)) ? element.attr(TOPIC) : "";
            case CONDITION -> element.condition() == null ? "" : element.condition();
            case TIMER_KIND -> timer(element).kind();
            case TIMER_VALUE -> timer(element).value();
            case WORKING_TIME -> WORKING.equals(timer(element).attrs().get(CALENDAR)) ? YES : "";
            case CANDIDATE_UNIT -> Candidates.of(element.attr(CANDIDATE_GROUPS)).unit();
            case CANDIDATE_ROLE -> Candidates.of(element.attr(CANDIDATE_GROUPS)).role();
            case NAME -> element.attr(NAME);
            default -> element.attr(ATTRIBUTES.get(field));
            });
        }
        return values;
    }

    /**
     * The change that gives the element's {@code field} this value (blank clears it).
     *
     * @throws ValidationException naming the field when the value is not one it may hold
     */
    static DiagramChange write(DiagramElement element, String field, String value) {
        String given = value == null ? "" : value.strip();
        String id = element.id();
        return switch (field) {
        case NAME -> DiagramChange.attr(id, NAME, given);
        case KEY -> {
            if (!PROCESS_KEY.matcher(given).matches()) {
                throw ValidationException.of(KEY, "workflow.ui.error.key");
            }
            yield DiagramChange.attr(id, "id", given);
        }
        case EXECUTOR -> {
            if (!given.isEmpty() && !EXECUTOR_ID.matcher(given).matches()) {
                throw ValidationException.of(EXECUTOR, "workflow.ui.error.executor");
            }
            Map<String, String> attrs = new HashMap<>();
            attrs.put(TASK_TYPE, given.isEmpty() ? "" : EXTERNAL);
            attrs.put(TOPIC, given);
            yield DiagramChange.attrs(id, attrs);
        }
        case DUE_DATE -> {
            if (!given.isEmpty() && !isDuration(given) && !isDateTime(given)) {
                throw ValidationException.of(DUE_DATE, "workflow.ui.error.dueDate");
            }
            yield DiagramChange.attr(id, ATTRIBUTES.get(DUE_DATE), given);
        }
        case CANDIDATE_UNIT, CANDIDATE_ROLE -> {
            if (given.contains(",")) {
                throw ValidationException.of(field, "workflow.ui.error.candidate");
            }
            Candidates current = Candidates.of(element.attr(CANDIDATE_GROUPS));
            Candidates next = field.equals(CANDIDATE_UNIT) ? new Candidates(given, current.role(), current.others())
                    : new Candidates(current.unit(), given, current.others());
            yield DiagramChange.attr(id, CANDIDATE_GROUPS, next.text());
        }
        case CONDITION -> new DiagramChange(id, Map.of(), given, null);
        case TIMER_KIND, TIMER_VALUE, WORKING_TIME -> new DiagramChange(id, Map.of(), null, timer(element, field, given));
        default -> {
            String attribute = ATTRIBUTES.get(field);
            if (attribute == null) {
                throw new IllegalArgumentException("No such property: " + field);
            }
            yield DiagramChange.attr(id, attribute, given);
        }
        };
    }

    /**
     * The unit and the role a task is offered to, read as the engine reads them: a bare name is a
     * role, only the first unit and role count, and other entries ({@code user:<name>}) are kept as written.
     */
    record Candidates(String unit, String role, List<String> others) {

        static Candidates of(String groups) {
            String unit = null;
            String role = null;
            List<String> others = new java.util.ArrayList<>();
            for (String part : groups.split(",")) {
                String group = part.strip();
                if (group.startsWith(UNIT)) {
                    unit = unit == null ? group.substring(UNIT.length()).strip() : unit;
                } else if (group.startsWith(USER)) {
                    others.add(group);
                } else if (!group.isEmpty() && role == null) {
                    role = group.startsWith(ROLE) ? group.substring(ROLE.length()).strip() : group;
                }
            }
            return new Candidates(unit == null ? "" : unit, role == null ? "" : role, List.copyOf(others));
        }

        String text() {
            List<String> groups = new java.util.ArrayList<>();
            if (!unit.isEmpty()) {
                groups.add(UNIT + unit);
            }
            if (!role.isEmpty()) {
                groups.add(ROLE + role);
            }
            groups.addAll(others);
            return String.join(",", groups);
        }
    }

    private static Timer timer(DiagramElement element) {
        return element.timer() == null ? new Timer("", "", Map.of()) : element.timer();
    }

    /** The element's timer with one field changed; a new kind keeps the value only when it suits that kind. */
    private static Timer timer(DiagramElement element, String field, String value) {
        Timer current = timer(element);
        String kind = current.kind();
        String timerValue = current.value();
        Map<String, String> attrs = new HashMap<>(current.attrs());
        switch (field) {
        case TIMER_KIND -> {
            if (!value.isEmpty() && !TIMER_KINDS.contains(value)) {
                throw ValidationException.of(TIMER_KIND, "workflow.ui.error.timerKind");
            }
            kind = value;
            if (!suits(kind, timerValue)) {
                timerValue = "";
            }
        }
        case TIMER_VALUE -> {
            if (kind.isEmpty() && !value.isEmpty()) {
                throw ValidationException.of(TIMER_KIND, "workflow.ui.error.timerKind");
            }
            if (!suits(kind, value)) {
                throw ValidationException.of(TIMER_VALUE, "workflow.ui.error." + kind);
            }
            timerValue = value;
        }
        default -> attrs.put(CALENDAR, YES.equals(value) ? WORKING : "");
        }
        return new Timer(kind, timerValue, attrs);
    }

    private static boolean suits(String kind, String value) {
        if (value.isEmpty() || EXPRESSION.matcher(value).matches()) {
            return true;
        }
        return switch (kind) {
        case TIME_DURATION -> isDuration(value);
        case TIME_DATE -> isDateTime(value);
        case TIME_CYCLE -> isCycle(value);
        default -> false;
        };
    }

    /** ISO 8601: {@code PT4H}, {@code P2D}, {@code P1M}. */
    static boolean isDuration(String text) {
        if (EXPRESSION.matcher(text).matches()) {
            return true;
        }
        try {
            Duration.parse(text);
            return true;
        } catch (DateTimeParseException notTime) {
            try {
                Period.parse(text);
                return true;
            } catch (DateTimeParseException notDays) {
                return false;
            }
        }
    }

    /** ISO 8601: {@code 2025-03-21T09:00:00+03:30}, {@code 2025-03-21T09:00}, {@code 2025-03-21}. */
    static boolean isDateTime(String text) {
        if (EXPRESSION.matcher(text).matches()) {
            return true;
        }
        for (var parser : List.<java.util.function.Function<String, Object>>of(OffsetDateTime::parse, LocalDateTime::parse, LocalDate::parse)) {
            try {
                parser.apply(text);
                return true;
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        return false;
    }

    /** ISO 8601 repetitions: {@code R3/PT10M}, {@code R/2025-03-21T09:00/P1D}. */
    static boolean isCycle(String text) {
        var cycle = CYCLE.matcher(text);
        return cycle.matches() && (cycle.group(1) == null || isDateTime(cycle.group(1))) && isDuration(cycle.group(2));
    }
}
