package org.peyvand.platform.security.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.PermissionDefinition;
import org.peyvand.platform.security.PermissionRegistry;
import org.peyvand.platform.security.Role;
import org.peyvand.platform.security.internal.jpa.PermissionSeedEntity;
import org.peyvand.platform.security.internal.jpa.RoleEntity;

/**
 * Every role's grants, scopes and field rules, held in memory because every service call checks
 * them. When a module's permissions appear for the first time, the roles its descriptor names are
 * granted them once; an administrator's later revoke is never undone by a restart or reinstall.
 */
public final class RoleRules {
    private final Transactions tx;
    private final PermissionRegistry registry;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of());

    private record Snapshot(long revision, Map<String, Role> roles) {
    }

    public RoleRules(Transactions tx, PermissionRegistry registry, Clock clock) {
        this.tx = tx;
        this.registry = registry;
        this.clock = clock;
    }

    public Optional<Role> role(String name) {
        return Optional.ofNullable(current().roles().get(name));
    }

    public Set<String> grantsOf(String role) {
        return role(role).map(Role::permissions).orElse(Set.of());
    }

    /** Reloads after a role changed. */
    public synchronized void reload() {
        long revision = registry.revision();
        seed(registry.permissions());
        snapshot = load(revision);
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known.revision() == registry.revision()) {
            return known;
        }
        synchronized (this) {
            if (snapshot.revision() != registry.revision()) {
                reload();
            }
            return snapshot;
        }
    }

    private void seed(List<PermissionDefinition> permissions) {
        tx.write(em -> null, (em, nothing) -> {
            Set<String> seeded = new HashSet<>(em.createQuery("select s.permission from PermissionSeedEntity s", String.class)
                    .getResultList());
            Map<String, RoleEntity> roles = em.createQuery("select r from RoleEntity r", RoleEntity.class).getResultList()
                    .stream().collect(Collectors.toMap(RoleEntity::name, Function.identity()));
            for (PermissionDefinition p : permissions) {
                if (seeded.add(p.id())) {
                    p.defaultRoles().stream().map(roles::get).filter(r -> r != null).forEach(r -> r.permissions().add(p.id()));
                    em.persist(new PermissionSeedEntity(p.id(), clock.instant()));
                }
            }
            return null;
        });
    }

    private Snapshot load(long revision) {
        Map<String, Role> roles = tx.read(em -> em.createQuery("select distinct r from RoleEntity r", RoleEntity.class)
                .getResultList().stream().map(RoleEntity::toRole).collect(Collectors.toMap(Role::name, Function.identity())));
        return new Snapshot(revision, roles);
    }
}
