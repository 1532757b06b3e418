package org.peyvand.platform.form.internal.store;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

/** The published versions of forms. */
public final class Definitions {
    private final EntityManager em;

    public Definitions(EntityManager em) {
        this.em = em;
    }

    /** The newest version of every form, one query. */
    public List<DefinitionEntity> latest() {
        return em.createQuery("SELECT d FROM DefinitionEntity d WHERE d.version = "
                + "(SELECT MAX(n.version) FROM DefinitionEntity n WHERE n.key = d.key) ORDER BY d.key", DefinitionEntity.class)
                .getResultList();
    }

    public Optional<DefinitionEntity> latest(String key) {
        return em.createQuery("SELECT d FROM DefinitionEntity d WHERE d.key = :key ORDER BY d.version DESC", DefinitionEntity.class)
                .setParameter("key", key).setMaxResults(1).getResultList().stream().findFirst();
    }

    public Optional<DefinitionEntity> version(String key, int version) {
        return em.createQuery("SELECT d FROM DefinitionEntity d WHERE d.key = :key AND d.version = :version", DefinitionEntity.class)
                .setParameter("key", key).setParameter("version", version).getResultList().stream().findFirst();
    }

    /** Newest first. */
    public List<DefinitionEntity> versions(String key) {
        return em.createQuery("SELECT d FROM DefinitionEntity d WHERE d.key = :key ORDER BY d.version DESC", DefinitionEntity.class)
                .setParameter("key", key).getResultList();
    }

    public void add(DefinitionEntity version) {
        em.persist(version);
    }
}
