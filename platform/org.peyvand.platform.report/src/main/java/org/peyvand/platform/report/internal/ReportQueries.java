package org.peyvand.platform.report.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import javax.persistence.PersistenceException;
import javax.persistence.Query;
import javax.persistence.QueryTimeoutException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordActions;
import org.peyvand.platform.form.RecordDayCounts;
import org.peyvand.platform.form.expression.SafeExpressions;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.platform.report.ReportSource;
import org.peyvand.platform.report.ReportType;
import org.peyvand.platform.report.internal.calendar.DayRange;
import org.peyvand.platform.report.internal.calendar.DayTable;
import org.peyvand.platform.report.internal.calendar.Periods;
import org.peyvand.platform.persistence.Dialect;
import org.peyvand.platform.report.internal.query.DayCountTable;
import org.peyvand.platform.report.internal.query.QueryField;
import org.peyvand.platform.report.internal.query.RecordTable;
import org.peyvand.platform.report.internal.query.RecordTables;
import org.peyvand.platform.report.internal.query.ReportQuery;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;

/**
 * What running and exporting a report share: the record types a caller may read, through their
 * module's source or as designed, and a definition built into one query within the caller's record
 * scope and field rules, then read whole or row by row, with its computed columns evaluated in the
 * sandbox.
 */
@Component(service = ReportQueries.class)
public final class ReportQueries {
    /** What one computed column of one row may take. */
    private static final Duration EXPRESSION_TIME = Duration.ofMillis(200);

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final CustomFields forms;
    private final Clock clock;
    private final Map<String, ReportSource> sources = new ConcurrentHashMap<>();
    private volatile RecordDayCounts dayCounts;
    private final SafeExpressions sandbox = new SafeExpressions(EXPRESSION_TIME);
    private volatile Dialect dialect;

    /** @param days present once the day calendar reports group by is filled */
    @Activate
    public ReportQueries(@Reference(target = "(osgi.unit.name=crm.report)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.report)") SchemaReady schema, @Reference DayTable days,
            @Reference AccessGuard guard, @Reference RecordAccess access, @Reference CustomFields forms) {
        this(new Transactions(jpa), guard, access, forms, Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests). */
    public ReportQueries(Transactions tx, AccessGuard guard, RecordAccess access, CustomFields forms, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.access = access;
        this.forms = forms;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void addSource(ReportSource source, Map<String, Object> properties) {
        if (properties.get(ReportSource.TYPE) instanceof String type) {
            sources.put(type, source);
        }
    }

    public void removeSource(ReportSource source) {
        sources.values().remove(source);
    }

    /** Present once the form kernel's daily counts hold every record; until then reports count the records. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void setDayCounts(RecordDayCounts counts) {
        dayCounts = counts;
    }

    public void unsetDayCounts(RecordDayCounts counts) {
        if (dayCounts == counts) {
            dayCounts = null;
        }
    }

    public List<ReportType> types(Caller caller) {
        guard.require(caller, ReportPermissions.READ);
        List<ReportType> types = new ArrayList<>();
        List<FormDefinition> all = new ArrayList<>(forms.recordTypes());
        all.addAll(forms.standAloneForms());
        all.forEach(form -> readable(caller, form).ifPresent(table -> types.add(type(form, table))));
        types.sort(Comparator.comparing(ReportType::key));
        return types;
    }

    private static ReportType type(FormDefinition form, RecordTable table) {
        return new ReportType(form.key(), form.label(),
                table.fields().values().stream().map(f -> new ReportType.Field(f.name(), f.label(), f.type())).toList());
    }

    /**
     * The definition as one query the caller may run, asking for one row more than {@code limit},
     * with its computed columns checked. Needs {@link ReportPermissions#READ} and the record type's
     * read permission.
     *
     * @param periodBefore its period filters name the period before the one they say, which a figure is compared with
     */
    public ResultRows prepare(Caller caller, ReportDefinition definition, int limit, boolean periodBefore) {
        guard.require(caller, ReportPermissions.READ);
        if (definition.recordType() == null || definition.recordType().isBlank()) {
            throw ValidationException.of("recordType", "core.error.required");
        }
        FormDefinition form = forms.form(definition.recordType())
                .orElseThrow(() -> new NotFoundException("report.error.unknownType", definition.recordType()));
        RecordTable records = readable(caller, form).orElseThrow(() -> new NotFoundException("report.error.unknownType", definition.recordType()));
        RecordDayCounts counts = dayCounts;
        RecordTable table = counts == null ? records : DayCountTable.standIn(definition, records, counts).orElse(records);
        List<Object> scopeParameters = new ArrayList<>();
        String scope = scope(caller, table, scopeParameters);
        return new ResultRows(new ReportQuery(table, dialect(), period -> range(caller, period, periodBefore))
                .build(definition, scope, scopeParameters, limit), sandbox);
    }

    /** Stops the sandbox's workers. */
    @Deactivate
    public void close() {
        sandbox.close();
    }

    /** Every row of a built query at once, the database stopped after {@code seconds}. */
    public List<?> all(ReportQuery.Built built, int seconds) {
        return all(built.sql(), built.parameters(), seconds);
    }

    /** Whether the records a built query reads are more than {@code cap}, counted no further. */
    public boolean reads(ReportQuery.Built built, int cap, int seconds) {
        return ((Number) all(built.scanCount(cap), built.parameters(), seconds).get(0)).longValue() > cap;
    }

    private List<?> all(String sql, List<Object> parameters, int seconds) {
        return tx.read(em -> {
            Query query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            query.setHint("javax.persistence.query.timeout", seconds * 1000);
            try {
                return query.getResultList();
            } catch (QueryTimeoutException slow) {
                throw tooSlow(seconds);
            } catch (PersistenceException failed) {
                if (failed.getCause() instanceof org.hibernate.QueryTimeoutException) {
                    throw tooSlow(seconds);
                }
                throw failed;
            }
        });
    }

    /** The rows a built query matches, all of them, whatever its limit. */
    public long count(ReportQuery.Built built) {
        return tx.read(em -> {
            Query query = em.createNativeQuery(built.countSql());
            for (int i = 0; i < built.parameters().size(); i++) {
                query.setParameter(i + 1, built.parameters().get(i));
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    /**
     * Reads a built query's rows one by one through a forward-only cursor, {@code fetchSize} rows
     * from the database at a time, so no more than a batch is ever held; stops when {@code row}
     * answers false.
     */
    public void scroll(ReportQuery.Built built, int fetchSize, Predicate<Object[]> row) {
        tx.read(em -> {
            NativeQuery<?> query = em.unwrap(Session.class).createNativeQuery(built.sql());
            for (int i = 0; i < built.parameters().size(); i++) {
                query.setParameter(i + 1, built.parameters().get(i));
            }
            query.setFetchSize(fetchSize);
            query.setReadOnly(true);
            try (ScrollableResults rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
                while (rows.next()) {
                    Object[] cells = rows.get();
                    if (!row.test(cells)) {
                        break;
                    }
                }
            }
            return null;
        });
    }

    /**
     * The record type as the caller may read it: built-in fields through its module's source, or
     * designed, with the fields of the records its lookups point to where the caller may read those.
     */
    private Optional<RecordTable> readable(Caller caller, FormDefinition form) {
        Optional<RecordTable> own = table(caller, form, RecordTable.ALIAS);
        if (own.isEmpty()) {
            return own;
        }
        RecordTable table = own.get();
        int related = 0;
        for (FieldDefinition field : form.activeFields()) {
            Optional<QueryField> lookup = table.field(field.name());
            if (field.type() != FieldType.LOOKUP || field.lookupType() == null || lookup.isEmpty()) {
                continue;
            }
            String alias = "r" + related++;
            Optional<RecordTable> target = forms.form(field.lookupType()).flatMap(f -> table(caller, f, alias));
            if (target.isPresent()) {
                List<Object> parameters = new ArrayList<>();
                table = RecordTables.withRelated(table, lookup.get(), target.get(), scope(caller, target.get(), parameters), parameters);
            }
        }
        return Optional.of(table);
    }

    /** The caller's record scope of the table's type as a condition, its values added to {@code parameters}; null for all records. */
    private String scope(Caller caller, RecordTable table, List<Object> parameters) {
        return access.scope(caller, table.recordType()).condition(table.column(table.ownerColumn()), table.column(table.unitColumn()), value -> {
            parameters.add(value);
            return "?";
        });
    }

    /** The record type alone, its table known by {@code alias}, if the caller may read it. */
    private Optional<RecordTable> table(Caller caller, FormDefinition form, String alias) {
        Optional<String> permission;
        if (RecordTables.designed(form)) {
            permission = RecordActions.permission(form, RecordActions.READ);
        } else {
            permission = Optional.ofNullable(sources.get(form.key())).map(ReportSource::permission);
        }
        if (permission.isEmpty() || !guard.allows(caller, permission.get())) {
            return Optional.empty();
        }
        var fields = access.fields(caller, form.key());
        return Optional.of(RecordTables.designed(form) ? RecordTables.designed(form, fields, alias)
                : RecordTables.of(form, sources.get(form.key()), fields, alias));
    }

    private DayRange range(Caller caller, Period period, boolean before) {
        LocalDate today = LocalDate.now(clock.withZone(ReportQuery.TEHRAN));
        CalendarSystem calendar = caller.preferences().calendar();
        return before ? Periods.before(period, today, calendar) : Periods.resolve(period, today, calendar);
    }

    private static ValidationException tooSlow(int seconds) {
        return ValidationException.of("filters", "report.error.tooSlow", seconds);
    }

    private Dialect dialect() {
        Dialect known = dialect;
        if (known == null) {
            known = tx.read(em -> Dialect.of(em.unwrap(Session.class).doReturningWork(c -> c.getMetaData().getDatabaseProductName())));
            dialect = known;
        }
        return known;
    }
}
