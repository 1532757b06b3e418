package org.peyvand.platform.workflow.internal.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.form.expression.SafeExpressions;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.Roles;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.internal.engine.Deployments;
import org.peyvand.platform.workflow.internal.engine.ExecutorRegistry;
import org.peyvand.platform.workflow.internal.engine.ProcessEngine;
import org.peyvand.platform.workflow.internal.engine.ProcessExpressions;
import org.peyvand.platform.workflow.internal.engine.RecordOwners;
import org.peyvand.platform.workflow.internal.model.BpmnReader;

/** The engine and what every workflow service shares: the persistence unit, the executors, the clock. */
@Component(service = ProcessRuntime.class)
public class ProcessRuntime implements AutoCloseable {
    /** Acts for the engine where the kernel asks for a caller, such as reading org units. */
    static final Caller SYSTEM = new Caller("system", OrgUnit.ROOT_ID, Set.of(Roles.ADMINISTRATOR),
            DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    /**
     * Conditions and assignments are short; one that runs longer is cut off and fails. A second,
     * not the form's fifth of one: a step may run while the server is busy, and a condition that
     * failed for want of time would refuse a person's completed task.
     */
    private static final Duration EXPRESSION_TIME = Duration.ofSeconds(1);

    private final Transactions tx;
    private final ExecutorRegistry executors;
    private final SafeExpressions sandbox;
    private final ProcessEngine engine;
    private final Clock clock;
    private final AtomicLong deploys = new AtomicLong();

    @Activate
    public ProcessRuntime(@Reference(target = "(osgi.unit.name=crm.workflow)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.workflow)") SchemaReady schema, @Reference BusinessCalendarService calendar,
            @Reference OrgUnitService units, @Reference ExecutorRegistry executors, @Reference RecordLookups records) {
        this(new Transactions(jpa), calendar, code -> units.tree(SYSTEM).stream().filter(u -> code.equals(u.code())).map(OrgUnit::id)
                .findFirst(), (type, id) -> owner(records, type, id), executors, Clock.systemUTC());
    }

    private static Optional<String> owner(RecordLookups records, String type, String id) {
        try {
            return records.owner(SYSTEM, type, id);
        } catch (CrmException unknownType) {
            // a type no started module provides: its records have no owner to find
            return Optional.empty();
        }
    }

    /** Wiring outside OSGi (tests). */
    public static ProcessRuntime wiredWith(Transactions tx, BusinessCalendarService calendar, Function<String, Optional<Long>> unitsByCode,
            RecordOwners owners, ExecutorRegistry executors, Clock clock) {
        return new ProcessRuntime(tx, calendar, unitsByCode, owners, executors, clock);
    }

    private ProcessRuntime(Transactions tx, BusinessCalendarService calendar, Function<String, Optional<Long>> unitsByCode,
            RecordOwners owners, ExecutorRegistry executors, Clock clock) {
        this.tx = tx;
        this.executors = executors;
        this.clock = clock;
        this.sandbox = new SafeExpressions(EXPRESSION_TIME);
        ProcessExpressions expressions = new ProcessExpressions(sandbox);
        this.engine = new ProcessEngine(new Deployments(new BpmnReader(sandbox)), expressions, calendar, executors::find, unitsByCode, owners, clock);
    }

    public Transactions tx() {
        return tx;
    }

    public ProcessEngine engine() {
        return engine;
    }

    public ExecutorRegistry executors() {
        return executors;
    }

    public Clock clock() {
        return clock;
    }

    /** How many deploys this node made, so what keeps the newest versions reads them again at once. */
    public long deploys() {
        return deploys.get();
    }

    void deployed() {
        deploys.incrementAndGet();
    }

    @Deactivate
    @Override
    public void close() {
        sandbox.close();
    }
}
