package org.peyvand.platform.report.internal.query;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.text.LikePatterns;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.core.text.SearchWords;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.persistence.Dialect;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportGroup;
import org.peyvand.platform.report.ReportSort;
import org.peyvand.platform.report.ReportSource;
import org.peyvand.platform.report.ResultColumn;
import org.peyvand.platform.report.internal.calendar.DayRange;
import org.peyvand.platform.report.internal.calendar.DayTable;

/**
 * Turns a report definition into one SQL query over a record type's table: the custom fields it
 * names joined from the form kernel's values, the records its lookups point to joined within the
 * caller's scope of theirs, dates grouped through the day calendar, the caller's
 * record scope and the filters in its WHERE clause, and one row more than a result holds, to tell
 * that there were more. Fields the caller may not use, or that are gone, are left out and named.
 */
public final class ReportQuery {
    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final LocalizedText COUNT_LABEL = LocalizedText.of("تعداد", "Count");
    private static final char ESCAPE = '\\';
    /** The per-day query of a rolled-up report. */
    private static final String INNER = "r";

    /**
     * The built query: its text with numbered parameters, their values in order, and what its columns
     * hold; {@code countSql} counts all the rows it matches, with the same parameters.
     *
     * @param columns what the query's columns hold, with {@code read} the field behind each
     * @param source the query's FROM and WHERE, unnumbered
     * @param computed the columns computed from those of each row, with their places among them
     */
    public record Built(String sql, String countSql, List<Object> parameters, List<ResultColumn> columns, List<QueryField> read,
            List<String> missingFields, String source, List<ComputedColumn> computed) {

        /** A query counting the records the report reads, stopping at {@code cap} + 1: with the same parameters. */
        public String scanCount(int cap) {
            return numbered("SELECT COUNT(*) FROM (SELECT 1 AS one" + source + " FETCH FIRST " + (cap + 1) + " ROWS ONLY) scanned");
        }
    }

    private final RecordTable table;
    private final Dialect dialect;
    private final Function<Period, DayRange> periods;
    private final List<String> missing = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, QueryField.Join> joins = new LinkedHashMap<>();
    private final List<String> dayJoins = new ArrayList<>();
    private final List<Object> joinParameters = new ArrayList<>();
    private final List<Object> whereParameters = new ArrayList<>();
    private int rolled;
    private int searched;

    /** @param periods resolves a relative period in the caller's calendar, today in Tehran */
    public ReportQuery(RecordTable table, Dialect dialect, Function<Period, DayRange> periods) {
        this.table = table;
        this.dialect = dialect;
        this.periods = periods;
    }

    /**
     * @param scope the caller's record scope as a condition with {@code ?} placeholders, or null for all records
     * @param limit the rows a result holds; one more is asked for, to tell there were more
     * @throws ValidationException naming each part of the definition that cannot run
     */
    public Built build(ReportDefinition definition, String scope, List<Object> scopeParameters, int limit) {
        List<String> select = new ArrayList<>();
        List<String> groupBy = new ArrayList<>();
        List<ResultColumn> columns = new ArrayList<>();
        List<QueryField> read = new ArrayList<>();
        boolean rollUp = rollsUp(definition);
        List<String> innerSelect = new ArrayList<>();
        List<String> innerGroupBy = new ArrayList<>();
        for (int i = 0; i < definition.groups().size(); i++) {
            ReportGroup group = definition.groups().get(i);
            usable(group.field(), "groups[" + i + "].field").ifPresent(field -> {
                String path = "groups[" + select.size() + "].bucket";
                String expression;
                if (rollUp) {
                    String inner = field.temporal() ? day(field) : field.expression();
                    String alias = INNER + ".g" + select.size();
                    innerSelect.add(inner + " AS g" + select.size());
                    innerGroupBy.add(inner);
                    expression = grouped(field, group.bucket(), path, alias, alias);
                } else {
                    expression = grouped(field, group.bucket(), path, field.expression(), field.temporal() ? day(field) : null);
                }
                select.add(expression);
                groupBy.add(expression);
                DateBucket bucket = field.temporal() ? bucketOf(group.bucket()) : null;
                columns.add(new ResultColumn(field.name(), field.label(), bucket == null ? field.type() : FieldType.DATE, null, bucket));
                read.add(field);
            });
        }
        boolean grouped = !definition.groups().isEmpty();
        boolean aggregated = definition.columns().stream().anyMatch(ReportColumn::aggregated);
        List<ComputedColumn> computed = new ArrayList<>();
        for (int i = 0; i < definition.columns().size(); i++) {
            ReportColumn column = definition.columns().get(i);
            String path = "columns[" + i + "]";
            if (column.computed()) {
                computed(column, path).ifPresent(result -> computed.add(new ComputedColumn(select.size() + computed.size(), path,
                        column.expression(), result)));
                continue;
            }
            if (column.aggregate() == Aggregate.COUNT && column.field() == null) {
                select.add(rollUp ? rolledUp(Aggregate.COUNT, table.countAll(), innerSelect) : table.countAll());
                columns.add(new ResultColumn(null, COUNT_LABEL, FieldType.INTEGER, Aggregate.COUNT, null));
                read.add(null);
                continue;
            }
            if (!column.aggregated() && (grouped || aggregated)) {
                errors.add(FieldError.of(path + ".aggregate", "report.error.notAggregated", column.field()));
                continue;
            }
            usable(column.field(), path + ".field").ifPresent(field -> {
                String value = column.aggregated() ? aggregate(column.aggregate(), field, path + ".aggregate") : field.expression();
                select.add(rollUp ? rolledUp(column.aggregate(), value, innerSelect) : value);
                columns.add(new ResultColumn(field.name(), field.label(), resultType(column.aggregate(), field), column.aggregate(), null));
                read.add(column.aggregated() && column.aggregate() != Aggregate.MIN && column.aggregate() != Aggregate.MAX ? null : field);
            });
        }
        if (select.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of("columns", "report.error.noColumns"));
        }
        List<String> where = new ArrayList<>();
        if (table.typeColumn() != null) {
            where.add(table.column(table.typeColumn()) + " = ?");
            whereParameters.add(table.recordType());
        }
        if (table.countedBy() != null) {
            where.add(table.column("field") + " = ?");
            whereParameters.add(table.countedBy());
        }
        if (scope != null) {
            where.add(scope);
            whereParameters.addAll(scopeParameters);
        }
        for (int i = 0; i < definition.filters().size(); i++) {
            ReportFilter filter = definition.filters().get(i);
            String path = "filters[" + i + "]";
            if (filter.operator() == FilterOperator.SEARCH) {
                where.addAll(search(filter, path));
                continue;
            }
            usable(filter.field(), path + ".field").ifPresent(field -> condition(field, filter, path).ifPresent(where::add));
        }
        String orderBy = order(definition.sorts(), select.size(), groupBy.size(), computed,
                grouped || aggregated ? null : table.column(table.idColumn()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < select.size(); i++) {
            // every column named: PostgreSQL calls two counts "count", which a result cannot tell apart
            named.add(select.get(i) + " AS v" + i);
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", named)).append(" FROM ");
        if (rollUp) {
            sql.append("(SELECT ").append(String.join(", ", innerSelect)).append(" FROM ").append(records(where, false))
                    .append(" GROUP BY ").append(String.join(", ", innerGroupBy)).append(") ").append(INNER);
            dayJoins.forEach(sql::append);
        } else {
            sql.append(records(where, true));
        }
        joins.values().forEach(join -> joinParameters.addAll(join.parameters()));
        if (!groupBy.isEmpty()) {
            sql.append(" GROUP BY ").append(String.join(", ", groupBy));
        }
        String counted = "SELECT COUNT(*) FROM (" + sql + ") n";
        sql.append(" ORDER BY ").append(orderBy);
        sql.append(" FETCH FIRST ").append(limit + 1).append(" ROWS ONLY");
        List<Object> parameters = new ArrayList<>(joinParameters);
        parameters.addAll(whereParameters);
        return new Built(numbered(sql.toString()), numbered(counted), parameters, columns, read, List.copyOf(missing),
                " FROM " + records(where, false), List.copyOf(computed));
    }

    private Optional<ResultColumn> computed(ReportColumn column, String path) {
        if (column.field() != null || column.aggregate() != null) {
            errors.add(FieldError.of(path + ".expression", "report.error.computedAlone"));
        }
        if (column.expression().isBlank()) {
            errors.add(FieldError.of(path + ".expression", "core.error.required"));
        }
        if (column.label() == null || column.label().in("fa").isBlank()) {
            errors.add(FieldError.of(path + ".label", "core.error.required"));
            return Optional.empty();
        }
        return Optional.of(new ResultColumn(null, column.label(), FieldType.DECIMAL, null, null));
    }

    /** The records read: the type's table, the custom values named, the day calendar if asked, and the conditions. */
    private String records(List<String> where, boolean days) {
        StringBuilder from = new StringBuilder(table.table()).append(' ').append(table.alias());
        joins.values().forEach(join -> from.append(join.sql()));
        if (days) {
            dayJoins.forEach(from::append);
        }
        if (!where.isEmpty()) {
            from.append(" WHERE ").append(String.join(" AND ", where));
        }
        return from.toString();
    }

    /** A field the definition names, if it exists and the caller may use it; otherwise it is noted as missing. */
    private Optional<QueryField> usable(String name, String path) {
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of(path, "core.error.required"));
            return Optional.empty();
        }
        Optional<QueryField> field = table.field(name);
        if (field.isEmpty()) {
            missing.add(name);
        }
        return field.map(this::joined);
    }

    private QueryField joined(QueryField field) {
        if (field.join() != null) {
            bringIn(field.join());
        }
        return field;
    }

    /** The join, after the joins it reads from. */
    private void bringIn(QueryField.Join join) {
        if (join.after() != null) {
            bringIn(join.after());
        }
        joins.putIfAbsent(join.alias(), join);
    }

    /**
     * The expression a group reads: {@code value} for a field that is not a date, otherwise the
     * bucket of the calendar day joined on {@code day}.
     */
    private String grouped(QueryField field, DateBucket bucket, String path, String value, String day) {
        if (!field.temporal()) {
            if (bucket != null) {
                errors.add(FieldError.of(path, "report.error.bucketNeedsDate", field.name()));
            }
            return value;
        }
        String alias = "d" + dayJoins.size();
        // a left join: records without the date are a group of their own rather than left out of the sums
        dayJoins.add(" LEFT JOIN " + DayTable.TABLE + " " + alias + " ON " + alias + ".day = " + day);
        return alias + "." + DayTable.column(bucketOf(bucket));
    }

    /**
     * Whether the report counts records per day first and then per bucket: the day calendar is
     * then joined once per group and day rather than once per record. It takes aggregates that add
     * up across days (counts, sums, least and greatest values) and a group coarser than a day.
     */
    private static boolean rollsUp(ReportDefinition definition) {
        return !definition.columns().isEmpty()
                && definition.columns().stream().allMatch(c -> c.aggregate() != null && c.aggregate() != Aggregate.AVG
                        && c.aggregate() != Aggregate.COUNT_DISTINCT)
                && definition.groups().stream().anyMatch(g -> g.bucket() != null && g.bucket() != DateBucket.DAY);
    }

    /** An aggregate per day in the inner query, and how the outer one combines the days'. */
    private String rolledUp(Aggregate aggregate, String perDay, List<String> innerSelect) {
        String alias = "a" + rolled++;
        innerSelect.add(perDay + " AS " + alias);
        String combined = aggregate == Aggregate.MIN || aggregate == Aggregate.MAX ? aggregate.name() : "SUM";
        return combined + "(" + INNER + "." + alias + ")";
    }

    private static DateBucket bucketOf(DateBucket bucket) {
        return bucket == null ? DateBucket.DAY : bucket;
    }

    /** The field's day in Tehran. */
    private String day(QueryField field) {
        return switch (field.storage()) {
            case SERVER_TIME -> dialect.dayInTehran(field.expression(), ZoneId.systemDefault());
            case UTC_TIME -> dialect.dayInTehran(field.expression(), ZoneOffset.UTC);
            default -> dialect.day(field.expression());
        };
    }

    private String aggregate(Aggregate aggregate, QueryField field, String path) {
        boolean numeric = field.numeric();
        return switch (aggregate) {
            case COUNT -> "COUNT(" + field.expression() + ")";
            case COUNT_DISTINCT -> "COUNT(DISTINCT " + field.expression() + ")";
            case MIN -> "MIN(" + field.expression() + ")";
            case MAX -> "MAX(" + field.expression() + ")";
            case SUM, AVG -> {
                if (!numeric) {
                    errors.add(FieldError.of(path, "report.error.notNumeric", field.name()));
                }
                // Derby averages integers as integers
                yield aggregate.name() + "(" + (aggregate == Aggregate.AVG ? "CAST(" + field.expression() + " AS DECIMAL(31, 6))"
                        : field.expression()) + ")";
            }
        };
    }

    private static FieldType resultType(Aggregate aggregate, QueryField field) {
        if (aggregate == null || aggregate == Aggregate.MIN || aggregate == Aggregate.MAX) {
            return field.type();
        }
        if (aggregate == Aggregate.AVG) {
            return FieldType.DECIMAL;
        }
        return aggregate == Aggregate.SUM ? field.type() : FieldType.INTEGER;
    }

    private Optional<String> condition(QueryField field, ReportFilter filter, String path) {
        FilterOperator operator = filter.operator();
        if (operator == null) {
            errors.add(FieldError.of(path + ".operator", "core.error.required"));
            return Optional.empty();
        }
        String expression = field.expression();
        switch (operator) {
            case EMPTY:
                return Optional.of(expression + " IS NULL");
            case NOT_EMPTY:
                return Optional.of(expression + " IS NOT NULL");
            case IN_PERIOD:
                if (!field.temporal()) {
                    errors.add(FieldError.of(path + ".field", "report.error.periodNeedsDate", field.name()));
                    return Optional.empty();
                }
                if (filter.period() == null) {
                    errors.add(FieldError.of(path + ".period", "core.error.required"));
                    return Optional.empty();
                }
                DayRange range;
                try {
                    range = periods.apply(filter.period());
                } catch (ValidationException refused) {
                    refused.fieldErrors().forEach(e -> errors.add(FieldError.of(path + "." + e.field(), e.messageKey(), e.args().toArray())));
                    return Optional.empty();
                }
                return Optional.of(from(field, range.from()) + " AND " + before(field, range.to()));
            default:
                break;
        }
        if (filter.values().isEmpty()) {
            errors.add(FieldError.of(path + ".values", "core.error.required"));
            return Optional.empty();
        }
        List<Object> values = new ArrayList<>();
        for (String text : filter.values()) {
            Object value = value(field, text, path + ".values");
            if (value == null) {
                return Optional.empty();
            }
            values.add(value);
        }
        if (field.temporal()) {
            return temporal(field, operator, (LocalDate) values.get(0), path);
        }
        switch (operator) {
            case IN:
                whereParameters.addAll(values);
                return Optional.of(expression + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
            case CONTAINS:
                if (!(values.get(0) instanceof String word)) {
                    errors.add(FieldError.of(path + ".operator", "report.error.containsNeedsText", field.name()));
                    return Optional.empty();
                }
                whereParameters.add("%" + LikePatterns.prefix(word.toLowerCase(Locale.ROOT), ESCAPE));
                return Optional.of("LOWER(" + expression + ") LIKE ? ESCAPE '" + ESCAPE + "'");
            default:
                whereParameters.add(values.get(0));
                return Optional.of(expression + " " + comparison(operator) + " ?");
        }
    }

    /**
     * The records a list's search box finds by the filter's text: for each word, one of the record's
     * tokens starts with it. Each word is one probe of the token table's index per record, so the
     * search stays inside the report's one query.
     */
    private List<String> search(ReportFilter filter, String path) {
        ReportSource.TokenTable tokens = table.tokens();
        if (tokens == null) {
            errors.add(FieldError.of(path + ".operator", "report.error.searchUnavailable", table.recordType()));
            return List.of();
        }
        List<String> words = SearchWords.ofQuery(String.join(" ", filter.values()));
        List<String> conditions = new ArrayList<>();
        for (String word : words) {
            String alias = "s" + searched++;
            whereParameters.add(LikePatterns.prefix(word, ESCAPE));
            conditions.add("EXISTS (SELECT 1 FROM " + tokens.table() + " " + alias + " WHERE " + alias + "." + tokens.recordIdColumn() + " = "
                    + table.column(table.idColumn()) + " AND " + alias + "." + tokens.tokenColumn() + " LIKE ? ESCAPE '" + ESCAPE + "')");
        }
        return conditions;
    }

    private Optional<String> temporal(QueryField field, FilterOperator operator, LocalDate day, String path) {
        return switch (operator) {
            case EQUALS -> Optional.of(from(field, day) + " AND " + before(field, day.plusDays(1)));
            case GREATER -> Optional.of(from(field, day.plusDays(1)));
            case GREATER_OR_EQUAL -> Optional.of(from(field, day));
            case LESS -> Optional.of(before(field, day));
            case LESS_OR_EQUAL -> Optional.of(before(field, day.plusDays(1)));
            default -> {
                errors.add(FieldError.of(path + ".operator", "report.error.operatorForDate", operator.name()));
                yield Optional.empty();
            }
        };
    }

    /** The field on or after the start of {@code day} in Tehran, compared as its column keeps time so an index serves. */
    private String from(QueryField field, LocalDate day) {
        whereParameters.add(bound(field, day));
        return comparable(field) + " >= ?";
    }

    private String before(QueryField field, LocalDate day) {
        whereParameters.add(bound(field, day));
        return comparable(field) + " < ?";
    }

    private static String comparable(QueryField field) {
        // a plain day may be kept as a date or as a timestamp at midnight: compared as a date either way.
        // For custom days this also keeps PostgreSQL off the values' time index: its generic plan for a
        // prepared range guesses a few rows there and then fetches each record by id, a minute for a
        // year of ten million records against seconds for reading both tables whole
        return field.storage() == Storage.DAY ? "CAST(" + field.expression() + " AS DATE)" : field.expression();
    }

    private static Object bound(QueryField field, LocalDate day) {
        java.time.Instant start = day.atStartOfDay(TEHRAN).toInstant();
        return switch (field.storage()) {
            case SERVER_TIME -> Timestamp.valueOf(LocalDateTime.ofInstant(start, ZoneId.systemDefault()));
            case UTC_TIME -> Timestamp.valueOf(LocalDateTime.ofInstant(start, ZoneOffset.UTC));
            default -> Date.valueOf(day);
        };
    }

    private static String comparison(FilterOperator operator) {
        return switch (operator) {
            case NOT_EQUALS -> "<>";
            case GREATER -> ">";
            case GREATER_OR_EQUAL -> ">=";
            case LESS -> "<";
            case LESS_OR_EQUAL -> "<=";
            default -> "=";
        };
    }

    /** A filter's value read as the field's kind; {@code null} after noting why it cannot be. */
    private Object value(QueryField field, String text, String path) {
        String given = text == null ? "" : PersianText.toLatinDigits(text.strip());
        try {
            if (field.temporal()) {
                return given.contains("/") ? JalaliDate.parse(given).toLocalDate() : LocalDate.parse(given);
            }
            if (field.type() == FieldType.BOOLEAN) {
                return "true".equalsIgnoreCase(given) || "1".equals(given) ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            if (field.numeric() || field.type() == FieldType.LOOKUP || field.type() == FieldType.ORG_UNIT) {
                return new BigDecimal(given.replace("٬", "").replace(",", ""));
            }
            return text;
        } catch (RuntimeException unreadable) {
            errors.add(FieldError.of(path, field.temporal() ? "core.error.invalidDate" : "core.error.invalidNumber"));
            return null;
        }
    }

    /**
     * The sorts asked for, then the groups in their order; a list without groups ends with the
     * records' ids, so equal rows keep one order from run to run.
     */
    private String order(List<ReportSort> sorts, int columns, int groups, List<ComputedColumn> computed, String id) {
        List<String> order = new ArrayList<>();
        List<Integer> sorted = new ArrayList<>();
        for (int i = 0; i < sorts.size(); i++) {
            ReportSort sort = sorts.get(i);
            if (computed.stream().anyMatch(c -> c.position() == sort.column())) {
                errors.add(FieldError.of("sorts[" + i + "].column", "report.error.sortComputed"));
                continue;
            }
            // the query's column: the result's, less the computed ones before it
            int column = sort.column() - (int) computed.stream().filter(c -> c.position() < sort.column()).count();
            if (column >= 0 && column < columns && !sorted.contains(column)) {
                sorted.add(column);
                order.add((column + 1) + (sort.descending() ? " DESC" : ""));
            }
        }
        for (int i = 0; i < groups; i++) {
            if (!sorted.contains(i)) {
                order.add(String.valueOf(i + 1));
            }
        }
        if (id != null) {
            order.add(id);
        }
        return order.isEmpty() ? "1" : String.join(", ", order);
    }

    /** JDBC's {@code ?} as the numbered parameters JPA's native queries take. */
    private static String numbered(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int n = 0;
        for (char c : sql.toCharArray()) {
            out.append(c);
            if (c == '?') {
                out.append(++n);
            }
        }
        return out.toString();
    }
}
