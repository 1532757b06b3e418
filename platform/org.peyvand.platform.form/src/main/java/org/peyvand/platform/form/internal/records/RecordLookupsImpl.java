package org.peyvand.platform.form.internal.records;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.form.FormPermissions;
import org.peyvand.platform.form.LookupHit;
import org.peyvand.platform.form.RecordLookupProvider;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.form.internal.registry.FormRegistry;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.UserService;

/** Lookups of the modules' record types, of designed ones, of colleagues and of org units. */
@Component(service = RecordLookups.class)
public class RecordLookupsImpl implements RecordLookups {
    private static final int MAX_HITS = 100;

    private final Map<String, RecordLookupProvider> providers = new ConcurrentHashMap<>();
    private final AccessGuard guard;
    private final UserService users;
    private final OrgUnitService units;
    private final DesignedRecordLookup designed;

    @Activate
    public RecordLookupsImpl(@Reference(target = "(osgi.unit.name=crm.form)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.form)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference RecordAccess access, @Reference FormRegistry registry, @Reference UserService users,
            @Reference OrgUnitService units) {
        this(new Transactions(jpa), guard, access, registry, users, units);
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static RecordLookupsImpl wiredWith(Transactions tx, AccessGuard guard, RecordAccess access, FormRegistry registry,
            UserService users, OrgUnitService units) {
        return new RecordLookupsImpl(tx, guard, access, registry, users, units);
    }

    private RecordLookupsImpl(Transactions tx, AccessGuard guard, RecordAccess access, FormRegistry registry, UserService users,
            OrgUnitService units) {
        this.guard = guard;
        this.users = users;
        this.units = units;
        this.designed = new DesignedRecordLookup(tx, registry, access);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(RecordLookupProvider provider, Map<String, Object> properties) {
        Object type = properties.get(RecordLookupProvider.RECORD_TYPE);
        if (type instanceof String name) {
            providers.put(name, provider);
        }
    }

    void removeProvider(RecordLookupProvider provider, Map<String, Object> properties) {
        providers.values().remove(provider);
    }

    @Override
    public Set<String> types() {
        Set<String> types = new HashSet<>(providers.keySet());
        types.add(USERS);
        types.add(ORG_UNITS);
        return types;
    }

    @Override
    public List<LookupHit> find(Caller caller, String type, String text, int limit) {
        int max = Math.max(1, Math.min(limit, MAX_HITS));
        String needle = text == null ? "" : text;
        return switch (permitted(caller, type)) {
            case USERS -> users.directory(caller, needle, max).stream()
                    .map(c -> new LookupHit(c.username(), c.displayName(caller.locale()))).toList();
            case ORG_UNITS -> unitHits(caller, needle, max);
            default -> provider(type).map(p -> p.find(caller, needle, max)).orElseGet(() -> designed.find(caller, type, needle, max));
        };
    }

    @Override
    public Map<String, String> names(Caller caller, String type, Collection<String> keys) {
        return switch (permitted(caller, type)) {
            case USERS -> {
                Map<String, String> names = new LinkedHashMap<>();
                users.colleagues(caller, keys).forEach(c -> names.put(c.username(), c.displayName(caller.locale())));
                yield names;
            }
            case ORG_UNITS -> {
                Map<String, String> names = new LinkedHashMap<>();
                units.tree(caller).stream().filter(u -> keys.contains(String.valueOf(u.id())))
                        .forEach(u -> names.put(String.valueOf(u.id()), u.name(caller.locale())));
                yield names;
            }
            default -> provider(type).map(p -> p.names(caller, keys)).orElseGet(() -> designed.names(caller, type, keys));
        };
    }

    @Override
    public Optional<String> owner(Caller caller, String type, String key) {
        return switch (permitted(caller, type)) {
            // colleagues and org units are nobody's records
            case USERS, ORG_UNITS -> Optional.empty();
            default -> provider(type).map(p -> p.owner(caller, key)).orElseGet(() -> designed.owner(caller, type, key));
        };
    }

    /** The type, once the caller holds its lookup permission; a type nobody provides is not found. */
    private String permitted(Caller caller, String type) {
        Optional<RecordLookupProvider> provider = provider(type);
        String permission;
        if (USERS.equals(type)) {
            permission = KernelPermissions.DIRECTORY_READ;
        } else if (ORG_UNITS.equals(type)) {
            permission = KernelPermissions.UNIT_READ;
        } else if (provider.isPresent()) {
            permission = provider.get().permission();
        } else if (type != null && designed.handles(type)) {
            permission = designed.permission(type);
        } else {
            guard.require(caller, FormPermissions.READ);
            throw new NotFoundException("form.error.notFound", String.valueOf(type));
        }
        guard.require(caller, permission);
        return type;
    }

    /** Read once per use: a module's provider may leave between two reads. */
    private Optional<RecordLookupProvider> provider(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(providers.get(type));
    }

    private List<LookupHit> unitHits(Caller caller, String text, int max) {
        String needle = PersianText.normalize(text).toLowerCase(Locale.ROOT);
        return units.tree(caller).stream()
                .filter(u -> contains(u.nameFa(), needle) || contains(u.nameEn(), needle) || contains(u.code(), needle))
                .sorted(Comparator.comparing(OrgUnit::path)).limit(max)
                .map(u -> new LookupHit(String.valueOf(u.id()), u.name(caller.locale()))).toList();
    }

    private static boolean contains(String value, String needle) {
        return value != null && PersianText.normalize(value).toLowerCase(Locale.ROOT).contains(needle);
    }
}
