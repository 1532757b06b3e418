package org.peyvand.platform.report.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.report.ReportType;
import org.peyvand.platform.report.internal.query.ReportQuery;
import org.peyvand.platform.security.Caller;

/**
 * Runs reports: resolves the record type through its form and its module's source, builds one
 * query (see {@link ReportQuery}) within the caller's scope and field rules, and reads at most
 * {@value #ROWS} rows of it, stopping the database after {@link #TIME_LIMIT}. A report without
 * filters that would read more than the scan limit asks for one instead.
 */
@Component(service = {ReportService.class, ReportServiceImpl.class})
@Designate(ocd = ReportServiceImpl.Config.class)
public class ReportServiceImpl implements ReportService {
    /** The rows a result holds; larger ones are exported. */
    static final int ROWS = 10_000;
    static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    @ObjectClassDefinition(name = "Peyvand reports", description = "Limits of the reports users run")
    public @interface Config {
        @AttributeDefinition(description = "The records a report without filters may read; past it, the report asks for a filter. "
                + "0 for no limit")
        int scanLimit() default 1_000_000;
    }

    private final ReportQueries queries;
    private final int scanLimit;

    @Activate
    public ReportServiceImpl(@Reference ReportQueries queries, Config config) {
        this(queries, config.scanLimit());
    }

    /** Wiring outside OSGi (tests). */
    public ReportServiceImpl(ReportQueries queries, int scanLimit) {
        this.queries = queries;
        this.scanLimit = scanLimit;
    }

    @Override
    public List<ReportType> types(Caller caller) {
        return queries.types(caller);
    }

    @Override
    public ReportResult run(Caller caller, ReportDefinition definition) {
        return run(caller, definition, false);
    }

    /** Runs a definition over the period before the one each of its period filters names: what a figure is compared with. */
    public ReportResult runBefore(Caller caller, ReportDefinition definition) {
        return run(caller, definition, true);
    }

    /** Checks a definition as {@link #run} does, without running it. */
    public void check(Caller caller, ReportDefinition definition) {
        queries.prepare(caller, definition, ROWS, false);
    }

    private ReportResult run(Caller caller, ReportDefinition definition, boolean periodBefore) {
        ResultRows result = queries.prepare(caller, definition, ROWS, periodBefore);
        ReportQuery.Built built = result.built();
        int seconds = (int) TIME_LIMIT.toSeconds();
        if (scanLimit > 0 && definition.filters().isEmpty() && queries.reads(built, scanLimit, seconds)) {
            throw ValidationException.of("filters", "report.error.tooBroad", scanLimit);
        }
        List<?> found = queries.all(built, seconds);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(found.size(), ROWS); i++) {
            rows.add(result.row(Cells.read(found.get(i), built)));
        }
        return new ReportResult(result.columns(), rows, found.size() > ROWS, built.missingFields());
    }
}
