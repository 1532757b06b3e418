package org.peyvand.module.accounts.internal.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.DuplicateMatch;
import org.peyvand.module.accounts.internal.SearchTokens;
import org.peyvand.platform.security.RecordScope;

/** Queries and writes of contacts and their search tokens, within the caller's transaction. */
public final class ContactRepository {
    private static final int MAX_MATCHES = 10;

    private final EntityManager em;

    public ContactRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ContactEntity> find(long id) {
        return Optional.ofNullable(em.find(ContactEntity.class, id));
    }

    /** The contacts with these ids and their account names, in the order of {@code ids}: one query. */
    public List<Contact> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Contact> byId = new HashMap<>();
        em.createQuery("SELECT c, a.name FROM ContactEntity c LEFT JOIN AccountEntity a ON a.id = c.accountId"
                + " WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> {
                    ContactEntity contact = (ContactEntity) row[0];
                    byId.put(contact.id(), contact.toContact((String) row[1]));
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public Optional<Contact> get(long id) {
        return load(List.of(id)).stream().findFirst();
    }

    /** The contact other than {@code excludeId} holding this national code. */
    public Optional<DuplicateMatch> withNationalCode(String nationalCode, Long excludeId) {
        return matches("nationalCode", "c.nationalCode", nationalCode, excludeId).stream().findFirst();
    }

    /** Contacts other than {@code excludeId} sharing the mobile or the email: one index lookup each. */
    public List<DuplicateMatch> sharingMobileOrEmail(String mobile, String email, Long excludeId) {
        List<DuplicateMatch> found = new ArrayList<>();
        if (mobile != null) {
            found.addAll(matches("mobile", "c.mobile", mobile, excludeId));
        }
        if (email != null) {
            found.addAll(matches("email", "c.email", email, excludeId));
        }
        return found;
    }

    /**
     * Which of these national codes are already stored: one unique-index lookup each, because Derby
     * may plan a long IN list as a scan of the whole table.
     */
    public Set<String> storedNationalCodes(Collection<String> nationalCodes) {
        TypedQuery<Long> lookup = em.createQuery("SELECT c.id FROM ContactEntity c WHERE c.nationalCode = :code", Long.class);
        Set<String> stored = new HashSet<>();
        for (String code : nationalCodes) {
            if (!lookup.setParameter("code", code).getResultList().isEmpty()) {
                stored.add(code);
            }
        }
        return stored;
    }

    /** The contacts the scope allows per account among {@code accountIds}, read by the account index. */
    public Map<Long, Long> countByAccount(RecordScope scope, List<Long> accountIds) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("accounts", accountIds);
        String visible = scope.condition("c.owner", "c.ownerUnitId", value -> {
            String name = "p" + params.size();
            params.put(name, value);
            return ":" + name;
        });
        TypedQuery<Object[]> query = em.createQuery("SELECT c.accountId, COUNT(c.id) FROM ContactEntity c WHERE c.accountId IN :accounts"
                + (visible == null ? "" : " AND " + visible) + " GROUP BY c.accountId", Object[].class);
        params.forEach(query::setParameter);
        Map<Long, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Id, first name, last name and owner of those of these contacts the scope allows: one query, the rest of the records unread. */
    public List<Object[]> visibleNamesAndOwners(RecordScope scope, List<Long> ids) {
        return RecordScopes.visibleColumns(em, "ContactEntity", scope, ids, "r.firstName", "r.lastName", "r.owner");
    }

    public boolean anyInAccount(long accountId) {
        return !em.createQuery("SELECT c.id FROM ContactEntity c WHERE c.accountId = :account", Long.class)
                .setParameter("account", accountId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private List<ContactEntity> inAccount(long accountId) {
        return em.createQuery("SELECT c FROM ContactEntity c WHERE c.accountId = :account", ContactEntity.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public void insert(ContactEntity contact, Set<String> tokens) {
        em.persist(contact);
        addTokens(contact, tokens);
    }

    /** Rewrites the contact's search tokens; call after {@link ContactEntity#apply}. */
    public void replaceTokens(ContactEntity contact, Set<String> tokens) {
        em.createQuery("DELETE FROM ContactTokenEntity t WHERE t.recordId = :id")
                .setParameter("id", contact.id())
                .executeUpdate();
        addTokens(contact, tokens);
    }

    /** Rewrites the tokens of every contact of an account, which include the account's name. */
    public void reindexAccount(long accountId, String accountName) {
        em.createQuery("DELETE FROM ContactTokenEntity t WHERE t.recordId IN"
                + " (SELECT c.id FROM ContactEntity c WHERE c.accountId = :account)")
                .setParameter("account", accountId)
                .executeUpdate();
        for (ContactEntity contact : inAccount(accountId)) {
            addTokens(contact, SearchTokens.ofContact(contact.toInput(), accountName));
        }
    }

    public void delete(ContactEntity contact) {
        em.createQuery("DELETE FROM ContactTokenEntity t WHERE t.recordId = :id")
                .setParameter("id", contact.id())
                .executeUpdate();
        em.remove(contact);
    }

    private void addTokens(ContactEntity contact, Set<String> tokens) {
        String sortName = contact.sortName();
        Instant createdAt = contact.createdAt();
        for (String token : tokens) {
            em.persist(new ContactTokenEntity(contact.id(), token, sortName, createdAt));
        }
    }

    private List<DuplicateMatch> matches(String field, String attribute, String value, Long excludeId) {
        return em.createQuery("SELECT c.id, c.firstName, c.lastName FROM ContactEntity c WHERE " + attribute + " = :value",
                Object[].class)
                .setParameter("value", value)
                .setMaxResults(MAX_MATCHES + 1)
                .getResultList().stream()
                .filter(row -> !row[0].equals(excludeId))
                .limit(MAX_MATCHES)
                .map(row -> new DuplicateMatch(field, (Long) row[0], row[1] + " " + row[2]))
                .toList();
    }
}
