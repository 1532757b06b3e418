package org.peyvand.platform.workflow.internal.service;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.peyvand.platform.workflow.HistoryStep;
import org.peyvand.platform.workflow.Incident;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.SlaState;
import org.peyvand.platform.workflow.TrailStep;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkItemKind;
import org.peyvand.platform.workflow.WorkItemState;
import org.peyvand.platform.workflow.internal.engine.ProcessEngine;
import org.peyvand.platform.workflow.internal.engine.ProcessVariables;
import org.peyvand.platform.workflow.internal.store.DefinitionEntity;
import org.peyvand.platform.workflow.internal.store.HistoryEntity;
import org.peyvand.platform.workflow.internal.store.InstanceEntity;
import org.peyvand.platform.workflow.internal.store.ItemEntity;
import org.peyvand.platform.workflow.internal.store.JobEntity;
import org.peyvand.platform.workflow.internal.store.TrailEntity;

/** Rows as the API shows them; lists look up what they add for a whole page at once. */
final class Views {

    private Views() {
    }

    static List<ProcessInstance> instances(EntityManager em, List<InstanceEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(InstanceEntity::id).toList();
        Map<Long, List<String>> active = new HashMap<>();
        em.createQuery("select t.instanceId, t.elementId from TokenEntity t where t.instanceId in :ids order by t.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> active.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add((String) row[1]));
        Map<Long, Long> incidents = new HashMap<>();
        em.createQuery("select j.instanceId, count(j) from JobEntity j where j.instanceId in :ids and j.state = '" + ProcessEngine.INCIDENT
                + "' group by j.instanceId", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> incidents.put((Long) row[0], (Long) row[1]));
        Set<Long> definitions = rows.stream().map(InstanceEntity::definitionId).collect(java.util.stream.Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select d from DefinitionEntity d where d.id in :ids", DefinitionEntity.class).setParameter("ids", definitions)
                .getResultList().forEach(d -> names.put(d.id(), d.name() == null ? d.processKey() : d.name()));
        return rows.stream().map(row -> new ProcessInstance(row.id(), row.processKey(), row.version(), names.get(row.definitionId()),
                InstanceState.valueOf(row.state()), row.recordType(), row.recordId(), row.startedBy(), row.startedAt(), row.endedAt(),
                active.getOrDefault(row.id(), List.of()).stream().distinct().toList(),
                incidents.getOrDefault(row.id(), 0L).intValue())).toList();
    }

    static HistoryStep history(HistoryEntity row) {
        return new HistoryStep(row.id(), row.elementId(), row.elementName(), row.event(), row.actor(), row.happenedAt(), row.outcome(),
                row.stepValues() == null ? Map.of() : ProcessVariables.read(row.stepValues()));
    }

    static Incident incident(JobEntity job) {
        return new Incident(job.id(), job.instanceId(), job.processKey(), job.elementId(), job.kind(), job.lastError(), job.attempts(),
                job.failedAt());
    }

    static TrailStep trail(TrailEntity row) {
        return new TrailStep(row.id(), row.itemId(), row.step(), row.actor(), row.toUser(), row.toUnit(), row.comment(), row.actedAt());
    }

    static WorkItem item(EntityManager em, ItemEntity row, Instant now) {
        return items(em, List.of(row), now).get(0);
    }

    /** Items with the name and starter of their processes, read for all of them in one query. */
    static List<WorkItem> items(EntityManager em, Collection<ItemEntity> rows, Instant now) {
        Set<Long> instanceIds = rows.stream().map(ItemEntity::instanceId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        Map<Long, ItemProcess> processes = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            em.createQuery("select i.id, d.name, d.processKey, i.startedBy from InstanceEntity i, DefinitionEntity d "
                    + "where d.id = i.definitionId and i.id in :ids", Object[].class).setParameter("ids", instanceIds).getResultList()
                    .forEach(row -> processes.put((Long) row[0], new ItemProcess(row[1] == null ? (String) row[2] : (String) row[1],
                            (String) row[3])));
        }
        return rows.stream().map(row -> {
            ItemProcess process = row.instanceId() == null ? ItemProcess.NONE : processes.getOrDefault(row.instanceId(), ItemProcess.NONE);
            return new WorkItem(row.id(), WorkItemKind.valueOf(row.kind()), row.name(), row.instanceId(), row.processKey(), process.name(),
                    process.startedBy(), row.elementId(), row.formKey(), row.assignee(), row.candidateUnit(), row.candidateRole(),
                    row.recordType(), row.recordId(), WorkItemState.valueOf(row.state()), row.createdAt(), row.dueAt(), sla(row, now),
                    row.referredBy(), row.comment(), row.lockVersion());
        }).toList();
    }

    private record ItemProcess(String name, String startedBy) {
        static final ItemProcess NONE = new ItemProcess(null, null);
    }

    static SlaState sla(ItemEntity row, Instant now) {
        if (row.dueAt() == null) {
            return SlaState.NONE;
        }
        if (!WorkItemState.OPEN.name().equals(row.state())) {
            return row.completedAt() != null && !row.completedAt().isAfter(row.dueAt()) ? SlaState.MET : SlaState.BREACHED;
        }
        if (row.slaPausedAt() != null) {
            return SlaState.PAUSED;
        }
        if (now.isAfter(row.dueAt())) {
            return SlaState.OVERDUE;
        }
        return row.warnAt() != null && now.isAfter(row.warnAt()) ? SlaState.WARNING : SlaState.ON_TIME;
    }
}
