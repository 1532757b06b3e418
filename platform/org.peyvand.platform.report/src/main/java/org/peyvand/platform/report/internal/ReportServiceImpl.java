package org.peyvand.platform.report.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.PersistenceException;
import javax.persistence.Query;
import javax.persistence.QueryTimeoutException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.hibernate.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordActions;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.report.ReportSource;
import org.peyvand.platform.report.ReportType;
import org.peyvand.platform.report.ResultColumn;
import org.peyvand.platform.report.internal.calendar.DayRange;
import org.peyvand.platform.report.internal.calendar.DayTable;
import org.peyvand.platform.report.internal.calendar.Periods;
import org.peyvand.platform.report.internal.query.Dialect;
import org.peyvand.platform.report.internal.query.QueryField;
import org.peyvand.platform.report.internal.query.RecordTable;
import org.peyvand.platform.report.internal.query.RecordTables;
import org.peyvand.platform.report.internal.query.ReportQuery;
import org.peyvand.platform.report.internal.query.Storage;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;

/**
 * Runs reports: resolves the record type through its form and its module's source, builds one
 * query (see {@link ReportQuery}) within the caller's scope and field rules, and reads at most
 * {@value #ROWS} rows of it, stopping the database after {@link #TIME_LIMIT}.
 */
@Component(service = ReportService.class)
public class ReportServiceImpl implements ReportService {
    /** The rows a result holds; larger ones are exported. */
    static final int ROWS = 10_000;
    static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final CustomFields forms;
    private final Clock clock;
    private final Map<String, ReportSource> sources = new ConcurrentHashMap<>();
    private volatile Dialect dialect;

    /** @param days present once the day calendar reports group by is filled */
    @Activate
    public ReportServiceImpl(@Reference(target = "(osgi.unit.name=crm.report)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.report)") SchemaReady schema, @Reference DayTable days,
            @Reference AccessGuard guard, @Reference RecordAccess access, @Reference CustomFields forms) {
        this(new Transactions(jpa), guard, access, forms, Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests). */
    public static ReportServiceImpl wiredWith(Transactions tx, AccessGuard guard, RecordAccess access, CustomFields forms, Clock clock) {
        return new ReportServiceImpl(tx, guard, access, forms, clock);
    }

    private ReportServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, CustomFields forms, Clock clock) {
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

    @Override
    public List<ReportType> types(Caller caller) {
        guard.require(caller, ReportPermissions.READ);
        List<ReportType> types = new ArrayList<>();
        for (FormDefinition form : forms.recordTypes()) {
            readable(caller, form).ifPresent(table -> types.add(new ReportType(form.key(), form.label(),
                    table.fields().values().stream().map(f -> new ReportType.Field(f.name(), f.label(), f.type())).toList())));
        }
        forms.standAloneForms().forEach(form -> readable(caller, form).ifPresent(table -> types.add(new ReportType(form.key(), form.label(),
                table.fields().values().stream().map(f -> new ReportType.Field(f.name(), f.label(), f.type())).toList()))));
        types.sort(Comparator.comparing(ReportType::key));
        return types;
    }

    @Override
    public ReportResult run(Caller caller, ReportDefinition definition) {
        guard.require(caller, ReportPermissions.READ);
        if (definition.recordType() == null || definition.recordType().isBlank()) {
            throw ValidationException.of("recordType", "core.error.required");
        }
        FormDefinition form = forms.form(definition.recordType())
                .orElseThrow(() -> new NotFoundException("report.error.unknownType", definition.recordType()));
        RecordTable table = readable(caller, form).orElseThrow(() -> new NotFoundException("report.error.unknownType", definition.recordType()));
        List<Object> scopeParameters = new ArrayList<>();
        String scope = access.scope(caller, form.key()).condition(RecordTable.ALIAS + "." + table.ownerColumn(),
                RecordTable.ALIAS + "." + table.unitColumn(), value -> {
                    scopeParameters.add(value);
                    return "?";
                });
        ReportQuery.Built built = new ReportQuery(table, dialect(), period -> range(caller, period))
                .build(definition, scope, scopeParameters, ROWS);
        List<?> found = tx.read(em -> {
            Query query = em.createNativeQuery(built.sql());
            for (int i = 0; i < built.parameters().size(); i++) {
                query.setParameter(i + 1, built.parameters().get(i));
            }
            query.setHint("javax.persistence.query.timeout", (int) TIME_LIMIT.toMillis());
            try {
                return query.getResultList();
            } catch (QueryTimeoutException slow) {
                throw tooSlow();
            } catch (PersistenceException failed) {
                if (failed.getCause() instanceof org.hibernate.QueryTimeoutException) {
                    throw tooSlow();
                }
                throw failed;
            }
        });
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(found.size(), ROWS); i++) {
            Object row = found.get(i);
            Object[] cells = row instanceof Object[] many ? many : new Object[] {row};
            rows.add(Arrays.asList(read(cells, built.columns(), built.read())));
        }
        return new ReportResult(built.columns(), rows, found.size() > ROWS, built.missingFields());
    }

    /** The record type as the caller may read it: built-in fields through its module's source, or designed. */
    private Optional<RecordTable> readable(Caller caller, FormDefinition form) {
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
        return Optional.of(RecordTables.designed(form) ? RecordTables.designed(form, fields)
                : RecordTables.of(form, sources.get(form.key()), fields));
    }

    private DayRange range(Caller caller, Period period) {
        LocalDate today = LocalDate.now(clock.withZone(ReportQuery.TEHRAN));
        CalendarSystem calendar = caller.preferences().calendar();
        return Periods.resolve(period, today, calendar);
    }

    private static ValidationException tooSlow() {
        return ValidationException.of("filters", "report.error.tooSlow", TIME_LIMIT.toSeconds());
    }

    private Dialect dialect() {
        Dialect known = dialect;
        if (known == null) {
            known = tx.read(em -> Dialect.of(em.unwrap(Session.class).doReturningWork(c -> c.getMetaData().getDatabaseProductName())));
            dialect = known;
        }
        return known;
    }

    /** A row's cells as the API gives them: days as LocalDate, times as Instant, whole numbers as Long. */
    private static Object[] read(Object[] cells, List<ResultColumn> columns, List<QueryField> fields) {
        Object[] values = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = value(cells[i], columns.get(i), fields.get(i));
        }
        return values;
    }

    private static Object value(Object cell, ResultColumn column, QueryField field) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        if (cell instanceof Timestamp time) {
            Storage storage = field == null ? Storage.SERVER_TIME : field.storage();
            return switch (storage) {
                case UTC_TIME -> time.toLocalDateTime().toInstant(ZoneOffset.UTC);
                case DAY -> time.toLocalDateTime().toLocalDate();
                default -> time.toInstant();
            };
        }
        if (cell instanceof Number number) {
            if (column.type() == FieldType.BOOLEAN) {
                return number.intValue() != 0;
            }
            boolean whole = column.aggregate() == Aggregate.COUNT || column.aggregate() == Aggregate.COUNT_DISTINCT
                    || column.type() == FieldType.INTEGER || column.type() == FieldType.MONEY || column.type() == FieldType.LOOKUP
                    || column.type() == FieldType.ORG_UNIT;
            BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
            return whole ? (Object) decimal.longValue() : decimal.stripTrailingZeros();
        }
        return cell;
    }
}
