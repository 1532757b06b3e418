package org.peyvand.module.tickets.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.peyvand.module.tickets.SlaPolicy;
import org.peyvand.module.tickets.SlaPolicyService;
import org.peyvand.module.tickets.internal.jpa.SlaPolicyEntity;
import org.peyvand.module.tickets.internal.jpa.SlaPolicyRepository;
import org.peyvand.module.tickets.internal.sla.SlaPolicyValidator;
import org.peyvand.module.tickets.internal.sla.WorkingCalendar;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.workflow.BusinessCalendarService;

@Component(service = SlaPolicyService.class)
public class SlaPolicyServiceImpl implements SlaPolicyService {
    private final Transactions tx;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final BusinessCalendarService calendars;
    private final EventAdmin events;
    private final Clock clock;

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public SlaPolicyServiceImpl(@Reference(target = "(osgi.unit.name=crm.tickets)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.tickets)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference AuditTrail audit, @Reference BusinessCalendarService calendars, @Reference EventAdmin events) {
        this(new Transactions(jpa), guard, audit, calendars, events, Clock.systemUTC());
    }

    SlaPolicyServiceImpl(Transactions tx, AccessGuard guard, AuditTrail audit, BusinessCalendarService calendars, EventAdmin events,
            Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.audit = audit;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<SlaPolicy> list(Caller caller) {
        guard.require(caller, Permissions.READ);
        return tx.read(em -> new SlaPolicyRepository(em).all());
    }

    @Override
    public SlaPolicy save(Caller caller, SlaPolicy policy) {
        guard.require(caller, Permissions.MANAGE_POLICIES);
        new Validator().check(policy != null, "body", "core.error.required").throwIfInvalid();
        // the organisation's own calendar, which every unit inherits unless given hours of its own
        SlaPolicyValidator.validate(policy, WorkingCalendar.of(calendars, OrgUnit.ROOT_ID), clock.instant());
        SlaPolicy saved = tx.write(em -> {
            SlaPolicyRepository policies = new SlaPolicyRepository(em);
            if (policy.id() == 0) {
                if (policies.all().stream().anyMatch(p -> p.tier().equals(policy.tier()) && p.priority() == policy.priority())) {
                    throw ValidationException.of("tier", "tickets.error.policyTaken");
                }
                return null;
            }
            SlaPolicyEntity row = policies.find(policy.id()).orElseThrow(() -> new NotFoundException("tickets.error.policyNotFound", policy.id()));
            if (row.version() != policy.version()) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            return row;
        }, (em, row) -> {
            SlaPolicy before = row == null ? null : row.toRecord();
            SlaPolicyEntity stored = row == null ? new SlaPolicyRepository(em).insert(new SlaPolicyEntity(policy)) : row;
            if (row != null) {
                row.apply(policy);
            }
            em.flush();
            SlaPolicy after = stored.toRecord();
            audit.record(caller.username(), before == null ? AuditTrail.CREATED : AuditTrail.UPDATED, Permissions.POLICY_TYPE,
                    String.valueOf(after.id()), summary(after), AuditChanges.between(before == null ? Map.of() : snapshot(before), snapshot(after)));
            return after;
        });
        events.postEvent(new Event(CHANGED_TOPIC, Map.of()));
        return saved;
    }

    @Override
    public void delete(Caller caller, long id) {
        guard.require(caller, Permissions.MANAGE_POLICIES);
        tx.write(em -> {
            SlaPolicyEntity row = new SlaPolicyRepository(em).find(id).orElseThrow(() -> new NotFoundException("tickets.error.policyNotFound", id));
            if (row.toRecord().tier().equals(SlaPolicy.STANDARD)) {
                throw new ConflictException("tickets.error.standardPolicy", List.of());
            }
            return row;
        }, (em, row) -> {
            SlaPolicy before = row.toRecord();
            new SlaPolicyRepository(em).delete(row);
            audit.record(caller.username(), AuditTrail.DELETED, Permissions.POLICY_TYPE, String.valueOf(id), summary(before),
                    AuditChanges.between(snapshot(before), Map.of()));
            return null;
        });
        events.postEvent(new Event(CHANGED_TOPIC, Map.of()));
    }


    private static String summary(SlaPolicy policy) {
        return policy.tier() + " " + policy.priority();
    }

    private static Map<String, Object> snapshot(SlaPolicy policy) {
        return Map.of("responseMinutes", policy.responseMinutes(), "resolutionMinutes", policy.resolutionMinutes(), "warningPercent",
                policy.warningPercent());
    }
}
