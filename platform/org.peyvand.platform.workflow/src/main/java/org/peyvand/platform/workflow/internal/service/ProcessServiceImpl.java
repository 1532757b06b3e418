package org.peyvand.platform.workflow.internal.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.workflow.ExecutorSummary;
import org.peyvand.platform.workflow.Incident;
import org.peyvand.platform.workflow.InstanceDetail;
import org.peyvand.platform.workflow.InstanceQuery;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.ProcessService;
import org.peyvand.platform.workflow.ProcessSummary;
import org.peyvand.platform.workflow.ProcessVersion;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.platform.workflow.internal.engine.Deployments;
import org.peyvand.platform.workflow.internal.engine.ProcessEngine;
import org.peyvand.platform.workflow.internal.engine.ProcessVariables;
import org.peyvand.platform.workflow.internal.engine.Starter;
import org.peyvand.platform.workflow.internal.engine.Steps;
import org.peyvand.platform.workflow.internal.model.Node;
import org.peyvand.platform.workflow.internal.model.ProcessGraph;
import org.peyvand.platform.workflow.internal.store.DefinitionEntity;
import org.peyvand.platform.workflow.internal.store.HistoryEntity;
import org.peyvand.platform.workflow.internal.store.InstanceEntity;
import org.peyvand.platform.workflow.internal.store.JobEntity;
import org.peyvand.platform.workflow.internal.store.TokenEntity;

@Component(service = ProcessService.class)
public class ProcessServiceImpl implements ProcessService {
    static final String OBJECT_TYPE = "platform.process";
    static final String INSTANCE_TYPE = "platform.processInstance";
    private static final int COMMENT_LIMIT = 500;

    private final ProcessRuntime runtime;
    private final Deployer deployer;
    private final AccessGuard guard;
    private final AuditTrail audit;

    @Activate
    public ProcessServiceImpl(@Reference ProcessRuntime runtime, @Reference AccessGuard guard, @Reference AuditTrail audit) {
        this.runtime = runtime;
        this.deployer = new Deployer(runtime);
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public List<ProcessSummary> list(Caller caller) {
        guard.require(caller, WorkflowPermissions.PROCESS_READ);
        List<DefinitionEntity> newest = runtime.tx().read(Deployments::newest);
        Set<String> offered = runtime.executors().ids();
        return newest.stream().map(definition -> summary(definition, offered)).toList();
    }

    private ProcessSummary summary(DefinitionEntity definition, Set<String> offered) {
        ProcessGraph graph = runtime.engine().deployments().graph(definition);
        return new ProcessSummary(definition.processKey(), definition.name(), definition.version(), definition.deployedBy(),
                definition.deployedAt(), graph.start() != null, graph.executors().stream().filter(e -> !offered.contains(e)).toList());
    }

    @Override
    public List<ProcessVersion> versions(Caller caller, String key) {
        guard.require(caller, WorkflowPermissions.PROCESS_READ);
        return runtime.tx().read(em -> {
            List<DefinitionEntity> versions = em.createQuery(
                    "select d from DefinitionEntity d where d.processKey = :key order by d.version desc", DefinitionEntity.class)
                    .setParameter("key", key).getResultList();
            if (versions.isEmpty()) {
                throw new NotFoundException("workflow.error.processNotFound", key);
            }
            Map<Integer, Long> running = new HashMap<>();
            em.createQuery("select i.version, count(i) from InstanceEntity i where i.processKey = :key and i.state in ('ACTIVE', 'SUSPENDED') "
                    + "group by i.version", Object[].class).setParameter("key", key).getResultList()
                    .forEach(row -> running.put((Integer) row[0], (Long) row[1]));
            return versions.stream().map(d -> new ProcessVersion(d.version(), d.deployedBy(), d.deployedAt(), d.comment(),
                    running.getOrDefault(d.version(), 0L))).toList();
        });
    }

    @Override
    public String xml(Caller caller, String key, int version) {
        guard.require(caller, WorkflowPermissions.PROCESS_READ);
        return runtime.tx().read(em -> Deployments.version(em, key, version)
                .orElseThrow(() -> new NotFoundException("workflow.error.processNotFound", key + " v" + version)).bpmnXml());
    }

    @Override
    public List<ProcessSummary> deploy(Caller caller, String bpmnXml, String comment) {
        guard.require(caller, WorkflowPermissions.PROCESS_DEPLOY);
        if (comment != null && comment.length() > COMMENT_LIMIT) {
            throw ValidationException.of("comment", "core.error.tooLong", COMMENT_LIMIT);
        }
        List<DefinitionEntity> added = deployer.deploy(bpmnXml, caller.username(), comment);
        Set<String> offered = runtime.executors().ids();
        return added.stream().map(definition -> {
            audit.record(caller.username(), "deploy", OBJECT_TYPE, definition.processKey(), "v" + definition.version(), List.of());
            return summary(definition, offered);
        }).toList();
    }

    @Override
    public List<ExecutorSummary> executors(Caller caller) {
        guard.require(caller, WorkflowPermissions.PROCESS_READ);
        return runtime.executors().summaries();
    }

    @Override
    public ProcessInstance start(Caller caller, String key, String recordType, String recordId, Map<String, Object> variables) {
        guard.require(caller, WorkflowPermissions.PROCESS_START);
        Map<String, Object> accepted = ProcessVariables.accept(variables);
        List<FieldError> errors = new ArrayList<>();
        if (recordType != null && (recordType.isBlank() || recordType.length() > 120)) {
            errors.add(FieldError.of("recordType", "core.error.tooLong", 120));
        }
        if ((recordType == null) != (recordId == null) || recordId != null && (recordId.isBlank() || recordId.length() > 64)) {
            errors.add(FieldError.of("recordId", "workflow.error.recordPair"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = runtime.tx().write(em -> {
            DefinitionEntity definition = Deployments.latest(em, key).orElseThrow(() -> new NotFoundException("workflow.error.processNotFound", key));
            if (runtime.engine().deployments().graph(definition).start() == null) {
                throw new BadRequestException("workflow.error.notStartable", key);
            }
            return definition;
        }, (em, definition) -> runtime.engine().start(em, definition, null, new Starter(caller.username(), caller.unitId()), recordType,
                recordId, accepted, null, null).id());
        audit.record(caller.username(), "start", INSTANCE_TYPE, String.valueOf(id), key, List.of());
        return load(id);
    }

    @Override
    public Page<ProcessInstance> instances(Caller caller, InstanceQuery query, PageRequest page) {
        guard.require(caller, WorkflowPermissions.PROCESS_MONITOR);
        Long after = cursor(page.cursor());
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select i from InstanceEntity i where ").append(where(query, parameters));
        if (after != null) {
            jpql.append(" and i.id < :after");
            parameters.put("after", after);
        }
        jpql.append(" order by i.id desc");
        return runtime.tx().read(em -> {
            TypedQuery<InstanceEntity> typed = em.createQuery(jpql.toString(), InstanceEntity.class).setMaxResults(page.limit() + 1);
            parameters.forEach(typed::setParameter);
            List<InstanceEntity> rows = typed.getResultList();
            boolean more = rows.size() > page.limit();
            List<InstanceEntity> shown = more ? rows.subList(0, page.limit()) : rows;
            return new Page<>(Views.instances(em, shown), more ? String.valueOf(shown.get(shown.size() - 1).id()) : null);
        });
    }

    @Override
    public long count(Caller caller, InstanceQuery query) {
        guard.require(caller, WorkflowPermissions.PROCESS_MONITOR);
        Map<String, Object> parameters = new HashMap<>();
        String jpql = "select count(i) from InstanceEntity i where " + where(query, parameters);
        return runtime.tx().read(em -> {
            TypedQuery<Long> typed = em.createQuery(jpql, Long.class);
            parameters.forEach(typed::setParameter);
            return typed.getSingleResult();
        });
    }

    /** The condition on {@code InstanceEntity i} the list and the count share. */
    private static String where(InstanceQuery query, Map<String, Object> parameters) {
        InstanceQuery q = query == null ? InstanceQuery.all() : query;
        StringBuilder where = new StringBuilder("1 = 1");
        filter(where, parameters, "i.processKey", "key", q.processKey());
        filter(where, parameters, "i.state", "state", q.state() == null ? null : q.state().name());
        filter(where, parameters, "i.startedBy", "startedBy", q.startedBy());
        filter(where, parameters, "i.recordType", "recordType", q.recordType());
        filter(where, parameters, "i.recordId", "recordId", q.recordId());
        if (q.withIncidents()) {
            where.append(" and exists (select j.id from JobEntity j where j.instanceId = i.id and j.state = '").append(ProcessEngine.INCIDENT)
                    .append("')");
        }
        return where.toString();
    }

    private static void filter(StringBuilder jpql, Map<String, Object> parameters, String path, String name, String value) {
        if (value != null && !value.isBlank()) {
            jpql.append(" and ").append(path).append(" = :").append(name);
            parameters.put(name, value);
        }
    }

    private static Long cursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(cursor);
        } catch (NumberFormatException e) {
            throw ValidationException.of("cursor", "core.error.cursor");
        }
    }

    @Override
    public InstanceDetail instance(Caller caller, long id) {
        boolean monitor = guard.allows(caller, WorkflowPermissions.PROCESS_MONITOR);
        if (!monitor) {
            guard.require(caller, WorkflowPermissions.PROCESS_READ);
        }
        return runtime.tx().read(em -> {
            InstanceEntity row = find(em, id);
            if (!monitor && !caller.username().equals(row.startedBy())) {
                throw new NotFoundException("workflow.error.instanceNotFound", id);
            }
            List<HistoryEntity> history = em.createQuery("select h from HistoryEntity h where h.instanceId = :id order by h.id",
                    HistoryEntity.class).setParameter("id", id).getResultList();
            List<JobEntity> incidents = incidentsOf(em, id);
            return new InstanceDetail(Views.instances(em, List.of(row)).get(0), ProcessVariables.read(row.variables()),
                    history.stream().map(Views::history).toList(), incidents.stream().map(Views::incident).toList());
        });
    }

    private static List<JobEntity> incidentsOf(EntityManager em, long instanceId) {
        return em.createQuery("select j from JobEntity j where j.instanceId = :id and j.state = '" + ProcessEngine.INCIDENT + "' order by j.id",
                JobEntity.class).setParameter("id", instanceId).getResultList();
    }

    private static InstanceEntity find(EntityManager em, long id) {
        InstanceEntity row = em.find(InstanceEntity.class, id);
        if (row == null) {
            throw new NotFoundException("workflow.error.instanceNotFound", id);
        }
        return row;
    }

    private ProcessInstance load(long id) {
        return runtime.tx().read(em -> Views.instances(em, List.of(find(em, id))).get(0));
    }

    @Override
    public ProcessInstance suspend(Caller caller, long id, String reason) {
        guard.require(caller, WorkflowPermissions.PROCESS_MONITOR);
        checkReason(reason);
        return turn(caller, id, InstanceState.ACTIVE, InstanceState.SUSPENDED, ProcessEngine.WAITING, ProcessEngine.SUSPENDED, "suspend",
                reason);
    }

    @Override
    public ProcessInstance resume(Caller caller, long id) {
        guard.require(caller, WorkflowPermissions.PROCESS_MONITOR);
        return turn(caller, id, InstanceState.SUSPENDED, InstanceState.ACTIVE, ProcessEngine.SUSPENDED, ProcessEngine.WAITING, "resume",
                null);
    }

    /** Suspends or resumes: the instance's state, and its waiting jobs with it (incidents stay incidents). */
    private ProcessInstance turn(Caller caller, long id, InstanceState from, InstanceState to, String jobsFrom, String jobsTo, String action,
            String reason) {
        change(id, from, (em, instance) -> {
            instance.state(to.name());
            em.createQuery("update JobEntity j set j.state = :to where j.instanceId = :id and j.state = :from").setParameter("to", jobsTo)
                    .setParameter("id", id).setParameter("from", jobsFrom).executeUpdate();
            history(em, instance, action.equals("suspend") ? "suspended" : "resumed", caller, reason);
        });
        audit.record(caller.username(), action, INSTANCE_TYPE, String.valueOf(id), reason, List.of());
        return load(id);
    }

    @Override
    public ProcessInstance cancel(Caller caller, long id, String reason) {
        guard.require(caller, WorkflowPermissions.PROCESS_MONITOR);
        checkReason(reason);
        runtime.tx().write(em -> {
            InstanceEntity instance = lockFound(em, id);
            if (InstanceState.COMPLETED.name().equals(instance.state()) || InstanceState.CANCELLED.name().equals(instance.state())) {
                throw new ConflictException("workflow.error.instanceEnded", List.of(), id);
            }
            return instance;
        }, (em, instance) -> {
            runtime.engine().cancel(em, instance, caller.username(), reason);
            return null;
        });
        audit.record(caller.username(), "cancel", INSTANCE_TYPE, String.valueOf(id), reason, List.of());
        return load(id);
    }

    @Override
    public ProcessInstance migrate(Caller caller, long id, int toVersion) {
        guard.require(caller, WorkflowPermissions.PROCESS_MONITOR);
        runtime.tx().write(em -> {
            InstanceEntity instance = lockFound(em, id);
            if (InstanceState.COMPLETED.name().equals(instance.state()) || InstanceState.CANCELLED.name().equals(instance.state())) {
                throw new ConflictException("workflow.error.instanceEnded", List.of(), id);
            }
            DefinitionEntity target = Deployments.version(em, instance.processKey(), toVersion)
                    .orElseThrow(() -> ValidationException.of("version", "workflow.error.versionNotFound", instance.processKey(), toVersion));
            ProcessGraph from = runtime.engine().deployments().graph(em, instance.definitionId());
            ProcessGraph to = runtime.engine().deployments().graph(target);
            List<FieldError> missing = new ArrayList<>();
            for (TokenEntity token : ProcessEngine.tokens(em, id)) {
                Node now = from.node(token.elementId());
                Node there = to.find(token.elementId()).orElse(null);
                if (there == null || there.kind() != now.kind() || !java.util.Objects.equals(there.scope(), now.scope())) {
                    missing.add(FieldError.of("version", "workflow.error.migrateElement", token.elementId(), toVersion));
                }
            }
            if (!missing.isEmpty()) {
                throw new ConflictException("workflow.error.migrate", missing, id, toVersion);
            }
            return new Object[] {instance, target};
        }, (em, found) -> {
            InstanceEntity instance = (InstanceEntity) found[0];
            DefinitionEntity target = (DefinitionEntity) found[1];
            String outcome = "v" + instance.version() + " → v" + target.version();
            instance.definitionId(target.id()).version(target.version());
            history(em, instance, "migrated", caller, outcome);
            return null;
        });
        audit.record(caller.username(), "migrate", INSTANCE_TYPE, String.valueOf(id), "v" + toVersion, List.of());
        return load(id);
    }

    @Override
    public List<Incident> incidents(Caller caller) {
        guard.require(caller, WorkflowPermissions.PROCESS_MONITOR);
        return runtime.tx().read(em -> em.createQuery("select j from JobEntity j where j.state = '" + ProcessEngine.INCIDENT
                + "' order by j.failedAt desc, j.id desc", JobEntity.class).setMaxResults(1000).getResultList().stream()
                .map(Views::incident).toList());
    }

    @Override
    public void retry(Caller caller, long incidentId) {
        guard.require(caller, WorkflowPermissions.PROCESS_MONITOR);
        runtime.tx().write(em -> {
            JobEntity job = em.find(JobEntity.class, incidentId);
            if (job == null || !ProcessEngine.INCIDENT.equals(job.state())) {
                throw new NotFoundException("workflow.error.incidentNotFound", incidentId);
            }
            return job;
        }, (em, job) -> {
            job.state(ProcessEngine.WAITING).attempts(0).dueAt(runtime.clock().instant()).waitingFor(null);
            return null;
        });
        audit.record(caller.username(), "retry", OBJECT_TYPE, String.valueOf(incidentId), null, List.of());
    }

    private void change(long id, InstanceState from, java.util.function.BiConsumer<EntityManager, InstanceEntity> apply) {
        runtime.tx().write(em -> {
            InstanceEntity instance = lockFound(em, id);
            if (!from.name().equals(instance.state())) {
                throw new ConflictException("workflow.error.instanceState", List.of(), id, instance.state());
            }
            return instance;
        }, (em, instance) -> {
            apply.accept(em, instance);
            return null;
        });
    }

    private InstanceEntity lockFound(EntityManager em, long id) {
        InstanceEntity instance = runtime.engine().lock(em, id);
        if (instance == null) {
            throw new NotFoundException("workflow.error.instanceNotFound", id);
        }
        return instance;
    }

    private void history(EntityManager em, InstanceEntity instance, String event, Caller caller, String outcome) {
        Steps.history(em, instance.id(), null, null, event, caller.username(), runtime.clock().instant(), outcome, null);
    }

    private static void checkReason(String reason) {
        if (reason != null && reason.length() > COMMENT_LIMIT) {
            throw ValidationException.of("reason", "core.error.tooLong", COMMENT_LIMIT);
        }
    }
}
