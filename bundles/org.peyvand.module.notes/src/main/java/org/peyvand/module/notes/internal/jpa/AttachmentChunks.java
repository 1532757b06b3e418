package org.peyvand.module.notes.internal.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.persistence.EntityManager;

/**
 * An attachment's content in chunks of at most {@value #CHUNK} bytes, written and read in order: a
 * column both Derby and PostgreSQL hold as plain bytes, never a LOB.
 */
public final class AttachmentChunks {
    public static final int CHUNK = 32_000;
    private static final int CHUNKS_PER_READ = 16;

    private final EntityManager em;

    public AttachmentChunks(EntityManager em) {
        this.em = em;
    }

    public void write(long attachmentId, byte[] content) {
        for (int seq = 0, from = 0; from < content.length || seq == 0; seq++, from += CHUNK) {
            byte[] chunk = java.util.Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK));
            em.createNativeQuery("INSERT INTO nts_attachment_chunk (attachment_id, seq, data) VALUES (?1, ?2, ?3)")
                    .setParameter(1, attachmentId).setParameter(2, seq).setParameter(3, chunk).executeUpdate();
        }
    }

    /** Copies chunks from {@code seq} on to {@code out}, a few per query; returns the next chunk's number, or -1 at the end. */
    public int copy(long attachmentId, int seq, OutputStream out) {
        List<?> rows = em.createNativeQuery("SELECT seq, data FROM nts_attachment_chunk WHERE attachment_id = ?1 AND seq >= ?2 ORDER BY seq")
                .setParameter(1, attachmentId).setParameter(2, seq).setMaxResults(CHUNKS_PER_READ).getResultList();
        try {
            for (Object row : rows) {
                out.write(bytes(((Object[]) row)[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.size() < CHUNKS_PER_READ ? -1 : seq + rows.size();
    }

    public void remove(long attachmentId) {
        em.createNativeQuery("DELETE FROM nts_attachment_chunk WHERE attachment_id = ?1").setParameter(1, attachmentId).executeUpdate();
    }

    private static byte[] bytes(Object data) {
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        try (InputStream in = ((java.sql.Blob) data).getBinaryStream()) {
            return in.readAllBytes();
        } catch (IOException | java.sql.SQLException e) {
            throw new IllegalStateException("unreadable attachment chunk", e);
        }
    }
}
