package org.peyvand.platform.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.peyvand.platform.notification.Notification;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.persistence.Transactions;

/** The in-app inboxes ({@code ntf_notification}) and the choices users made ({@code ntf_preference}). */
final class NotificationStore {
    private final Transactions tx;

    NotificationStore(Transactions tx) {
        this.tx = tx;
    }

    /** One row per recipient, in one transaction. */
    List<Notification> add(List<String> recipients, String kind, String messageKey, List<String> args, NotificationLink link, Instant at) {
        return tx.write(em -> recipients, (em, to) -> to.stream().map(recipient -> {
            NotificationEntity row = new NotificationEntity(recipient, kind, messageKey, args, link, at);
            em.persist(row);
            return row;
        }).toList()).stream().map(NotificationEntity::view).toList();
    }

    /** Newest first, after the position ({@code created}, {@code id}) when one is given. */
    List<Notification> page(String recipient, Instant beforeCreated, long beforeId, int limit) {
        return tx.read(em -> (beforeCreated == null
                ? em.createQuery("select n from NotificationEntity n where n.recipient = :recipient order by n.createdAt desc, n.id desc",
                        NotificationEntity.class)
                : em.createQuery("select n from NotificationEntity n where n.recipient = :recipient and (n.createdAt < :created"
                        + " or (n.createdAt = :created and n.id < :id)) order by n.createdAt desc, n.id desc", NotificationEntity.class)
                        .setParameter("created", beforeCreated).setParameter("id", beforeId))
                .setParameter("recipient", recipient).setMaxResults(limit).getResultList().stream().map(NotificationEntity::view).toList());
    }

    long unread(String recipient) {
        return tx.read(em -> em.createQuery("select count(n) from NotificationEntity n where n.recipient = :recipient and n.read = false",
                Long.class).setParameter("recipient", recipient).getSingleResult());
    }

    /** @return how many were unread and are read now */
    int markRead(String recipient, Collection<Long> ids) {
        return tx.write(em -> ids, (em, which) -> em.createQuery("update NotificationEntity n set n.read = true"
                + " where n.recipient = :recipient and n.read = false and n.id in :ids").setParameter("recipient", recipient)
                .setParameter("ids", which).executeUpdate());
    }

    int markAllRead(String recipient) {
        return tx.write(em -> recipient, (em, who) -> em.createQuery("update NotificationEntity n set n.read = true"
                + " where n.recipient = :recipient and n.read = false").setParameter("recipient", who).executeUpdate());
    }

    /** The kinds the user received. */
    List<String> kindsReceived(String recipient) {
        return tx.read(em -> em.createQuery("select distinct n.kind from NotificationEntity n where n.recipient = :recipient", String.class)
                .setParameter("recipient", recipient).getResultList());
    }

    List<PreferenceEntity> preferences(String username) {
        return tx.read(em -> em.createQuery("select p from PreferenceEntity p where p.username = :username", PreferenceEntity.class)
                .setParameter("username", username).getResultList());
    }

    /** The choices about one kind of the given users. */
    List<PreferenceEntity> preferences(Collection<String> usernames, String kind) {
        return tx.read(em -> em.createQuery("select p from PreferenceEntity p where p.kind = :kind and p.username in :usernames",
                PreferenceEntity.class).setParameter("kind", kind).setParameter("usernames", usernames).getResultList());
    }

    void choose(String username, String kind, String channel, boolean enabled) {
        tx.write(em -> Optional.ofNullable(em.find(PreferenceEntity.class, new PreferenceEntity.Key(username, kind, channel))),
                (em, found) -> {
                    found.ifPresentOrElse(row -> row.enabled(enabled), () -> em.persist(new PreferenceEntity(username, kind, channel, enabled)));
                    return channel;
                });
    }
}
