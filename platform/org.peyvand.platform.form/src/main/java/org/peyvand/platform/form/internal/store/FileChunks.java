package org.peyvand.platform.form.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.persistence.EntityManager;

/** A file's content in chunks of at most {@value #CHUNK} bytes, written and read in order. */
public final class FileChunks {
    public static final int CHUNK = 32_000;
    private static final int CHUNKS_PER_READ = 16;

    private final EntityManager em;

    public FileChunks(EntityManager em) {
        this.em = em;
    }

    public void write(long fileId, int seq, byte[] data) {
        em.createNativeQuery("INSERT INTO frm_file_chunk (file_id, seq, data) VALUES (?1, ?2, ?3)")
                .setParameter(1, fileId).setParameter(2, seq).setParameter(3, data).executeUpdate();
    }

    /** Copies chunks from {@code seq} on to {@code out}, a few per query; returns the next chunk's number, or -1 at the end. */
    public int copy(long fileId, int seq, OutputStream out) {
        List<?> rows = em.createNativeQuery("SELECT seq, data FROM frm_file_chunk WHERE file_id = ?1 AND seq >= ?2 ORDER BY seq")
                .setParameter(1, fileId).setParameter(2, seq).setMaxResults(CHUNKS_PER_READ).getResultList();
        try {
            for (Object row : rows) {
                out.write(bytes(((Object[]) row)[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.size() < CHUNKS_PER_READ ? -1 : seq + rows.size();
    }

    public void remove(long fileId) {
        em.createNativeQuery("DELETE FROM frm_file_chunk WHERE file_id = ?1").setParameter(1, fileId).executeUpdate();
    }

    private static byte[] bytes(Object data) {
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        try (InputStream in = ((java.sql.Blob) data).getBinaryStream()) {
            return in.readAllBytes();
        } catch (IOException | java.sql.SQLException e) {
            throw new IllegalStateException("unreadable file chunk", e);
        }
    }
}
