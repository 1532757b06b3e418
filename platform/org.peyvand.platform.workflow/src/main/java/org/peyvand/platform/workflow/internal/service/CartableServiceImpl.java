package org.peyvand.platform.workflow.internal.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.RecordService;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.NotificationService;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.Colleague;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.UserService;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.Referral;
import org.peyvand.platform.workflow.TrailStep;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkItemKind;
import org.peyvand.platform.workflow.WorkItemState;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.platform.workflow.internal.engine.ProcessEngine;
import org.peyvand.platform.workflow.internal.engine.ProcessVariables;
import org.peyvand.platform.workflow.internal.engine.Steps;
import org.peyvand.platform.workflow.internal.store.InstanceEntity;
import org.peyvand.platform.workflow.internal.store.ItemEntity;
import org.peyvand.platform.workflow.internal.store.TrailEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = CartableService.class)
public class CartableServiceImpl implements CartableService {
    private static final int COMMENT_LIMIT = 1000;
    private static final int TITLE_LIMIT = 300;
    private static final Logger LOG = LoggerFactory.getLogger(CartableServiceImpl.class);
    /** The kind of notification a user gets when work is referred to them. */
    static final String TASK_NOTIFICATION = "workflow.task";
    /** The workspace's cartable screen, which the notification opens. */
    private static final String CARTABLE_VIEW = "cartable";
    /** Referrals nest at most this deep; the chain of who referred to whom is kept on the item. */
    private static final int CHAIN_LIMIT = 15;

    private final ProcessRuntime runtime;
    private final AccessGuard guard;
    private final RecordService records;
    private final UserService users;
    private final OrgUnitService units;
    private final BusinessCalendarService calendar;
    /** Tells a user of what was referred to them; the cartable works the same while it is away. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile NotificationService notifications;

    @Activate
    public CartableServiceImpl(@Reference ProcessRuntime runtime, @Reference AccessGuard guard, @Reference RecordService records,
            @Reference UserService users, @Reference OrgUnitService units, @Reference BusinessCalendarService calendar) {
        this.runtime = runtime;
        this.guard = guard;
        this.records = records;
        this.users = users;
        this.units = units;
        this.calendar = calendar;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Page<WorkItem> cartable(Caller caller, CartableBox box, PageRequest page) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        CartableCursor after = CartableCursor.parse(page.cursor());
        CartableFilter filter = CartableFilter.of(caller, box);
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        String jpql = "select i from ItemEntity i where " + filter.where()
                // the leading range lets an index on (..., sort_due, id) seek to the cursor; sort_due is never null
                + (after == null ? "" : " and i.sortDue >= :afterDue and (i.sortDue > :afterDue or i.id > :afterId)")
                + " order by i.sortDue, i.id";
        if (after != null) {
            parameters.put("afterDue", after.sortDue());
            parameters.put("afterId", after.id());
        }
        Instant now = runtime.clock().instant();
        return runtime.tx().read(em -> {
            TypedQuery<ItemEntity> query = em.createQuery(jpql, ItemEntity.class).setMaxResults(page.limit() + 1);
            parameters.forEach(query::setParameter);
            List<ItemEntity> rows = query.getResultList();
            boolean more = rows.size() > page.limit();
            List<ItemEntity> shown = more ? rows.subList(0, page.limit()) : rows;
            ItemEntity last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
            return new Page<>(Views.items(em, shown, now), more ? new CartableCursor(last.sortDue(), last.id()).text() : null);
        });
    }

    @Override
    public long count(Caller caller, CartableBox box) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        return runtime.tx().read(em -> count(em, CartableFilter.of(caller, box)));
    }

    @Override
    public int openCount(Caller caller) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        return runtime.tx().read(em -> (int) Math.min(Integer.MAX_VALUE,
                count(em, CartableFilter.of(caller, CartableBox.MINE)) + count(em, CartableFilter.of(caller, CartableBox.TO_CLAIM))));
    }

    private static long count(EntityManager em, CartableFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(i) from ItemEntity i where " + filter.where(), Long.class);
        filter.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public WorkItem get(Caller caller, long id) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        return runtime.tx().read(em -> Views.item(em, visible(em, caller, id), runtime.clock().instant()));
    }

    @Override
    public List<TrailStep> trail(Caller caller, long id) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        return runtime.tx().read(em -> {
            visible(em, caller, id);
            return em.createQuery("select t from TrailEntity t where t.itemId = :id order by t.id", TrailEntity.class).setParameter("id", id)
                    .getResultList().stream().map(Views::trail).toList();
        });
    }

    @Override
    public List<WorkItem> itemsOf(Caller caller, String recordType, String recordId) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        boolean monitor = guard.allows(caller, WorkflowPermissions.PROCESS_MONITOR);
        Instant now = runtime.clock().instant();
        return runtime.tx().read(em -> {
            List<ItemEntity> items = em.createQuery("select i from ItemEntity i where i.recordType = :type and i.recordId = :id "
                    + "order by i.id desc", ItemEntity.class).setParameter("type", recordType).setParameter("id", recordId).setMaxResults(500)
                    .getResultList();
            Set<Long> onTrail = monitor || items.isEmpty() ? Set.of() : new HashSet<>(em.createQuery("select distinct t.itemId from TrailEntity t "
                    + "where t.itemId in :ids and (t.actor = :me or t.toUser = :me)", Long.class)
                    .setParameter("ids", items.stream().map(ItemEntity::id).toList()).setParameter("me", caller.username()).getResultList());
            return Views.items(em, items.stream().filter(item -> monitor || onTrail.contains(item.id()) || knows(caller, item)).toList(), now);
        });
    }

    /** The item, when the caller holds it, may claim it, referred it, once held it, or monitors processes. */
    private ItemEntity visible(EntityManager em, Caller caller, long id) {
        ItemEntity item = em.find(ItemEntity.class, id);
        if (item == null || !guard.allows(caller, WorkflowPermissions.PROCESS_MONITOR) && !involved(em, caller, item)) {
            throw new NotFoundException("workflow.error.itemNotFound", id);
        }
        return item;
    }

    private static boolean involved(EntityManager em, Caller caller, ItemEntity item) {
        if (knows(caller, item)) {
            return true;
        }
        return !em.createQuery("select t.id from TrailEntity t where t.itemId = :id and (t.actor = :me or t.toUser = :me)", Long.class)
                .setParameter("id", item.id()).setParameter("me", caller.username()).setMaxResults(1).getResultList().isEmpty();
    }

    /** What the item itself says of the caller's part in it; the trail says the rest. */
    private static boolean knows(Caller caller, ItemEntity item) {
        return holds(caller, item) || offered(caller, item) || chain(item).contains(caller.username())
                || caller.username().equals(item.completedBy());
    }

    private static boolean holds(Caller caller, ItemEntity item) {
        return caller.username().equals(item.assignee());
    }

    private static boolean offered(Caller caller, ItemEntity item) {
        return item.assignee() == null && (item.candidateUnit() != null && item.candidateUnit() == caller.unitId()
                || item.candidateRole() != null && caller.roles().contains(item.candidateRole()));
    }

    // ---------------------------------------------------------------- acting

    @Override
    public WorkItem claim(Caller caller, long id) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        return act(caller, id, (em, item) -> {
            if (!offered(caller, item)) {
                throw item.assignee() != null ? new ConflictException("workflow.error.itemTaken", List.of(), item.assignee())
                        : new AccessDeniedException("workflow.error.notOffered");
            }
            return null;
        }, (em, item, nothing) -> {
            item.assignee(caller.username());
            trail(em, item, "claimed", caller, caller.username(), null, null);
        });
    }

    @Override
    public WorkItem complete(Caller caller, long id, Map<String, Object> values, String comment) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        checkComment(comment);
        return act(caller, id, (em, item) -> {
            requireHolder(caller, item);
            if (!chain(item).isEmpty() || !WorkItemKind.TASK.name().equals(item.kind())) {
                return Map.<String, Object>of();
            }
            if (item.formKey() == null) {
                return ProcessVariables.accept(values);
            }
            // the form's own checks, rules and permissions; the submission is kept as the task's record
            CustomRecord submitted = records.create(caller, item.formKey(), values == null ? Map.of() : values);
            Map<String, Object> variables = new LinkedHashMap<>(ProcessVariables.accept(flat(submitted.values())));
            variables.put(item.elementId() + "Submission", submitted.id());
            return variables;
        }, (em, item, variables) -> {
            List<String> chain = chain(item);
            if (!chain.isEmpty()) {
                // a referred item goes back to the one who referred it, with the answer
                String back = chain.remove(chain.size() - 1);
                item.assignee(back).candidateUnit(null).candidateRole(null).chain(join(chain))
                        .referredBy(chain.isEmpty() ? null : chain.get(chain.size() - 1)).comment(comment);
                trail(em, item, "answered", caller, back, null, comment);
                return;
            }
            Instant now = runtime.clock().instant();
            ProcessEngine.close(item, WorkItemState.COMPLETED, caller.username(), now);
            item.comment(comment);
            trail(em, item, "completed", caller, null, null, comment);
            if (item.instanceId() != null) {
                runtime.engine().completeTask(em, em.find(InstanceEntity.class, item.instanceId()), item, variables, caller.username());
            }
        });
    }

    /** Form values as process variables: dates and times as ISO text. */
    private static Map<String, Object> flat(Map<String, Object> values) {
        Map<String, Object> flat = new LinkedHashMap<>();
        values.forEach((name, value) -> flat.put(name, value == null || value instanceof Boolean || value instanceof Number
                || value instanceof String || value instanceof List ? value : value.toString()));
        return flat;
    }

    @Override
    public WorkItem refer(Caller caller, long id, Referral referral) {
        return handOver(caller, id, referral, true);
    }

    @Override
    public WorkItem forward(Caller caller, long id, Referral referral) {
        return handOver(caller, id, referral, false);
    }

    private WorkItem handOver(Caller caller, long id, Referral referral, boolean keepTrack) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        checkReferral(referral);
        return referred(caller, referral, act(caller, id, (em, item) -> {
            requireHolder(caller, item);
            if (keepTrack && chain(item).size() >= CHAIN_LIMIT) {
                throw ValidationException.of("toUser", "workflow.error.chainTooLong", CHAIN_LIMIT);
            }
            if (caller.username().equals(referral.toUser())) {
                throw ValidationException.of("toUser", "workflow.error.referSelf");
            }
            return null;
        }, (em, item, nothing) -> {
            if (keepTrack) {
                List<String> chain = chain(item);
                chain.add(caller.username());
                item.chain(join(chain)).referredBy(caller.username());
            }
            handTo(item, referral);
            trail(em, item, keepTrack ? "referred" : "forwarded", caller, referral.toUser(), referral.toUnit(), referral.comment());
        }));
    }

    /** Once a hand-over committed, its user hears of it (a unit has no one person to tell). */
    private WorkItem referred(Caller caller, Referral referral, WorkItem item) {
        NotificationService to = notifications;
        if (to != null && referral.toUser() != null) {
            try {
                to.notify(TASK_NOTIFICATION, List.of(referral.toUser()), "workflow.notification.referred",
                        List.of(item.name(), caller.username()), NotificationLink.view(CARTABLE_VIEW, null));
            } catch (RuntimeException failure) {
                // the referral stands: only the notice of it was lost
                LOG.warn("Could not notify {} of work item {}", referral.toUser(), item.id(), failure);
            }
        }
        return item;
    }

    @Override
    public WorkItem giveBack(Caller caller, long id, String comment) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        checkComment(comment);
        return act(caller, id, (em, item) -> {
            requireHolder(caller, item);
            if (chain(item).isEmpty()) {
                throw new ConflictException("workflow.error.nothingToReturn", List.of());
            }
            return null;
        }, (em, item, nothing) -> {
            List<String> chain = chain(item);
            String back = chain.remove(chain.size() - 1);
            item.assignee(back).candidateUnit(null).candidateRole(null).chain(join(chain))
                    .referredBy(chain.isEmpty() ? null : chain.get(chain.size() - 1)).comment(comment);
            trail(em, item, "returned", caller, back, null, comment);
        });
    }

    @Override
    public WorkItem pauseSla(Caller caller, long id, String reason) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        checkComment(reason);
        return act(caller, id, (em, item) -> {
            requireHolder(caller, item);
            if (item.dueAt() == null || item.slaPausedAt() != null) {
                throw new ConflictException(item.dueAt() == null ? "workflow.error.noDue" : "workflow.error.slaPaused", List.of());
            }
            return null;
        }, (em, item, nothing) -> {
            Instant now = runtime.clock().instant();
            Duration left = calendar.workingTimeBetween(item.calendarUnit(), now, item.dueAt());
            item.slaPausedAt(now).slaLeftSeconds(left.getSeconds());
            trail(em, item, "paused", caller, null, null, reason);
        });
    }

    @Override
    public WorkItem resumeSla(Caller caller, long id) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        return act(caller, id, (em, item) -> {
            requireHolder(caller, item);
            if (item.slaPausedAt() == null) {
                throw new ConflictException("workflow.error.slaRunning", List.of());
            }
            return null;
        }, (em, item, nothing) -> {
            Instant now = runtime.clock().instant();
            Instant due = calendar.addWorkingTime(item.calendarUnit(), now, Duration.ofSeconds(item.slaLeftSeconds()));
            Instant warn = item.warnAt() == null ? null : due.minus(Duration.between(item.warnAt(), item.dueAt()));
            item.dueAt(due).warnAt(warn).sortDue(due).slaPausedAt(null).slaLeftSeconds(null);
            trail(em, item, "resumed", caller, null, null, null);
        });
    }

    @Override
    public WorkItem referRecord(Caller caller, String recordType, String recordId, String title, Referral referral) {
        guard.require(caller, WorkflowPermissions.CARTABLE_USE);
        List<FieldError> errors = new ArrayList<>();
        if (recordType == null || recordType.isBlank() || recordType.length() > 120) {
            errors.add(FieldError.of("recordType", "core.error.required"));
        }
        if (recordId == null || recordId.isBlank() || recordId.length() > 64) {
            errors.add(FieldError.of("recordId", "core.error.required"));
        }
        if (title == null || title.isBlank()) {
            errors.add(FieldError.of("title", "core.error.required"));
        } else if (title.length() > TITLE_LIMIT) {
            errors.add(FieldError.of("title", "core.error.tooLong", TITLE_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        checkReferral(referral);
        if (caller.username().equals(referral.toUser())) {
            throw ValidationException.of("toUser", "workflow.error.referSelf");
        }
        Instant now = runtime.clock().instant();
        long id = runtime.tx().write(em -> null, (em, nothing) -> {
            long unit = referral.toUnit() != null ? referral.toUnit() : caller.unitId();
            ItemEntity item = new ItemEntity().kind(WorkItemKind.REFERRAL.name()).name(title.strip()).recordType(recordType).recordId(recordId)
                    .state(WorkItemState.OPEN.name()).createdAt(now).sortDue(ProcessEngine.NO_DUE).calendarUnit(unit)
                    .chain(caller.username()).referredBy(caller.username());
            handTo(item, referral);
            em.persist(item);
            trail(em, item, "referred", caller, referral.toUser(), referral.toUnit(), referral.comment());
            return item.id();
        });
        return referred(caller, referral, runtime.tx().read(em -> Views.item(em, em.find(ItemEntity.class, id), now)));
    }

    private void handTo(ItemEntity item, Referral referral) {
        item.assignee(referral.toUser()).candidateUnit(referral.toUser() == null ? referral.toUnit() : null).candidateRole(null)
                .comment(referral.comment());
        if (referral.dueAt() != null) {
            item.dueAt(referral.dueAt()).sortDue(referral.dueAt()).warnAt(null).slaPausedAt(null).slaLeftSeconds(null);
        }
    }

    // ---------------------------------------------------------------- the common shape of an action

    private interface Check<P> {
        P apply(EntityManager em, ItemEntity item);
    }

    private interface Apply<P> {
        void apply(EntityManager em, ItemEntity item, P checked);
    }

    private record Locked<P>(ItemEntity item, P checked) {
    }

    /**
     * Locks the item (through its instance, so a process step and an action on its task never
     * interleave), checks it is open and its instance running, then applies the action. Of two
     * people acting on one item at once, the second finds it already changed and is told so.
     */
    private <P> WorkItem act(Caller caller, long id, Check<P> check, Apply<P> apply) {
        runtime.tx().write(em -> {
            ItemEntity item = em.find(ItemEntity.class, id);
            if (item == null || !guard.allows(caller, WorkflowPermissions.PROCESS_MONITOR) && !involved(em, caller, item)) {
                throw new NotFoundException("workflow.error.itemNotFound", id);
            }
            if (item.instanceId() != null) {
                InstanceEntity instance = runtime.engine().lock(em, item.instanceId());
                em.refresh(item);
                if (instance != null && InstanceState.SUSPENDED.name().equals(instance.state())) {
                    throw new ConflictException("workflow.error.instanceSuspended", List.of(), instance.id());
                }
            } else {
                em.refresh(item, LockModeType.PESSIMISTIC_WRITE);
            }
            if (!WorkItemState.OPEN.name().equals(item.state())) {
                throw new ConflictException("workflow.error.itemClosed", List.of(), id, String.valueOf(item.completedBy()));
            }
            return new Locked<>(item, check.apply(em, item));
        }, (em, locked) -> {
            apply.apply(em, locked.item(), locked.checked());
            return null;
        });
        return runtime.tx().read(em -> Views.item(em, em.find(ItemEntity.class, id), runtime.clock().instant()));
    }

    private static void requireHolder(Caller caller, ItemEntity item) {
        if (!holds(caller, item)) {
            throw item.assignee() == null ? new ConflictException("workflow.error.claimFirst", List.of())
                    : new ConflictException("workflow.error.itemTaken", List.of(), item.assignee());
        }
    }

    private void trail(EntityManager em, ItemEntity item, String step, Caller caller, String toUser, Long toUnit, String comment) {
        Steps.trail(em, item.id(), step, caller.username(), toUser, toUnit, comment, runtime.clock().instant());
    }

    private void checkReferral(Referral referral) {
        if (referral == null) {
            throw ValidationException.of("toUser", "core.error.required");
        }
        checkComment(referral.comment());
        if ((referral.toUser() == null) == (referral.toUnit() == null)) {
            throw ValidationException.of("toUser", "workflow.error.referTarget");
        }
        if (referral.toUser() != null) {
            List<Colleague> found = users.colleagues(ProcessRuntime.SYSTEM, List.of(referral.toUser()));
            if (found.isEmpty() || !found.get(0).active()) {
                throw ValidationException.of("toUser", "workflow.error.unknownUser", referral.toUser());
            }
        } else {
            try {
                units.get(ProcessRuntime.SYSTEM, referral.toUnit());
            } catch (NotFoundException missing) {
                throw ValidationException.of("toUnit", "workflow.error.unknownUnitId", referral.toUnit());
            }
        }
        if (referral.dueAt() != null && !referral.dueAt().isAfter(runtime.clock().instant())) {
            throw ValidationException.of("dueAt", "workflow.error.dueInPast");
        }
    }

    private static void checkComment(String comment) {
        if (comment != null && comment.length() > COMMENT_LIMIT) {
            throw ValidationException.of("comment", "core.error.tooLong", COMMENT_LIMIT);
        }
    }

    private static List<String> chain(ItemEntity item) {
        return item.chain() == null || item.chain().isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(item.chain().split(",")));
    }

    private static String join(List<String> chain) {
        return chain.isEmpty() ? null : String.join(",", chain);
    }
}
