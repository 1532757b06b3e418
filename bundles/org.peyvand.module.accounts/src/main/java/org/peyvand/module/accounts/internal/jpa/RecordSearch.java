package org.peyvand.module.accounts.internal.jpa;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.peyvand.module.accounts.internal.ListOrder;
import org.peyvand.platform.core.text.LikePatterns;
import org.peyvand.platform.form.CustomMatch;
import org.peyvand.platform.form.CustomSort;
import org.peyvand.platform.security.RecordScope;

/**
 * Finds the ids of one page of contacts or accounts, in list order, with index range scans only.
 *
 * <p>A record matches a query when each query word is a prefix of one of its tokens. The longest
 * word drives the search (a longer prefix matches fewer tokens); every other word is checked per
 * candidate through the token table's key (record id, token). The driving word is read one of
 * three ways:
 * <ul>
 * <li><b>Few distinct tokens</b> under the prefix (a name fragment such as "رضا" covers رضا and
 * رضایی): they are found by index seeks, then each token's rows are read from an index on (token,
 * sort key, record id), already in list order, stopping after a page, and the reads are merged. The
 * work is a page per token however many records match.</li>
 * <li><b>Many distinct tokens</b> and a very short word (one or two letters, up to four digits),
 * which matches much of the list: the record table's sort index is walked in list order, checking
 * each record for a matching token, until the page is full. Lists without words, and one account's
 * contacts, are read the same way.</li>
 * <li><b>Many distinct tokens</b> and a longer word (the start of a number or an email, rarely
 * shared): the prefix's index range is read whole and sorted.</li>
 * </ul>
 *
 * <p>The queries are SQL rather than JPQL for one reason: Derby's optimizer assumes every token is
 * equally frequent, so for a token most records share it may choose an ascending index plus a sort
 * over a descending index. The {@code --DERBY-PROPERTIES} comments fix Derby's access paths (the
 * indexes are the changelog's); to PostgreSQL they are comments, and its planner reads real
 * frequencies.
 */
public final class RecordSearch {
    /** Above this many distinct tokens under a prefix, a query per token costs more than it saves. */
    private static final int MAX_TERMS = 12;
    private static final char ESCAPE = '!';

    /** The tables searched. */
    public enum Target {
        CONTACTS("acc_contact", "contact_id", "ContactTokenEntity"),
        ACCOUNTS("acc_account", "account_id", "AccountTokenEntity");

        private final String records;
        private final String tokens;
        private final String recordId;
        private final String tokenEntity;

        Target(String records, String recordId, String tokenEntity) {
            this.records = records;
            this.tokens = records + "_token";
            this.recordId = recordId;
            this.tokenEntity = tokenEntity;
        }
    }

    /**
     * What a list is narrowed to: the records the caller may see, query words (see
     * SearchWords.ofQuery), for contacts an account, and conditions on custom field values.
     */
    public record Filter(RecordScope scope, List<String> words, Long accountId, List<CustomCondition> custom, CustomSort sort) {
        public Filter {
            words = List.copyOf(words);
            custom = List.copyOf(custom);
        }

        public Filter(RecordScope scope, List<String> words, Long accountId) {
            this(scope, words, accountId, List.of(), null);
        }

        /** The filter for a list ordered by a custom field ({@code null}: by name or creation time). */
        public Filter sortedBy(CustomSort order) {
            return new Filter(scope, words, accountId, custom, order);
        }
    }

    /** A condition on a record's custom values. */
    public interface CustomCondition {
        /** As SQL over the record's id column. */
        String sql(String idColumn, Function<Object, String> bind);

        /** As the value rows of the matching records, to drive a query from. */
        CustomMatch rows(String alias, Function<Object, String> bind);
    }

    /** The ids of a page in list order, and the cursor of the next page (null on the last). */
    public record IdPage(List<Long> ids, String nextCursor) {
    }

    private final EntityManager em;
    private final Target target;

    public RecordSearch(EntityManager em, Target target) {
        this.em = em;
        this.target = target;
    }

    public IdPage page(Filter filter, ListOrder order, Optional<ListOrder.Position> after, int limit) {
        List<String> words = bySelectivity(filter.words());
        if (!filter.custom().isEmpty()) {
            // custom conditions are probes of the values' index per record, like further words
            return walk(filter, words, order, after, limit);
        }
        if (filter.accountId() == null && words.isEmpty() && lanes(filter.scope(), order)) {
            return walkLanes(filter.scope(), order, after, limit);
        }
        if (filter.accountId() != null || words.isEmpty()) {
            return walk(filter, words, order, after, limit);
        }
        List<String> terms = terms(words.get(0));
        if (terms.size() <= MAX_TERMS) {
            return merge(filter.scope(), terms, words.subList(1, words.size()), order, after, limit);
        }
        return isCommon(words.get(0)) ? walk(filter, words, order, after, limit) : scan(filter.scope(), words, order, after, limit);
    }

    /**
     * A page in the order of a custom field: the records holding a value, read from the values'
     * index in order and each checked against the filter, then those without one in id order.
     */
    public IdPage pageByCustomField(Filter filter, CustomSort sort, ListOrder order, Optional<ListOrder.Position> after, int limit) {
        List<String> words = bySelectivity(filter.words());
        List<Object[]> rows = new ArrayList<>();
        boolean amongValues = after.isEmpty() || after.get().sortValue() != null;
        if (amongValues) {
            Sql sql = new Sql();
            List<String> conditions = new ArrayList<>(sort.where("v", sql::value));
            List<String> recordConditions = recordConditions(sql, filter, words);
            if (!recordConditions.isEmpty()) {
                conditions.add("EXISTS (SELECT 1 FROM " + target.records + " r --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\nWHERE r.id = "
                        + sort.recordId("v") + " AND "
                        + String.join(" AND ", recordConditions) + ")");
            }
            after.ifPresent(position -> conditions.add(keyset(sql, sort.value("v"), sort.recordId("v"), order.descending(),
                    new ListOrder.Position(sort.fromCursor((String) position.sortValue()), position.id()))));
            String query = "SELECT " + sort.value("v") + ", " + sort.recordId("v") + " FROM " + sort.from("v") + where(conditions)
                    + orderBy(sort.value("v"), sort.recordId("v"), order);
            select(query, sql, limit + 1).forEach(row -> rows.add(new Object[] {sort.cursorValue(row[0]), row[1]}));
        }
        if (rows.size() <= limit) {
            // without a value, in id order: a custom filter's value rows come in that order and are far fewer than the records
            Sql sql = new Sql();
            String from;
            String id;
            List<String> conditions;
            if (filter.custom().isEmpty()) {
                from = target.records + " r";
                id = "r.id";
                conditions = recordConditions(sql, filter, words);
            } else {
                ValueDriven driven = ValueDriven.of(this, sql, filter, words);
                from = driven.from();
                id = driven.recordId();
                conditions = new ArrayList<>(driven.conditions());
            }
            conditions.add(sort.absent("r.id", sql::value));
            if (!amongValues) {
                conditions.add(id + " > " + sql.value(after.get().id()));
            }
            select("SELECT " + id + " AS no_value, " + id + " FROM " + from + where(conditions) + " ORDER BY " + id, sql,
                    limit + 1 - rows.size()).forEach(row -> rows.add(new Object[] {null, row[1]}));
        }
        return toPage(rows, order, limit);
    }

    /** Counts with the same filter; a count visits every match, so the driving word's range is read. */
    public long count(Filter filter) {
        List<String> words = bySelectivity(filter.words());
        Sql sql = new Sql();
        List<String> conditions = new ArrayList<>();
        String from;
        if (filter.accountId() == null && !words.isEmpty() && filter.custom().isEmpty()) {
            from = "SELECT COUNT(DISTINCT t." + target.recordId + ") FROM " + target.tokens + " t";
            conditions.add("t.token LIKE " + sql.prefix(words.get(0)) + " ESCAPE '" + ESCAPE + "'");
            words.subList(1, words.size()).forEach(word -> conditions.add(hasToken(sql, "t." + target.recordId, word)));
            inScope(sql, filter.scope(), "t." + target.recordId).ifPresent(conditions::add);
        } else if (filter.accountId() == null && words.isEmpty() && filter.custom().isEmpty() && !filter.scope().unrestricted()) {
            return countLanes(filter.scope());
        } else if (!filter.custom().isEmpty()) {
            return countByCustomValue(filter, words);
        } else {
            from = "SELECT COUNT(*) FROM " + target.records + " r";
            conditions.addAll(recordConditions(sql, filter, words));
        }
        return ((Number) sql.bind(em.createNativeQuery(from + where(conditions))).getSingleResult()).longValue();
    }

    /**
     * Counts from the first custom condition's range of the values' index, each value row joined to
     * its record by primary key for the record's other conditions: the work follows the matches,
     * not the size of the list.
     */
    private long countByCustomValue(Filter filter, List<String> words) {
        Sql sql = new Sql();
        ValueDriven driven = ValueDriven.of(this, sql, filter, words);
        return singleCount("SELECT COUNT(*) FROM " + driven.from() + where(driven.conditions()), sql);
    }

    /**
     * A query driven by the first custom condition's range of the values' index (ordered by record
     * id within it), each value row joined to its record by primary key, where the record's other
     * conditions apply (scope, account, words, further custom conditions).
     */
    private record ValueDriven(String from, List<String> conditions, String recordId) {
        static ValueDriven of(RecordSearch search, Sql sql, Filter filter, List<String> words) {
            CustomMatch values = filter.custom().get(0).rows("cfv", sql::value);
            List<String> conditions = new ArrayList<>(values.where());
            conditions.add("r.id = " + values.recordId());
            Optional.ofNullable(filter.scope().condition("r.owner", "r.owner_unit_id", sql::value)).ifPresent(conditions::add);
            if (filter.accountId() != null) {
                conditions.add("r.account_id = " + sql.value(filter.accountId()));
            }
            words.forEach(word -> conditions.add(search.hasToken(sql, "r.id", word)));
            filter.custom().subList(1, filter.custom().size()).forEach(condition -> conditions.add(condition.sql("r.id", sql::value)));
            String from = "--DERBY-PROPERTIES joinOrder=FIXED\n" + values.from() + ", " + search.target.records
                    + " r --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n";
            return new ValueDriven(from, conditions, values.recordId());
        }
    }

    /**
     * A restricted scope in name order, read as lanes: the caller's own records and each unit's,
     * each from an index already in list order and stopping after a page, merged. Few lanes only;
     * a scope over many units walks the list and checks each record.
     */
    private static boolean lanes(RecordScope scope, ListOrder order) {
        return !scope.unrestricted() && order.byName() && !order.descending() && scope.unitIds().size() <= MAX_TERMS;
    }

    private IdPage walkLanes(RecordScope scope, ListOrder order, Optional<ListOrder.Position> after, int limit) {
        List<Object[]> rows = new ArrayList<>();
        rows.addAll(lane("r.owner", scope.username(), "_owner_name_ix", order, after, limit));
        for (Long unit : scope.unitIds()) {
            rows.addAll(lane("r.owner_unit_id", unit, "_unit_name_ix", order, after, limit));
        }
        return toPage(mergedInListOrder(rows, order, limit), order, limit);
    }

    private List<Object[]> lane(String column, Object value, String index, ListOrder order, Optional<ListOrder.Position> after, int limit) {
        Sql sql = new Sql();
        List<String> conditions = new ArrayList<>();
        conditions.add(column + " = " + sql.value(value));
        after.ifPresent(position -> conditions.add(keyset(sql, "r.sort_name", "r.id", false, position)));
        String from = "--DERBY-PROPERTIES joinOrder=FIXED\n" + target.records + " r --DERBY-PROPERTIES index="
                + (target.records + index).toUpperCase(Locale.ROOT) + "\n";
        return select("SELECT r.sort_name, r.id FROM " + from + where(conditions) + orderBy("r.sort_name", "r.id", order), sql, limit + 1);
    }

    /**
     * Each unit's records, and the caller's own records in other units, each counted by a range of
     * an index alone ((unit, name, id) and (owner, unit)).
     */
    private long countLanes(RecordScope scope) {
        Sql sql = new Sql();
        String units = scope.unitIds().stream().map(sql::value).collect(Collectors.joining(", "));
        String own = "SELECT COUNT(*) FROM " + target.records + " r --DERBY-PROPERTIES index="
                + (target.records + "_owner_unit_ix").toUpperCase(Locale.ROOT) + "\nWHERE r.owner = " + sql.value(scope.username())
                + (units.isEmpty() ? "" : " AND r.owner_unit_id NOT IN (" + units + ")");
        long count = singleCount(own, sql);
        for (Long unit : scope.unitIds()) {
            Sql unitSql = new Sql();
            count += singleCount("SELECT COUNT(*) FROM " + target.records + " r WHERE r.owner_unit_id = " + unitSql.value(unit), unitSql);
        }
        return count;
    }

    private long singleCount(String query, Sql sql) {
        return ((Number) sql.bind(em.createNativeQuery(query)).getSingleResult()).longValue();
    }

    private IdPage walk(Filter filter, List<String> words, ListOrder order, Optional<ListOrder.Position> after, int limit) {
        Sql sql = new Sql();
        String sort = "r." + column(order);
        List<String> conditions = recordConditions(sql, filter, words);
        after.ifPresent(position -> conditions.add(keyset(sql, sort, "r.id", order.descending(), position)));
        // One account's contacts are few; the optimizer picks the account index and sorts them.
        String from = filter.accountId() != null ? target.records + " r"
                : "--DERBY-PROPERTIES joinOrder=FIXED\n" + target.records + " r " + useIndex(target.records, order);
        return rows("SELECT " + sort + ", r.id FROM " + from + where(conditions) + orderBy(sort, "r.id", order), sql, order, limit);
    }

    private IdPage scan(RecordScope scope, List<String> words, ListOrder order, Optional<ListOrder.Position> after, int limit) {
        Sql sql = new Sql();
        String sort = "t." + column(order);
        String id = "t." + target.recordId;
        List<String> conditions = new ArrayList<>();
        conditions.add("t.token LIKE " + sql.prefix(words.get(0)) + " ESCAPE '" + ESCAPE + "'");
        words.subList(1, words.size()).forEach(word -> conditions.add(hasToken(sql, id, word)));
        inScope(sql, scope, id).ifPresent(conditions::add);
        after.ifPresent(position -> conditions.add(keyset(sql, sort, id, order.descending(), position)));
        return rows("SELECT DISTINCT " + sort + ", " + id + " FROM " + target.tokens + " t" + where(conditions)
                + orderBy(sort, id, order), sql, order, limit);
    }

    /** One ordered, early-stopping read per token; a record found under two tokens counts once. */
    private IdPage merge(RecordScope scope, List<String> terms, List<String> otherWords, ListOrder order,
            Optional<ListOrder.Position> after, int limit) {
        String sort = "t." + column(order);
        String id = "t." + target.recordId;
        List<Object[]> rows = new ArrayList<>();
        for (String term : terms) {
            Sql sql = new Sql();
            List<String> conditions = new ArrayList<>();
            conditions.add("t.token = " + sql.value(term));
            otherWords.forEach(word -> conditions.add(hasToken(sql, id, word)));
            inScope(sql, scope, id).ifPresent(conditions::add);
            after.ifPresent(position -> conditions.add(keyset(sql, sort, id, order.descending(), position)));
            String from = "--DERBY-PROPERTIES joinOrder=FIXED\n" + target.tokens + " t " + useIndex(target.tokens, order);
            rows.addAll(select("SELECT " + sort + ", " + id + " FROM " + from + where(conditions) + orderBy(sort, id, order),
                    sql, limit + 1));
        }
        return toPage(mergedInListOrder(rows, order, limit), order, limit);
    }

    /** Rows read from several ordered sources, in list order, each record once, up to a page and one more. */
    private static List<Object[]> mergedInListOrder(List<Object[]> rows, ListOrder order, int limit) {
        Comparator<Object[]> listOrder = Comparator.<Object[], Comparable<Object>>comparing(RecordSearch::sortValue)
                .thenComparing(row -> (Long) row[1]);
        rows.sort(order.descending() ? listOrder.reversed() : listOrder);
        Set<Long> seen = new HashSet<>();
        return rows.stream().filter(row -> seen.add((Long) row[1])).limit(limit + 1L).toList();
    }

    /**
     * The distinct tokens starting with {@code prefix}, up to one more than {@link #MAX_TERMS}: each
     * is one index seek for the least token after the previous one.
     */
    private List<String> terms(String prefix) {
        List<String> terms = new ArrayList<>();
        String next = em.createQuery("SELECT MIN(t.token) FROM " + target.tokenEntity + " t WHERE t.token >= :from",
                String.class).setParameter("from", prefix).getSingleResult();
        while (next != null && next.startsWith(prefix) && terms.size() <= MAX_TERMS) {
            terms.add(next);
            next = em.createQuery("SELECT MIN(t.token) FROM " + target.tokenEntity + " t WHERE t.token > :after",
                    String.class).setParameter("after", next).getSingleResult();
        }
        return terms;
    }

    private IdPage rows(String query, Sql sql, ListOrder order, int limit) {
        return toPage(select(query, sql, limit + 1), order, limit);
    }

    /** Rows of (sort value, record id), with sort values as the entities hold them. */
    private List<Object[]> select(String query, Sql sql, int maxRows) {
        List<?> rows = sql.bind(em.createNativeQuery(query)).setMaxResults(maxRows).getResultList();
        List<Object[]> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            Object sortValue = values[0] instanceof Timestamp timestamp ? timestamp.toInstant() : values[0];
            result.add(new Object[] {sortValue, ((Number) values[1]).longValue()});
        }
        return result;
    }

    private static IdPage toPage(List<Object[]> rows, ListOrder order, int limit) {
        List<Long> ids = rows.stream().limit(limit).map(row -> (Long) row[1]).toList();
        Object[] last = rows.size() > limit ? rows.get(limit - 1) : null;
        return new IdPage(ids, last == null ? null : order.cursor(last[0], (Long) last[1]));
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> sortValue(Object[] row) {
        return (Comparable<Object>) row[0];
    }

    private List<String> recordConditions(Sql sql, Filter filter, List<String> words) {
        List<String> conditions = new ArrayList<>();
        Optional.ofNullable(filter.scope().condition("r.owner", "r.owner_unit_id", sql::value)).ifPresent(conditions::add);
        if (filter.accountId() != null) {
            conditions.add("r.account_id = " + sql.value(filter.accountId()));
        }
        words.forEach(word -> conditions.add(hasToken(sql, "r.id", word)));
        filter.custom().forEach(condition -> conditions.add(condition.sql("r.id", sql::value)));
        return conditions;
    }

    /** For reads of the token table: the token's record is one the caller may see (a primary-key probe per row). */
    private Optional<String> inScope(Sql sql, RecordScope scope, String recordId) {
        String alias = "s" + sql.size();
        return Optional.ofNullable(scope.condition(alias + ".owner", alias + ".owner_unit_id", sql::value))
                .map(condition -> "EXISTS (SELECT 1 FROM " + target.records + " " + alias + " WHERE " + alias + ".id = " + recordId
                        + " AND " + condition + ")");
    }

    private String hasToken(Sql sql, String recordId, String word) {
        String alias = "w" + sql.size();
        return "EXISTS (SELECT 1 FROM " + target.tokens + " " + alias + " WHERE " + alias + "." + target.recordId + " = "
                + recordId + " AND " + alias + ".token LIKE " + sql.prefix(word) + " ESCAPE '" + ESCAPE + "')";
    }

    /**
     * After (value, id) in list order. The leading {@code >=} (or {@code <=}) gives the index scan its
     * start instead of filtering from the first row.
     */
    private static String keyset(Sql sql, String sort, String id, boolean descending, ListOrder.Position position) {
        String value = sql.value(position.sortValue());
        String lastId = sql.value(position.id());
        String strict = descending ? " < " : " > ";
        String loose = descending ? " <= " : " >= ";
        return sort + loose + value + " AND (" + sort + strict + value + " OR " + id + strict + lastId + ")";
    }

    /** A Derby optimizer override: the changelog's index for this table, sort and direction. */
    private static String useIndex(String table, ListOrder order) {
        String index = table + (order.byName() ? "_name" : "_created") + (order.descending() ? "_desc" : "") + "_ix";
        return "--DERBY-PROPERTIES index=" + index.toUpperCase(Locale.ROOT) + "\n";
    }

    private static String column(ListOrder order) {
        return order.byName() ? "sort_name" : "created_at";
    }

    private static String orderBy(String sort, String id, ListOrder order) {
        String direction = order.descending() ? " DESC" : " ASC";
        return " ORDER BY " + sort + direction + ", " + id + direction;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static List<String> bySelectivity(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Words this short match so much of the list that walking it in order fills a page soonest. */
    private static boolean isCommon(String word) {
        return word.length() <= 2 || (word.length() <= 4 && word.chars().allMatch(Character::isDigit));
    }

    /** Named parameters of a query being built. */
    private static final class Sql {
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        String value(Object value) {
            String name = "p" + parameters.size();
            parameters.put(name, value);
            return ":" + name;
        }

        String prefix(String word) {
            return value(LikePatterns.prefix(word, ESCAPE));
        }

        int size() {
            return parameters.size();
        }

        javax.persistence.Query bind(javax.persistence.Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
