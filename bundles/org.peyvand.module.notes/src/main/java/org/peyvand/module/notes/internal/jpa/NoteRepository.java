package org.peyvand.module.notes.internal.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.peyvand.platform.security.RecordScope;

/** Queries of notes and attachments; a record's notes are read newest first by {@code nts_note_record_ix}. */
public final class NoteRepository {
    private final EntityManager em;

    public NoteRepository(EntityManager em) {
        this.em = em;
    }

    public <T> T insert(T row) {
        em.persist(row);
        return row;
    }

    public Optional<NoteEntity> find(long id) {
        return Optional.ofNullable(em.find(NoteEntity.class, id));
    }

    public Optional<AttachmentEntity> attachment(long id) {
        return Optional.ofNullable(em.find(AttachmentEntity.class, id));
    }

    /**
     * A page of a record's notes within the scope, newest first.
     *
     * @param beforeTime with {@code beforeId}, the last note of the previous page; {@code null} for the first
     */
    public List<NoteEntity> page(RecordScope scope, String recordType, long recordId, Instant beforeTime, long beforeId, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        params.put("type", recordType);
        params.put("record", recordId);
        conditions.add("n.recordType = :type");
        conditions.add("n.recordId = :record");
        String visible = scope.condition("n.author", "n.authorUnitId", value -> {
            String name = "p" + params.size();
            params.put(name, value);
            return ":" + name;
        });
        if (visible != null) {
            conditions.add(visible);
        }
        if (beforeTime != null) {
            params.put("time", beforeTime);
            params.put("bound", beforeId);
            conditions.add("(n.createdAt < :time OR (n.createdAt = :time AND n.id < :bound))");
        }
        TypedQuery<NoteEntity> query = em.createQuery("SELECT n FROM NoteEntity n WHERE " + String.join(" AND ", conditions)
                + " ORDER BY n.createdAt DESC, n.id DESC", NoteEntity.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** The attachments of the notes, by note, in the order they were added: one query for a page. */
    public Map<Long, List<AttachmentEntity>> attachmentsOf(Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.noteId IN :notes ORDER BY a.id", AttachmentEntity.class)
                .setParameter("notes", noteIds).getResultList().stream()
                .collect(Collectors.groupingBy(AttachmentEntity::noteId, LinkedHashMap::new, Collectors.toList()));
    }

    public long attachmentCount(long noteId) {
        return em.createQuery("SELECT COUNT(a) FROM AttachmentEntity a WHERE a.noteId = :note", Long.class).setParameter("note", noteId)
                .getSingleResult();
    }

    public void deleteAttachment(AttachmentEntity row) {
        new AttachmentChunks(em).remove(row.id());
        em.remove(row);
    }

    /** Every note on the record, whoever may see it: for removing them with the record. */
    public List<NoteEntity> allOf(String recordType, long recordId) {
        return em.createQuery("SELECT n FROM NoteEntity n WHERE n.recordType = :type AND n.recordId = :record", NoteEntity.class)
                .setParameter("type", recordType).setParameter("record", recordId).getResultList();
    }

    public long countOf(String recordType, long recordId) {
        return em.createQuery("SELECT COUNT(n) FROM NoteEntity n WHERE n.recordType = :type AND n.recordId = :record", Long.class)
                .setParameter("type", recordType).setParameter("record", recordId).getSingleResult();
    }

    /** Removes the note and its attachments with their content. */
    public void delete(NoteEntity row) {
        attachmentsOf(List.of(row.id())).getOrDefault(row.id(), List.of()).forEach(this::deleteAttachment);
        em.remove(row);
    }
}
