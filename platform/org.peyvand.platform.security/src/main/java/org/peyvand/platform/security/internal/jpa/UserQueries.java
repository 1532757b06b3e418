package org.peyvand.platform.security.internal.jpa;

import java.util.Optional;

import javax.persistence.EntityManager;

/** Finding users by their (already normalised) username, the one lookup every login and change does. */
public final class UserQueries {

    private UserQueries() {
    }

    public static Optional<UserEntity> byUsername(EntityManager em, String username) {
        return em.createQuery("select u from UserEntity u where u.username = :name", UserEntity.class)
                .setParameter("name", username).getResultList().stream().findFirst();
    }

    public static boolean none(EntityManager em) {
        return em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult() == 0;
    }
}
