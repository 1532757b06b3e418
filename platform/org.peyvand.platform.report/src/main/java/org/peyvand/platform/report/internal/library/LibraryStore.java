package org.peyvand.platform.report.internal.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.report.ReportShare;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.Colleague;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.UserService;

/**
 * rpt_definition as saved reports and dashboards share it: who sees a row (its owner, and those it
 * is shared with by name, role, or a unit at or above theirs), that only its owner changes or
 * deletes it, and the audit of every change.
 */
final class LibraryStore {
    private final Transactions tx;
    private final UserService users;
    private final OrgUnitService units;
    private final AuditTrail audit;
    private final Clock clock;

    /** What a row keeps of a report or dashboard. */
    record Content(LocalizedText title, String recordType, String body) {
    }

    LibraryStore(Transactions tx, UserService users, OrgUnitService units, AuditTrail audit, Clock clock) {
        this.tx = tx;
        this.users = users;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    List<DefinitionEntity> visible(Caller caller, LibraryKind kind) {
        Set<String> roles = caller.roles().isEmpty() ? Set.of("") : caller.roles();
        List<String> lineage = units.lineage(caller.unitId()).stream().map(String::valueOf).toList();
        // a subquery rather than a distinct join: the body is a CLOB, which Derby cannot compare
        return tx.read(em -> em.createQuery("select d from DefinitionEntity d where d.kind = :kind and (d.owner = :me or d.key in ("
                + "select shared.key from DefinitionEntity shared join shared.shares s where (s.kind = 'USER' and s.target = :me)"
                + " or (s.kind = 'ROLE' and s.target in :roles) or (s.kind = 'UNIT' and s.target in :units)))", DefinitionEntity.class)
                .setParameter("kind", kind.name()).setParameter("me", caller.username()).setParameter("roles", roles)
                .setParameter("units", lineage.isEmpty() ? List.of("") : lineage).getResultList());
    }

    Optional<DefinitionEntity> visible(Caller caller, LibraryKind kind, String key) {
        return visible(caller, kind).stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** Who saved the row under {@code key}, of any kind. */
    Optional<String> owner(String key) {
        return tx.read(em -> Optional.ofNullable(em.find(DefinitionEntity.class, key)).map(DefinitionEntity::owner));
    }

    /** The shares, once each, with those that name no colleague or unit refused as {@code shares[i]}. */
    List<ReportShare> checkShares(Caller caller, List<ReportShare> shares, Validator problems) {
        List<ReportShare> distinct = new ArrayList<>(new LinkedHashSet<>(shares == null ? List.of() : shares));
        Set<String> known = users.colleagues(caller, distinct.stream().filter(s -> s != null && s.kind() == ReportShare.Kind.USER)
                .map(ReportShare::id).toList()).stream().map(Colleague::username).collect(Collectors.toSet());
        for (int i = 0; i < distinct.size(); i++) {
            ReportShare share = distinct.get(i);
            String at = "shares[" + i + "]";
            if (share == null || share.kind() == null || share.id() == null || share.id().isBlank()) {
                problems.reject(at, "core.error.required");
            } else if (share.kind() == ReportShare.Kind.USER && !known.contains(share.id())
                    || share.kind() == ReportShare.Kind.UNIT && !unitExists(share.id())) {
                problems.reject(at, "report.error.unknownShare", share.id());
            }
        }
        return distinct;
    }

    /**
     * Saves a row as the caller's.
     *
     * @param key the row to change, or null for a new one, named {@code <prefix><hex>}
     * @param keepNewKey a key nobody holds is kept (an import) rather than refused as unknown
     * @param shipped a module ships {@code key}, which is then refused
     * @param content what to keep, given the key
     */
    DefinitionEntity store(Caller caller, LibraryKind kind, String key, boolean keepNewKey, boolean shipped, Function<String, Content> content,
            List<ReportShare> shares) {
        boolean named = key != null && !key.isBlank();
        String kept = named ? key : kind.prefix() + HexFormat.of().formatHex(randomBytes());
        Content changed = content.apply(kept);
        boolean[] created = {false};
        DefinitionEntity saved = tx.write(em -> {
            if (shipped) {
                throw ValidationException.of("key", "report.error.shipped", kept);
            }
            DefinitionEntity existing = em.find(DefinitionEntity.class, kept);
            if (existing != null && existing.kind() != kind || existing == null && named && !keepNewKey) {
                throw new NotFoundException(kind.notFound(), kept);
            }
            if (existing != null && !existing.owner().equals(caller.username())) {
                throw ValidationException.of("key", "report.error.keyTaken", kept);
            }
            return Optional.ofNullable(existing);
        }, (em, existing) -> {
            DefinitionEntity entity = existing.orElseGet(() -> new DefinitionEntity(kept, kind, caller.username()));
            entity.change(changed.title(), changed.recordType(), changed.body(), shares, clock.instant());
            if (existing.isEmpty()) {
                em.persist(entity);
                created[0] = true;
            }
            return entity;
        });
        audit.record(caller.username(), created[0] ? AuditTrail.CREATED : AuditTrail.UPDATED, kind.objectType(), kept,
                changed.title() == null ? "" : changed.title().in("fa"), List.of());
        return saved;
    }

    void delete(Caller caller, LibraryKind kind, String key, boolean shipped) {
        tx.write(em -> {
            DefinitionEntity entity = em.find(DefinitionEntity.class, key);
            if (entity == null || entity.kind() != kind || !entity.owner().equals(caller.username())) {
                throw shipped ? ValidationException.of("key", "report.error.shipped", key) : new NotFoundException(kind.notFound(), key);
            }
            return entity;
        }, (em, entity) -> {
            em.remove(entity);
            return null;
        });
        audit.record(caller.username(), AuditTrail.DELETED, kind.objectType(), key, "", List.of());
    }

    private boolean unitExists(String id) {
        try {
            return !units.lineage(Long.parseLong(id)).isEmpty();
        } catch (NumberFormatException notAnId) {
            return false;
        }
    }

    private static byte[] randomBytes() {
        byte[] random = new byte[8];
        ThreadLocalRandom.current().nextBytes(random);
        return random;
    }
}
