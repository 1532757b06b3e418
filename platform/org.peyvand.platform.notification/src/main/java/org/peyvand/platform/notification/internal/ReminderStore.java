package org.peyvand.platform.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.Reminder;
import org.peyvand.platform.persistence.Transactions;

/** Users' reminders ({@code ntf_reminder}). */
final class ReminderStore {
    private final Transactions tx;

    ReminderStore(Transactions tx) {
        this.tx = tx;
    }

    Reminder add(String username, Instant at, String note, NotificationLink link, Instant now) {
        return tx.write(em -> username, (em, who) -> {
            ReminderEntity row = new ReminderEntity(who, at, note, link, now);
            em.persist(row);
            return row;
        }).view();
    }

    /** Those still to come, soonest first, after the position ({@code at}, {@code id}) when one is given. */
    List<Reminder> upcoming(String username, Instant afterAt, long afterId, int limit) {
        return tx.read(em -> (afterAt == null
                ? em.createQuery("select r from ReminderEntity r where r.username = :username and r.firedAt is null"
                        + " order by r.remindAt, r.id", ReminderEntity.class)
                : em.createQuery("select r from ReminderEntity r where r.username = :username and r.firedAt is null"
                        + " and (r.remindAt > :at or (r.remindAt = :at and r.id > :id)) order by r.remindAt, r.id", ReminderEntity.class)
                        .setParameter("at", afterAt).setParameter("id", afterId))
                .setParameter("username", username).setMaxResults(limit).getResultList().stream().map(ReminderEntity::view).toList());
    }

    List<Reminder> onRecord(String username, String recordType, String recordId, int limit) {
        return tx.read(em -> em.createQuery("select r from ReminderEntity r where r.username = :username and r.recordType = :type"
                + " and r.recordId = :id order by r.remindAt desc, r.id desc", ReminderEntity.class).setParameter("username", username)
                .setParameter("type", recordType).setParameter("id", recordId).setMaxResults(limit).getResultList().stream()
                .map(ReminderEntity::view).toList());
    }

    /** @return whether the user had that reminder */
    boolean delete(String username, long id) {
        return tx.write(em -> Optional.ofNullable(em.find(ReminderEntity.class, id)).filter(r -> r.view().username().equals(username)),
                (em, found) -> {
                    found.ifPresent(em::remove);
                    return found.isPresent();
                });
    }

    /**
     * Marks every reminder due by {@code now} and not yet delivered as delivered by {@code claim} in
     * one statement, then reads back what this claim took: of nodes sharing the database, each
     * reminder goes to exactly one.
     */
    List<Reminder> claimDue(Instant now, String claim) {
        int claimed = tx.write(em -> claim, (em, by) -> em.createQuery("update ReminderEntity r set r.firedAt = :now, r.firedBy = :claim"
                + " where r.firedAt is null and r.remindAt <= :now").setParameter("now", now).setParameter("claim", by).executeUpdate());
        if (claimed == 0) {
            return List.of();
        }
        return tx.read(em -> em.createQuery("select r from ReminderEntity r where r.firedBy = :claim order by r.remindAt, r.id",
                ReminderEntity.class).setParameter("claim", claim).getResultList().stream().map(ReminderEntity::view).toList());
    }
}
