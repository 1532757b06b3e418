package org.peyvand.platform.form.internal.store;

import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.hibernate.Session;

/** The search tokens of designed records: the words of their text values ({@link org.peyvand.platform.core.text.SearchWords}). */
public final class RecordTokens {
    private final EntityManager em;

    public RecordTokens(EntityManager em) {
        this.em = em;
    }

    public void replace(long recordId, Set<String> tokens) {
        em.createNativeQuery("DELETE FROM frm_record_token WHERE record_id = ?1").setParameter(1, recordId).executeUpdate();
        insert(Map.of(recordId, tokens));
    }

    /** Writes the tokens of new records, by record id, as one JDBC batch. */
    public void insert(Map<Long, Set<String>> tokensByRecord) {
        if (tokensByRecord.values().stream().allMatch(Set::isEmpty)) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO frm_record_token (record_id, token) VALUES (?, ?)")) {
                for (Map.Entry<Long, Set<String>> record : tokensByRecord.entrySet()) {
                    for (String token : record.getValue()) {
                        insert.setLong(1, record.getKey());
                        insert.setString(2, token);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }
}
