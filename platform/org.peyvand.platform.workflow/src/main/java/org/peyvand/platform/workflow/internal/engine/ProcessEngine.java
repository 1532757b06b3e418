package org.peyvand.platform.workflow.internal.engine;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ServiceTaskContext;
import org.peyvand.platform.workflow.ServiceTaskExecutor;
import org.peyvand.platform.workflow.WorkItemKind;
import org.peyvand.platform.workflow.WorkItemState;
import org.peyvand.platform.workflow.internal.model.Flow;
import org.peyvand.platform.workflow.internal.model.Node;
import org.peyvand.platform.workflow.internal.model.NodeKind;
import org.peyvand.platform.workflow.internal.model.ProcessGraph;
import org.peyvand.platform.workflow.internal.model.Schedules;
import org.peyvand.platform.workflow.internal.model.TimerSpec;
import org.peyvand.platform.workflow.internal.model.UserTaskSpec;
import org.peyvand.platform.workflow.internal.store.DefinitionEntity;
import org.peyvand.platform.workflow.internal.store.InstanceEntity;
import org.peyvand.platform.workflow.internal.store.ItemEntity;
import org.peyvand.platform.workflow.internal.store.JobEntity;
import org.peyvand.platform.workflow.internal.store.TokenEntity;

/**
 * Runs process instances: moves their tokens through the diagram until each waits at a user task,
 * a service task, a timer, a sub-process or a called process, or ends. Every method works inside the
 * caller's transaction on an instance whose row the caller locked ({@link #lock}), so the business
 * data a step changes and the process's own state commit together or not at all.
 */
public final class ProcessEngine {
    /** Jobs of these kinds. */
    public static final String TIMER = "timer";
    public static final String SERVICE = "service";
    public static final String START_TIMER = "start-timer";
    public static final String WAITING = "WAITING";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String INCIDENT = "INCIDENT";
    /** Sorts open items without a due date after all those with one. */
    public static final Instant NO_DUE = Instant.parse("9999-12-31T00:00:00Z");

    private static final String ACTIVE_TOKEN = "ACTIVE";
    private static final String WAITING_TOKEN = "WAITING";
    private static final String JOINING_TOKEN = "JOINING";

    private final Deployments deployments;
    private final ProcessExpressions expressions;
    private final BusinessCalendarService calendar;
    private final Function<String, Optional<ServiceTaskExecutor>> executors;
    private final Function<String, Optional<Long>> unitsByCode;
    private final RecordOwners owners;
    private final Clock clock;

    public ProcessEngine(Deployments deployments, ProcessExpressions expressions, BusinessCalendarService calendar,
            Function<String, Optional<ServiceTaskExecutor>> executors, Function<String, Optional<Long>> unitsByCode, RecordOwners owners,
            Clock clock) {
        this.deployments = deployments;
        this.expressions = expressions;
        this.calendar = calendar;
        this.executors = executors;
        this.unitsByCode = unitsByCode;
        this.owners = owners;
        this.clock = clock;
    }

    public Deployments deployments() {
        return deployments;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Locks the instance's row for the rest of the transaction: steps of one instance never interleave. */
    public InstanceEntity lock(EntityManager em, long instanceId) {
        return em.find(InstanceEntity.class, instanceId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** One step on one instance: its graph, its variables (written back by {@link #close}), who acts and when. */
    private final class Run {
        final EntityManager em;
        final InstanceEntity instance;
        final ProcessGraph graph;
        final Map<String, Object> variables;
        final String actor;
        final Instant now;
        final Deque<TokenEntity> moving = new ArrayDeque<>();
        /** Started by a call activity in the same step, which takes the results itself when it ends at once. */
        boolean nestedInParent;

        Run(EntityManager em, InstanceEntity instance, String actor) {
            this.em = em;
            this.instance = instance;
            this.graph = deployments.graph(em, instance.definitionId());
            this.variables = ProcessVariables.read(instance.variables());
            this.actor = actor;
            this.now = clock.instant();
        }

        void close() {
            instance.variables(ProcessVariables.write(variables));
        }

        boolean ended() {
            return !InstanceState.ACTIVE.name().equals(instance.state());
        }
    }

    // ---------------------------------------------------------------- starting

    /**
     * Starts an instance of a version at one of its start events.
     *
     * @param startNode the start event; null for the plain one
     */
    public InstanceEntity start(EntityManager em, DefinitionEntity definition, String startNode, Starter starter, String recordType,
            String recordId, Map<String, Object> variables, Long parentInstance, Long parentToken) {
        return begin(em, definition, startNode, starter, recordType, recordId, variables, parentInstance, parentToken, false);
    }

    private InstanceEntity begin(EntityManager em, DefinitionEntity definition, String startNode, Starter starter, String recordType,
            String recordId, Map<String, Object> variables, Long parentInstance, Long parentToken, boolean nested) {
        ProcessGraph graph = deployments.graph(definition);
        String startId = startNode != null ? startNode : graph.start();
        if (startId == null) {
            throw new ProcessFailure("workflow.error.notStartable", graph.key());
        }
        Map<String, Object> initial = new HashMap<>(variables);
        initial.putIfAbsent("initiator", starter.username());
        if (recordType != null) {
            initial.putIfAbsent("recordType", recordType);
            initial.putIfAbsent("recordId", recordId);
            // who owned the record when the process started; a task may go to them
            owners.of(recordType, recordId).ifPresent(owner -> initial.putIfAbsent("recordOwner", owner));
        }
        Instant now = clock.instant();
        InstanceEntity instance = new InstanceEntity().definitionId(definition.id()).processKey(definition.processKey())
                .version(definition.version()).state(InstanceState.ACTIVE.name()).recordType(recordType).recordId(recordId)
                .variables(ProcessVariables.write(initial)).startedBy(starter.username()).startedUnit(starter.unitId()).startedAt(now)
                .parentInstance(parentInstance).parentToken(parentToken);
        em.persist(instance);
        Run run = new Run(em, instance, starter.username());
        run.nestedInParent = nested;
        Steps.history(em, instance.id(), graph.node(startId), "started", starter.username(), now, graph.key() + " v" + definition.version(),
                null);
        TokenEntity token = token(run, startId, null);
        run.moving.add(token);
        advance(run);
        return instance;
    }

    // ---------------------------------------------------------------- actions on waiting tokens

    /** A user task's item was completed: the process moves on from the task with these values set. */
    public void completeTask(EntityManager em, InstanceEntity instance, ItemEntity item, Map<String, Object> values, String actor) {
        Run run = new Run(em, instance, actor);
        TokenEntity token = em.find(TokenEntity.class, item.tokenId());
        if (token == null) {
            throw new ProcessFailure("workflow.error.taskGone", item.elementId());
        }
        run.variables.putAll(values);
        Node node = run.graph.node(token.elementId());
        Steps.history(em, instance.id(), node, "completed", actor, run.now, null, values);
        leaveWaiting(run, token, node);
        advance(run);
    }

    /**
     * Runs a due job. A timer or service job is deleted, or moved to its next time for a repeating
     * timer; a failure leaves by exception with nothing changed.
     *
     * @param instance the job's instance, locked; null for a start timer
     * @throws ExecutorUnavailable when a service task's executor is not offered now
     */
    public void fire(EntityManager em, JobEntity job, InstanceEntity instance) {
        if (START_TIMER.equals(job.kind())) {
            fireStartTimer(em, job);
            return;
        }
        TokenEntity token = job.tokenId() == null ? null : em.find(TokenEntity.class, job.tokenId());
        if (instance == null || token == null) {
            em.remove(job);
            return;
        }
        Run run = new Run(em, instance, Starter.SYSTEM);
        Node node = run.graph.node(job.elementId());
        if (SERVICE.equals(job.kind())) {
            runService(run, job, token, node);
        } else if (node.kind() == NodeKind.TIMER_CATCH) {
            em.remove(job);
            Steps.history(em, instance.id(), node, "timer", Starter.SYSTEM, run.now, null, null);
            leave(run, token, node);
        } else {
            fireBoundary(run, job, token, node);
        }
        advance(run);
    }

    private void runService(Run run, JobEntity job, TokenEntity token, Node node) {
        ServiceTaskExecutor executor = executors.apply(node.executor()).orElseThrow(() -> new ExecutorUnavailable(node.executor(), node.id()));
        Map<String, Object> inputs = new HashMap<>();
        node.inputs().forEach((name, text) -> inputs.put(name, expressions.value(text, run.variables, node.id())));
        Map<String, Object> result;
        try {
            result = executor.execute(new ServiceTaskContext(run.instance.id(), run.instance.processKey(), node.id(),
                    run.instance.recordType(), run.instance.recordId(), Map.copyOf(withoutNulls(inputs)), Map.copyOf(withoutNulls(run.variables))));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception failed) {
            throw new ServiceFailed(node, failed);
        }
        run.em.remove(job);
        Map<String, Object> produced = ProcessVariables.accept(result == null ? Map.of() : result);
        run.variables.putAll(produced);
        Steps.history(run.em, run.instance.id(), node, "completed", Starter.SYSTEM, run.now, node.executor(), produced);
        leaveWaiting(run, token, node);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> values) {
        Map<String, Object> kept = new HashMap<>(values);
        kept.values().removeIf(v -> v == null);
        return kept;
    }

    private void fireBoundary(Run run, JobEntity job, TokenEntity token, Node boundary) {
        Node activity = run.graph.node(boundary.attachedTo());
        Steps.history(run.em, run.instance.id(), boundary, "timer", Starter.SYSTEM, run.now,
                boundary.interrupting() ? "interrupting" : "non-interrupting", null);
        for (ItemEntity item : itemsOf(run.em, token.id())) {
            Steps.trail(run.em, item.id(), "escalated", Starter.SYSTEM, null, null, boundary.label(), run.now);
        }
        if (boundary.interrupting()) {
            run.em.remove(job);
            interrupt(run, token, activity, "escalated");
            token.elementId(boundary.id()).state(ACTIVE_TOKEN).arrivedAt(run.now);
            leave(run, token, boundary);
            return;
        }
        TokenEntity branch = token(run, boundary.id(), token.scopeToken());
        if (job.cycle() == null) {
            run.em.remove(job);
        } else {
            Schedules.Cycle next = Schedules.cycle(job.cycle()).next();
            if (next.exhausted()) {
                run.em.remove(job);
            } else {
                job.cycle(next.text()).dueAt(after(run.instance.startedUnit(), run.now, next.period(), boundary.timer().workingTime()));
            }
        }
        leave(run, branch, boundary);
    }

    private void fireStartTimer(EntityManager em, JobEntity job) {
        DefinitionEntity definition = em.find(DefinitionEntity.class, job.definitionId());
        Optional<DefinitionEntity> newest = Deployments.latest(em, job.processKey());
        if (definition == null || newest.isEmpty() || newest.get().id() != definition.id()) {
            em.remove(job);
            return;
        }
        ProcessGraph graph = deployments.graph(definition);
        Node start = graph.node(job.elementId());
        if (job.cycle() == null) {
            em.remove(job);
        } else {
            Schedules.Cycle next = Schedules.cycle(job.cycle()).next();
            if (next.exhausted()) {
                em.remove(job);
            } else {
                job.cycle(next.text()).dueAt(after(OrgUnit.ROOT_ID, clock.instant(), next.period(),
                        start.timer().workingTime()));
            }
        }
        start(em, definition, start.id(), new Starter(Starter.SYSTEM, OrgUnit.ROOT_ID), null, null,
                Map.of(), null, null);
    }

    /** Schedules the timer start events of a newly deployed version. */
    public void scheduleStartTimers(EntityManager em, DefinitionEntity definition) {
        ProcessGraph graph = deployments.graph(definition);
        Instant now = clock.instant();
        for (Node start : graph.timerStarts()) {
            TimerSpec timer = start.timer();
            JobEntity job = new JobEntity().kind(START_TIMER).state(WAITING).definitionId(definition.id()).processKey(definition.processKey())
                    .elementId(start.id()).attempts(0);
            if (timer.kind() == TimerSpec.Kind.CYCLE) {
                Schedules.Cycle cycle = Schedules.cycle(timer.text());
                job.cycle(cycle.text()).dueAt(cycle.start() != null && cycle.start().isAfter(now) ? cycle.start()
                        : after(OrgUnit.ROOT_ID, now, cycle.period(), timer.workingTime()));
            } else {
                job.dueAt(due(timer, OrgUnit.ROOT_ID, now));
            }
            em.persist(job);
        }
    }

    /** Ends an instance where it stands: tasks cancelled, jobs removed, called instances cancelled too. */
    public void cancel(EntityManager em, InstanceEntity instance, String actor, String reason) {
        Run run = new Run(em, instance, actor);
        for (TokenEntity token : tokens(em, instance.id())) {
            if (token.scopeToken() == null) {
                discard(run, token, "cancelled");
            }
        }
        instance.state(InstanceState.CANCELLED.name()).endedAt(run.now);
        Steps.history(em, instance.id(), null, "cancelled", actor, run.now, reason, null);
        run.close();
    }

    // ---------------------------------------------------------------- moving tokens

    private void advance(Run run) {
        while (!run.moving.isEmpty() && !run.ended()) {
            TokenEntity token = run.moving.poll();
            arrive(run, token, run.graph.node(token.elementId()));
        }
        run.close();
    }

    private void arrive(Run run, TokenEntity token, Node node) {
        switch (node.kind()) {
            case START, TASK, BOUNDARY_TIMER -> leave(run, token, node);
            case RULE_TASK -> {
                Map<String, Object> results = new HashMap<>();
                node.outputs().forEach((name, text) -> results.put(name, expressions.value(text, run.variables, node.id())));
                run.variables.putAll(results);
                Steps.history(run.em, run.instance.id(), node, "completed", Starter.SYSTEM, run.now, null, results);
                leave(run, token, node);
            }
            case EXCLUSIVE -> leave(run, token, node);
            case PARALLEL -> join(run, token, node);
            case USER_TASK -> {
                wait(run, token, node);
                createTask(run, token, node);
            }
            case SERVICE_TASK -> {
                wait(run, token, node);
                run.em.persist(new JobEntity().kind(SERVICE).state(WAITING).dueAt(run.now).instanceId(run.instance.id()).tokenId(token.id())
                        .elementId(node.id()).processKey(run.instance.processKey()).attempts(0));
            }
            case TIMER_CATCH -> {
                wait(run, token, node);
                run.em.persist(new JobEntity().kind(TIMER).state(WAITING).dueAt(due(node.timer(), run.instance.startedUnit(), run.now))
                        .instanceId(run.instance.id()).tokenId(token.id()).elementId(node.id()).processKey(run.instance.processKey())
                        .attempts(0));
            }
            case SUB_PROCESS -> {
                wait(run, token, node);
                run.moving.add(token(run, node.start(), token.id()));
            }
            case CALL_ACTIVITY -> callProcess(run, token, node);
            case END -> end(run, token, node);
            case TERMINATE_END -> terminate(run, token, node);
        }
    }

    /** The token stays at a waiting activity; its boundary timers start counting. */
    private void wait(Run run, TokenEntity token, Node node) {
        token.state(WAITING_TOKEN);
        Steps.history(run.em, run.instance.id(), node, "entered", Starter.SYSTEM, run.now, null, null);
        for (String boundaryId : node.boundaries()) {
            Node boundary = run.graph.node(boundaryId);
            TimerSpec timer = boundary.timer();
            JobEntity job = new JobEntity().kind(TIMER).state(WAITING).instanceId(run.instance.id()).tokenId(token.id()).elementId(boundaryId)
                    .processKey(run.instance.processKey()).attempts(0);
            if (timer.kind() == TimerSpec.Kind.CYCLE) {
                Schedules.Cycle cycle = Schedules.cycle(timer.text());
                job.cycle(cycle.text()).dueAt(after(run.instance.startedUnit(), run.now, cycle.period(), timer.workingTime()));
            } else {
                job.dueAt(due(timer, run.instance.startedUnit(), run.now));
            }
            run.em.persist(job);
        }
    }

    /** A waiting activity finished: its timers stop and the token goes on. */
    private void leaveWaiting(Run run, TokenEntity token, Node node) {
        deleteJobs(run.em, token.id());
        leave(run, token, node);
    }

    private void leave(Run run, TokenEntity token, Node node) {
        List<Flow> flows = node.kind() == NodeKind.EXCLUSIVE ? List.of(choose(run, node)) : node.outgoing();
        if (node.kind() == NodeKind.EXCLUSIVE && node.outgoing().size() > 1) {
            Flow taken = flows.get(0);
            Steps.history(run.em, run.instance.id(), node, "passed", Starter.SYSTEM, run.now, taken.name() != null ? taken.name() : taken.id(),
                    null);
        }
        boolean first = true;
        for (Flow flow : flows) {
            TokenEntity moving = first ? token : token(run, flow.target(), token.scopeToken());
            if (first) {
                token.elementId(flow.target()).state(ACTIVE_TOKEN).arrivedAt(run.now);
                first = false;
            }
            run.moving.add(moving);
        }
    }

    private Flow choose(Run run, Node gateway) {
        if (gateway.outgoing().size() == 1) {
            return gateway.outgoing().get(0);
        }
        Flow fallback = null;
        for (Flow flow : gateway.outgoing()) {
            if (flow.id().equals(gateway.defaultFlow())) {
                fallback = flow;
            } else if (flow.condition() != null && expressions.test(flow.condition(), run.variables, flow.id())) {
                return flow;
            }
        }
        if (fallback == null) {
            throw new ProcessFailure("workflow.error.noFlow", gateway.id());
        }
        return fallback;
    }

    private void join(Run run, TokenEntity token, Node gateway) {
        if (gateway.incoming() <= 1) {
            leave(run, token, gateway);
            return;
        }
        token.state(JOINING_TOKEN);
        List<TokenEntity> arrived = joining(run.em, run.instance.id(), gateway.id(), token.scopeToken());
        if (arrived.size() < gateway.incoming()) {
            return;
        }
        for (TokenEntity other : arrived) {
            if (other.id() != token.id()) {
                run.em.remove(other);
            }
        }
        leave(run, token, gateway);
    }

    private void end(Run run, TokenEntity token, Node node) {
        Long scope = token.scopeToken();
        run.em.remove(token);
        run.em.flush();
        scopeFinished(run, scope, node);
    }

    private void terminate(Run run, TokenEntity token, Node node) {
        Long scope = token.scopeToken();
        for (TokenEntity other : tokens(run.em, run.instance.id())) {
            if (Objects.equals(other.scopeToken(), scope) && other.id() != token.id()) {
                discard(run, other, "cancelled");
            }
        }
        run.em.remove(token);
        run.em.flush();
        scopeFinished(run, scope, node);
    }

    /** A token ended in a scope: when it was the scope's last, the sub-process or the instance is done. */
    private void scopeFinished(Run run, Long scope, Node end) {
        if (scope != null) {
            if (countInScope(run.em, run.instance.id(), scope) > 0) {
                return;
            }
            TokenEntity parent = run.em.find(TokenEntity.class, scope);
            Node sub = run.graph.node(parent.elementId());
            Steps.history(run.em, run.instance.id(), sub, "completed", Starter.SYSTEM, run.now, null, null);
            leaveWaiting(run, parent, sub);
            return;
        }
        if (!tokens(run.em, run.instance.id()).isEmpty()) {
            return;
        }
        run.instance.state(InstanceState.COMPLETED.name()).endedAt(run.now);
        Steps.history(run.em, run.instance.id(), end, "ended", Starter.SYSTEM, run.now, null, null);
        run.close();
        if (run.instance.parentInstance() != null && !run.nestedInParent) {
            resumeParent(run);
        }
    }

    // ---------------------------------------------------------------- called processes

    private void callProcess(Run run, TokenEntity token, Node node) {
        wait(run, token, node);
        DefinitionEntity called = Deployments.latest(run.em, node.calledElement())
                .orElseThrow(() -> new ProcessFailure("workflow.error.calledMissing", node.calledElement(), node.id()));
        run.em.flush();
        InstanceEntity child = startNested(run, called, token);
        if (InstanceState.COMPLETED.name().equals(child.state())) {
            run.variables.putAll(ProcessVariables.read(child.variables()));
            leaveWaiting(run, token, node);
        }
    }

    private InstanceEntity startNested(Run parentRun, DefinitionEntity called, TokenEntity token) {
        return begin(parentRun.em, called, null, new Starter(parentRun.instance.startedBy(), parentRun.instance.startedUnit()),
                parentRun.instance.recordType(), parentRun.instance.recordId(), parentRun.variables, parentRun.instance.id(), token.id(), true);
    }

    private void resumeParent(Run child) {
        InstanceEntity parent = lock(child.em, child.instance.parentInstance());
        if (parent == null || !InstanceState.ACTIVE.name().equals(parent.state())) {
            return;
        }
        TokenEntity token = child.em.find(TokenEntity.class, child.instance.parentToken());
        if (token == null) {
            return;
        }
        Run run = new Run(child.em, parent, child.actor);
        run.variables.putAll(child.variables);
        Node node = run.graph.node(token.elementId());
        Steps.history(child.em, parent.id(), node, "completed", Starter.SYSTEM, run.now, "#" + child.instance.id(), null);
        leaveWaiting(run, token, node);
        advance(run);
    }

    // ---------------------------------------------------------------- removing work

    /** Stops whatever a waiting activity started: its items, jobs, inner tokens and called instance. */
    private void interrupt(Run run, TokenEntity token, Node activity, String why) {
        for (ItemEntity item : itemsOf(run.em, token.id())) {
            close(item, WorkItemState.CANCELLED, Starter.SYSTEM, run.now);
            Steps.trail(run.em, item.id(), "cancelled", Starter.SYSTEM, null, null, why, run.now);
        }
        deleteJobs(run.em, token.id());
        for (TokenEntity inner : innerTokens(run.em, token.id())) {
            discard(run, inner, why);
        }
        if (activity.kind() == NodeKind.CALL_ACTIVITY) {
            for (InstanceEntity child : childrenAt(run.em, token.id())) {
                if (InstanceState.ACTIVE.name().equals(child.state()) || InstanceState.SUSPENDED.name().equals(child.state())) {
                    cancel(run.em, lock(run.em, child.id()), Starter.SYSTEM, why);
                }
            }
        }
    }

    private void discard(Run run, TokenEntity token, String why) {
        interrupt(run, token, run.graph.node(token.elementId()), why);
        run.em.remove(token);
    }

    public static void close(ItemEntity item, WorkItemState state, String by, Instant at) {
        item.state(state.name()).completedAt(at).completedBy(by);
    }

    // ---------------------------------------------------------------- user tasks

    private void createTask(Run run, TokenEntity token, Node node) {
        UserTaskSpec spec = node.task();
        String assignee = spec.assignee() == null ? null : expressions.text(spec.assignee(), run.variables, node.id());
        Long unit = null;
        String role = null;
        if (spec.candidateGroups() != null) {
            String groups = expressions.text(spec.candidateGroups(), run.variables, node.id());
            for (String part : groups == null ? new String[0] : groups.split(",")) {
                String group = part.trim();
                if (group.startsWith("user:")) {
                    assignee = assignee == null || assignee.isBlank() ? group.substring(5).trim() : assignee;
                } else if (group.startsWith("unit:")) {
                    unit = unit == null ? unit(group.substring(5).trim(), node) : unit;
                } else if (!group.isEmpty() && role == null) {
                    role = group.startsWith("role:") ? group.substring(5).trim() : group;
                }
            }
        }
        if ((assignee == null || assignee.isBlank()) && unit == null && role == null) {
            unit = run.instance.startedUnit();
        }
        long calendarUnit = unit != null ? unit : run.instance.startedUnit();
        Instant dueAt = spec.dueDate() == null ? null : deadline(spec.dueDate(), run, node, calendarUnit);
        Instant warnAt = spec.followUpDate() == null ? null : deadline(spec.followUpDate(), run, node, calendarUnit);
        if (warnAt == null && dueAt != null && dueAt.isAfter(run.now)) {
            // without a follow-up date, the cartable warns when three quarters of the time are gone
            warnAt = run.now.plus(Duration.between(run.now, dueAt).multipliedBy(3).dividedBy(4));
        }
        ItemEntity item = new ItemEntity().kind(WorkItemKind.TASK.name()).name(Steps.cut(node.label(), 300)).instanceId(run.instance.id())
                .tokenId(token.id()).processKey(run.instance.processKey()).elementId(node.id()).formKey(spec.formKey())
                .assignee(assignee == null || assignee.isBlank() ? null : assignee).candidateUnit(unit).candidateRole(role)
                .recordType(run.instance.recordType()).recordId(run.instance.recordId()).state(WorkItemState.OPEN.name())
                .createdAt(run.now).dueAt(dueAt).warnAt(warnAt).sortDue(dueAt == null ? NO_DUE : dueAt).calendarUnit(calendarUnit);
        run.em.persist(item);
        Steps.trail(run.em, item.id(), "created", Starter.SYSTEM, item.assignee(), unit, null, run.now);
    }

    private Long unit(String reference, Node node) {
        try {
            return Long.valueOf(reference);
        } catch (NumberFormatException notId) {
            return unitsByCode.apply(reference).orElseThrow(() -> new ProcessFailure("workflow.error.unknownUnit", reference, node.id()));
        }
    }

    private Instant deadline(String text, Run run, Node node, long calendarUnit) {
        String value = expressions.text(text, run.variables, node.id());
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return calendar.addWorkingTime(calendarUnit, run.now, Schedules.duration(value));
        } catch (DateTimeException notDuration) {
            try {
                return Schedules.date(value);
            } catch (DateTimeException notDate) {
                throw new ProcessFailure("workflow.error.due", node.id(), value);
            }
        }
    }

    // ---------------------------------------------------------------- time

    private Instant due(TimerSpec timer, long unit, Instant now) {
        return switch (timer.kind()) {
            case DATE -> Schedules.date(timer.text());
            case DURATION -> after(unit, now, Schedules.duration(timer.text()), timer.workingTime());
            case CYCLE -> after(unit, now, Schedules.cycle(timer.text()).period(), timer.workingTime());
        };
    }

    private Instant after(long unit, Instant from, Duration duration, boolean workingTime) {
        return workingTime ? calendar.addWorkingTime(unit, from, duration) : from.plus(duration);
    }

    // ---------------------------------------------------------------- rows

    private TokenEntity token(Run run, String elementId, Long scope) {
        TokenEntity token = new TokenEntity().instanceId(run.instance.id()).elementId(elementId).scopeToken(scope).state(ACTIVE_TOKEN)
                .arrivedAt(run.now);
        run.em.persist(token);
        return token;
    }

    public static List<TokenEntity> tokens(EntityManager em, long instanceId) {
        return em.createQuery("select t from TokenEntity t where t.instanceId = :instance order by t.id", TokenEntity.class)
                .setParameter("instance", instanceId).getResultList();
    }

    private static List<TokenEntity> innerTokens(EntityManager em, long scopeToken) {
        return em.createQuery("select t from TokenEntity t where t.scopeToken = :scope", TokenEntity.class).setParameter("scope", scopeToken)
                .getResultList();
    }

    private static long countInScope(EntityManager em, long instanceId, long scope) {
        return em.createQuery("select count(t) from TokenEntity t where t.instanceId = :instance and t.scopeToken = :scope", Long.class)
                .setParameter("instance", instanceId).setParameter("scope", scope).getSingleResult();
    }

    private static List<TokenEntity> joining(EntityManager em, long instanceId, String elementId, Long scope) {
        String inScope = scope == null ? "t.scopeToken is null" : "t.scopeToken = :scope";
        var query = em.createQuery("select t from TokenEntity t where t.instanceId = :instance and t.elementId = :element and t.state = '"
                + JOINING_TOKEN + "' and " + inScope, TokenEntity.class).setParameter("instance", instanceId).setParameter("element", elementId);
        if (scope != null) {
            query.setParameter("scope", scope);
        }
        return query.getResultList();
    }

    private static List<ItemEntity> itemsOf(EntityManager em, long tokenId) {
        return em.createQuery("select i from ItemEntity i where i.tokenId = :token and i.state = 'OPEN'", ItemEntity.class)
                .setParameter("token", tokenId).getResultList();
    }

    private static List<InstanceEntity> childrenAt(EntityManager em, long tokenId) {
        return em.createQuery("select i from InstanceEntity i where i.parentToken = :token", InstanceEntity.class)
                .setParameter("token", tokenId).getResultList();
    }

    private static void deleteJobs(EntityManager em, long tokenId) {
        em.createQuery("delete from JobEntity j where j.tokenId = :token").setParameter("token", tokenId).executeUpdate();
    }
}
