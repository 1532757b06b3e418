package org.peyvand.platform.form.internal.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormPermissions;
import org.peyvand.platform.form.FormService;
import org.peyvand.platform.form.FormSummary;
import org.peyvand.platform.form.FormVersion;
import org.peyvand.platform.form.internal.definition.ChangeSafety;
import org.peyvand.platform.form.internal.definition.DefinitionRules;
import org.peyvand.platform.form.internal.definition.Effective;
import org.peyvand.platform.form.internal.definition.FormJson;
import org.peyvand.platform.form.internal.registry.FormRegistry;
import org.peyvand.platform.form.internal.store.DefinitionEntity;
import org.peyvand.platform.form.internal.store.Definitions;
import org.peyvand.platform.form.internal.store.StoredValues;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;

@Component(service = FormService.class)
public class FormServiceImpl implements FormService {
    static final String OBJECT_TYPE = "platform.form";
    private static final int COMMENT_LIMIT = 500;
    private static final int IMPORT_LIMIT = 100;

    private final Transactions tx;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final FormRegistry registry;
    private final DefinitionRules rules;
    private final Clock clock;
    /** Tells the workspace a form changed, so screens of designed record types come and go at once. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public FormServiceImpl(@Reference(target = "(osgi.unit.name=crm.form)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.form)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference AuditTrail audit, @Reference FormRegistry registry) {
        this(new Transactions(jpa), guard, audit, registry, Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static FormServiceImpl wiredWith(Transactions tx, AccessGuard guard, AuditTrail audit, FormRegistry registry, Clock clock) {
        return new FormServiceImpl(tx, guard, audit, registry, clock);
    }

    private FormServiceImpl(Transactions tx, AccessGuard guard, AuditTrail audit, FormRegistry registry, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.audit = audit;
        this.registry = registry;
        this.rules = new DefinitionRules(registry.expressions());
        this.clock = clock;
    }

    @Override
    public List<FormSummary> list(Caller caller) {
        guard.require(caller, FormPermissions.READ);
        Map<String, java.time.Instant> publishedAt = tx.read(em -> {
            Map<String, java.time.Instant> at = new java.util.HashMap<>();
            new Definitions(em).latest().forEach(row -> at.put(row.key(), row.publishedAt()));
            return at;
        });
        return registry.all().values().stream()
                .map(f -> new FormSummary(f.key(), f.kind(), f.module(), f.label(), f.version(), f.customFields().size(),
                        publishedAt.get(f.key())))
                .toList();
    }

    @Override
    public FormDefinition get(Caller caller, String key) {
        guard.require(caller, FormPermissions.READ);
        return registry.current(key).orElseThrow(() -> new NotFoundException("form.error.notFound", key));
    }

    @Override
    public List<FormVersion> versions(Caller caller, String key) {
        guard.require(caller, FormPermissions.READ);
        get(caller, key);
        List<FormVersion> versions = new ArrayList<>(tx.read(em -> new Definitions(em).versions(key).stream()
                .map(row -> new FormVersion(row.version(), row.publishedBy(), row.publishedAt(), row.comment())).toList()));
        registry.shipped(key).ifPresent(shipped -> versions.add(new FormVersion(0, shipped.module(), null, null)));
        return versions;
    }

    @Override
    public FormDefinition version(Caller caller, String key, int version) {
        guard.require(caller, FormPermissions.READ);
        return stored(key, version);
    }

    private FormDefinition stored(String key, int version) {
        if (version == 0) {
            return registry.shipped(key).orElseThrow(() -> new NotFoundException("form.error.versionNotFound", key + " v0"));
        }
        FormDefinition stored = tx.read(em -> new Definitions(em).version(key, version))
                .map(row -> FormJson.read(row.body()).withVersion(row.version()))
                .orElseThrow(() -> new NotFoundException("form.error.versionNotFound", key + " v" + version));
        return Effective.of(registry.shipped(key).orElse(null), stored);
    }

    @Override
    public FormDefinition publish(Caller caller, FormDefinition definition, String comment) {
        guard.require(caller, FormPermissions.DESIGN);
        if (definition == null) {
            throw ValidationException.of("body", "core.error.required");
        }
        return publishAll(caller, List.of(definition), comment).get(0);
    }

    @Override
    public FormDefinition check(Caller caller, FormDefinition definition) {
        guard.require(caller, FormPermissions.DESIGN);
        if (definition == null || definition.key() == null) {
            throw ValidationException.of(definition == null ? "body" : "key", "core.error.required");
        }
        Set<String> recordTypes = new HashSet<>(registry.recordTypes());
        recordTypes.add(definition.key());
        return tx.read(em -> prepare(em, definition, recordTypes).plan().form());
    }

    @Override
    public FormDefinition rollback(Caller caller, String key, int version) {
        guard.require(caller, FormPermissions.DESIGN);
        FormDefinition earlier = stored(key, version);
        return publishAll(caller, List.of(earlier), "rollback:" + version).get(0);
    }

    @Override
    public String exportJson(Caller caller, List<String> keys) {
        guard.require(caller, FormPermissions.DESIGN);
        List<FormDefinition> forms = new ArrayList<>();
        for (String key : keys.isEmpty() ? registry.all().keySet() : keys) {
            FormDefinition form = registry.current(key).orElseThrow(() -> new NotFoundException("form.error.notFound", key));
            // built-in fields travel with their module
            forms.add(form.withFields(form.customFields()).withVersion(0));
        }
        return FormJson.writeDocument(forms);
    }

    @Override
    public List<FormDefinition> importJson(Caller caller, String json) {
        guard.require(caller, FormPermissions.DESIGN);
        List<FormDefinition> forms = FormJson.readDocument(json);
        if (forms.isEmpty() || forms.size() > IMPORT_LIMIT) {
            throw new BadRequestException("form.error.importSize", IMPORT_LIMIT);
        }
        Set<String> keys = new HashSet<>();
        forms.forEach(f -> {
            if (f.key() == null) {
                throw ValidationException.of("key", "core.error.required");
            }
            if (!keys.add(f.key())) {
                throw new BadRequestException("form.error.importDuplicate", f.key());
            }
        });
        return publishAll(caller, forms, "import");
    }

    /** Publishes each form as its next version, all in one transaction: all or none. */
    private List<FormDefinition> publishAll(Caller caller, List<FormDefinition> proposed, String comment) {
        if (comment != null && comment.length() > COMMENT_LIMIT) {
            throw new BadRequestException("form.error.commentTooLong", COMMENT_LIMIT);
        }
        if (proposed.stream().anyMatch(f -> f.key() == null)) {
            throw ValidationException.of("key", "core.error.required");
        }
        Set<String> recordTypes = new HashSet<>(registry.recordTypes());
        proposed.forEach(f -> recordTypes.add(f.key()));
        List<FormDefinition> published = tx.write(em -> {
            List<Prepared> plans = new ArrayList<>();
            for (FormDefinition form : proposed) {
                plans.add(prepare(em, form, recordTypes));
            }
            return plans;
        }, (em, plans) -> {
            List<FormDefinition> done = new ArrayList<>();
            for (Prepared prepared : plans) {
                done.add(apply(em, caller, prepared, comment));
            }
            return done;
        });
        published.forEach(f -> registry.published(f.key()));
        EventAdmin admin = events;
        if (admin != null) {
            // topic segments take no dots: custom.visit posts crm/form/custom_visit/published
            published.forEach(f -> admin.postEvent(new Event(CrmEvents.topic("form", f.key().replace('.', '_'), "published"),
                    Map.of(CrmEvents.PROPERTY_ID, f.key()))));
        }
        return published;
    }

    private record Prepared(FormDefinition previous, ChangeSafety.Plan plan, int version) {
    }

    private Prepared prepare(EntityManager em, FormDefinition proposed, Set<String> recordTypes) {
        FormDefinition shipped = registry.shipped(proposed.key()).orElse(null);
        FormDefinition candidate = Effective.forPublishing(shipped, proposed);
        rules.check(candidate, recordTypes);
        // read from the database, not the cache: another node may have published since
        Optional<DefinitionEntity> latest = new Definitions(em).latest(proposed.key());
        FormDefinition previous = Effective.of(shipped, latest.map(row -> FormJson.read(row.body())).orElse(null));
        ChangeSafety.Plan plan = ChangeSafety.plan(previous, candidate, new StoredValues(em)::asText);
        int version = latest.map(DefinitionEntity::version).orElse(0) + 1;
        return new Prepared(previous, plan, version);
    }

    private FormDefinition apply(EntityManager em, Caller caller, Prepared prepared, String comment) {
        FormDefinition form = prepared.plan().form().withVersion(prepared.version());
        // the module's built-in fields are read from the module each time, never stored
        FormDefinition stored = form.withFields(form.fields().stream().filter(f -> !f.builtIn()).toList()).withVersion(0);
        new Definitions(em).add(new DefinitionEntity(form.key(), prepared.version(), FormJson.write(stored), caller.username(),
                clock.instant(), comment));
        StoredValues values = new StoredValues(em);
        prepared.plan().conversions().forEach(c -> values.rewrite(form.key(), c.recordId(), c.field(), c.value()));
        audit.record(caller.username(), "form.published", OBJECT_TYPE, form.key(), form.key() + " v" + prepared.version(),
                changes(prepared.previous(), form));
        return form;
    }

    /** Which fields were added, removed or changed, for the audit line. */
    private static List<AuditEntry.Change> changes(FormDefinition previous, FormDefinition next) {
        List<AuditEntry.Change> changes = new ArrayList<>();
        for (FieldDefinition field : next.customFields()) {
            FieldDefinition before = previous == null ? null : previous.field(field.name()).orElse(null);
            if (before == null || before.removed()) {
                changes.add(new AuditEntry.Change(field.name(), null, field.type().name()));
            } else if (!before.equals(field)) {
                changes.add(new AuditEntry.Change(field.name(), before.type().name(), field.type().name()));
            }
        }
        if (previous != null) {
            previous.customFields().stream().filter(f -> next.field(f.name()).map(FieldDefinition::removed).orElse(true))
                    .forEach(f -> changes.add(new AuditEntry.Change(f.name(), f.type().name(), null)));
        }
        return changes;
    }
}
