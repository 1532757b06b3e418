package org.peyvand.platform.security.internal.users;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitInput;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.platform.security.internal.RoleBasedAccess;
import org.peyvand.platform.security.internal.audit.AuditWriter;
import org.peyvand.platform.security.internal.jpa.OrgUnitEntity;
import org.peyvand.platform.security.internal.jpa.UserQueries;
import org.peyvand.platform.security.internal.login.Usernames;

@Component
public class OrgUnitServiceImpl implements OrgUnitService {
    static final String OBJECT_TYPE = "platform.unit";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final Transactions tx;
    private final RoleBasedAccess guard;
    private final Clock clock;
    private final AuditWriter audit;

    @Activate
    public OrgUnitServiceImpl(@Reference(target = "(osgi.unit.name=crm.security)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.security)") SchemaReady schema, @Reference RoleBasedAccess guard) {
        this(new Transactions(jpa), guard, Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static OrgUnitServiceImpl wiredWith(Transactions tx, RoleBasedAccess guard, Clock clock) {
        return new OrgUnitServiceImpl(tx, guard, clock);
    }

    private OrgUnitServiceImpl(Transactions tx, RoleBasedAccess guard, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.clock = clock;
        this.audit = new AuditWriter(clock);
    }

    @Override
    public List<OrgUnit> tree(Caller caller) {
        guard.require(caller, KernelPermissions.UNIT_READ);
        return tx.read(em -> em.createQuery("select u from OrgUnitEntity u", OrgUnitEntity.class).getResultList()
                .stream().map(OrgUnitEntity::toOrgUnit).sorted(Comparator.comparing(OrgUnit::path)).toList());
    }

    @Override
    public OrgUnit get(Caller caller, long id) {
        guard.require(caller, KernelPermissions.UNIT_READ);
        return tx.read(em -> unit(em, id).toOrgUnit());
    }

    @Override
    public List<Long> lineage(long unitId) {
        return tx.read(em -> {
            OrgUnitEntity unit = em.find(OrgUnitEntity.class, unitId);
            if (unit == null) {
                return List.of();
            }
            List<Long> ids = new ArrayList<>();
            for (String id : unit.fullPath().split("/")) {
                if (!id.isEmpty()) {
                    ids.add(0, Long.valueOf(id));
                }
            }
            return List.copyOf(ids);
        });
    }

    @Override
    public OrgUnit create(Caller caller, OrgUnitInput input) {
        guard.require(caller, KernelPermissions.UNIT_MANAGE);
        OrgUnitInput valid = validate(input);
        return treeChanged(tx.write(em -> {
            OrgUnitEntity parent = parent(em, valid.parentId());
            refuseTakenCode(em, valid.code(), null);
            return parent;
        }, (em, parent) -> {
            OrgUnitEntity unit = new OrgUnitEntity(valid, parent.fullPath(), clock.instant());
            em.persist(unit);
            em.flush();
            audit.write(em, caller.username(), "unit.created", OBJECT_TYPE, String.valueOf(unit.id()), valid.code(),
                    AuditChanges.between(Map.of(), snapshot(unit.toOrgUnit())));
            return unit.toOrgUnit();
        }));
    }

    @Override
    public OrgUnit update(Caller caller, long id, OrgUnitInput input, long expectedVersion) {
        guard.require(caller, KernelPermissions.UNIT_MANAGE);
        if (id == OrgUnit.ROOT_ID) {
            throw ValidationException.of("parentId", "security.error.unitRootFixed");
        }
        OrgUnitInput valid = validate(input);
        record Move(OrgUnitEntity unit, OrgUnitEntity parent) {
        }
        return treeChanged(tx.write(em -> {
            OrgUnitEntity unit = unit(em, id);
            if (unit.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            OrgUnitEntity parent = parent(em, valid.parentId());
            if (parent.fullPath().startsWith(unit.fullPath())) {
                throw ValidationException.of("parentId", "security.error.unitBelowItself");
            }
            refuseTakenCode(em, valid.code(), id);
            return new Move(unit, parent);
        }, (em, move) -> {
            OrgUnitEntity unit = move.unit();
            Map<String, Object> before = snapshot(unit.toOrgUnit());
            String oldPath = unit.fullPath();
            unit.apply(valid, clock.instant());
            unit.placeUnder(move.parent().fullPath());
            if (!oldPath.equals(unit.fullPath())) {
                movePathsBelow(em, oldPath, unit.fullPath());
            }
            em.flush();
            OrgUnit after = unit.toOrgUnit();
            audit.write(em, caller.username(), "unit.updated", OBJECT_TYPE, String.valueOf(id), after.code(),
                    AuditChanges.between(before, snapshot(after)));
            return after;
        }));
    }

    @Override
    public OrgUnit setManagers(Caller caller, long id, Set<String> usernames) {
        guard.require(caller, KernelPermissions.UNIT_MANAGE);
        Set<String> names = usernames == null ? Set.of()
                : usernames.stream().map(Usernames::normalise).collect(Collectors.toCollection(TreeSet::new));
        return tx.write(em -> {
            OrgUnitEntity unit = unit(em, id);
            for (String name : names) {
                if (UserQueries.byUsername(em, name).isEmpty()) {
                    throw ValidationException.of("managers", "security.error.managerUnknown", name);
                }
            }
            return unit;
        }, (em, unit) -> {
            String before = String.join(", ", new TreeSet<>(unit.toOrgUnit().managers()));
            unit.replaceManagers(names, clock.instant());
            em.flush();
            audit.write(em, caller.username(), "unit.managers", OBJECT_TYPE, String.valueOf(id), null,
                    List.of(new AuditEntry.Change("managers", before, String.join(", ", names))));
            return unit.toOrgUnit();
        });
    }

    @Override
    public void delete(Caller caller, long id) {
        guard.require(caller, KernelPermissions.UNIT_MANAGE);
        tx.write(em -> {
            OrgUnitEntity unit = unit(em, id);
            if (id == OrgUnit.ROOT_ID) {
                throw ValidationException.of("id", "security.error.unitRootFixed");
            }
            long children = em.createQuery("select count(u) from OrgUnitEntity u where u.parentId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            long members = em.createQuery("select count(u) from UserEntity u where u.unitId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (children > 0 || members > 0) {
                throw new ConflictException("security.error.unitNotEmpty", List.of(), children, members);
            }
            return unit;
        }, (em, unit) -> {
            OrgUnit gone = unit.toOrgUnit();
            em.remove(unit);
            audit.write(em, caller.username(), "unit.deleted", OBJECT_TYPE, String.valueOf(id), gone.code(),
                    AuditChanges.between(snapshot(gone), Map.of()));
            return null;
        });
        guard.unitsChanged();
    }

    private OrgUnit treeChanged(OrgUnit unit) {
        guard.unitsChanged();
        return unit;
    }

    /** Rewrites the paths of the moved unit's descendants, which all start with its old full path, in one statement. */
    private static void movePathsBelow(EntityManager em, String oldPath, String newPath) {
        em.flush();
        em.createNativeQuery("UPDATE sec_org_unit SET path = ? || SUBSTR(path, ?) WHERE path LIKE ?")
                .setParameter(1, newPath).setParameter(2, oldPath.length() + 1).setParameter(3, oldPath + "%").executeUpdate();
    }

    private static OrgUnitInput validate(OrgUnitInput input) {
        Validator v = new Validator();
        String code = input.code() == null ? null : input.code().strip();
        v.check(code != null && CODE.matcher(code).matches(), "code", "security.error.unitCodeInvalid");
        v.required(input.nameFa(), "nameFa").maxLength(input.nameFa(), 200, "nameFa").maxLength(input.nameEn(), 200, "nameEn");
        v.check(input.kind() != null && input.kind() != OrgUnit.Kind.ORGANISATION, "kind", "security.error.unitKindInvalid");
        v.throwIfInvalid();
        String fa = input.nameFa().strip();
        String en = input.nameEn() == null || input.nameEn().isBlank() ? fa : input.nameEn().strip();
        return new OrgUnitInput(code, fa, en, input.kind(), input.parentId() == null ? OrgUnit.ROOT_ID : input.parentId());
    }

    private static void refuseTakenCode(EntityManager em, String code, Long except) {
        List<Long> ids = em.createQuery("select u.id from OrgUnitEntity u where u.code = :c", Long.class).setParameter("c", code)
                .getResultList();
        if (ids.stream().anyMatch(i -> !i.equals(except))) {
            throw ValidationException.of("code", "core.error.duplicate");
        }
    }

    private static OrgUnitEntity parent(EntityManager em, long parentId) {
        OrgUnitEntity parent = em.find(OrgUnitEntity.class, parentId);
        if (parent == null) {
            throw ValidationException.of("parentId", "security.error.unitMissing", parentId);
        }
        return parent;
    }

    private static OrgUnitEntity unit(EntityManager em, long id) {
        OrgUnitEntity unit = em.find(OrgUnitEntity.class, id);
        if (unit == null) {
            throw new NotFoundException("security.error.unitNotFound", id);
        }
        return unit;
    }

    private static Map<String, Object> snapshot(OrgUnit unit) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", unit.code());
        values.put("nameFa", unit.nameFa());
        values.put("nameEn", unit.nameEn());
        values.put("kind", unit.kind());
        values.put("parentId", unit.parentId());
        return values;
    }
}
