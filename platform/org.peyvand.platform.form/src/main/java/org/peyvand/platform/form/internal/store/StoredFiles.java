package org.peyvand.platform.form.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

/** Which record field holds which file, in the caller's transaction. */
public final class StoredFiles {
    private final EntityManager em;

    public StoredFiles(EntityManager em) {
        this.em = em;
    }

    public Optional<FileEntity> find(long id) {
        return Optional.ofNullable(em.find(FileEntity.class, id));
    }

    /** A file the field may take: the uploader's own that nothing holds yet, or the one it holds already. */
    public boolean takeable(long id, String uploader, String type, Long record, String field) {
        return find(id).filter(f -> f.held() ? record != null && f.heldBy(type, record, field) : f.uploadedBy().equals(uploader))
                .isPresent();
    }

    public void hold(long id, String type, long record, String field) {
        find(id).filter(f -> !f.held()).ifPresent(f -> f.holdBy(type, record, field));
    }

    /** Drops a file the field no longer holds. */
    public void release(long id, String type, long record, String field) {
        find(id).filter(f -> f.heldBy(type, record, field)).ifPresent(this::drop);
    }

    /** Drops the files a deleted record held. */
    public void releaseAll(String type, long record) {
        em.createQuery("SELECT f FROM FileEntity f WHERE f.recordType = :type AND f.recordId = :record", FileEntity.class)
                .setParameter("type", type).setParameter("record", record).getResultList().forEach(this::drop);
    }

    /** Drops uploads no record took since {@code before}. */
    public void dropUnheld(Instant before) {
        List<FileEntity> stale = em.createQuery("SELECT f FROM FileEntity f WHERE f.uploadedAt < :before AND f.recordType IS NULL",
                FileEntity.class).setParameter("before", before).setMaxResults(100).getResultList();
        stale.forEach(this::drop);
    }

    private void drop(FileEntity file) {
        new FileChunks(em).remove(file.id());
        em.remove(file);
    }
}
