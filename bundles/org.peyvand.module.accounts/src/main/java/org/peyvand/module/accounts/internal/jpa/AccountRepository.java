package org.peyvand.module.accounts.internal.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.DuplicateMatch;
import org.peyvand.module.accounts.Phone;
import org.peyvand.module.accounts.internal.AccountValidator;
import org.peyvand.platform.security.RecordScope;

/** Queries and writes of accounts, their phones, addresses and search tokens, within the caller's transaction. */
public final class AccountRepository implements AccountValidator.Links {
    private static final int MAX_MATCHES = 10;
    /** Deeper than any real group of companies; stops the walk on data that already has a cycle. */
    private static final int MAX_DEPTH = 100;

    private final EntityManager em;

    public AccountRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<AccountEntity> find(long id) {
        return Optional.ofNullable(em.find(AccountEntity.class, id));
    }

    /**
     * The accounts with these ids, in the order of {@code ids}, with their parents' names, phones and
     * addresses: three queries for the whole page.
     */
    public List<Account> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Projections, not entities: an update in the same transaction rewrites these rows.
        Map<Long, List<Phone>> phones = new HashMap<>();
        em.createQuery("SELECT p.accountId, p.kind, p.number FROM AccountPhoneEntity p WHERE p.accountId IN :ids"
                + " ORDER BY p.accountId, p.ordinal", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> phones.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Phone((String) row[1], (String) row[2])));
        Map<Long, List<Address>> addresses = new HashMap<>();
        em.createQuery("SELECT a.accountId, a.province, a.city, a.line, a.postalCode FROM AccountAddressEntity a"
                + " WHERE a.accountId IN :ids ORDER BY a.accountId, a.ordinal", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> addresses.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Address((String) row[1], (String) row[2], (String) row[3], (String) row[4])));
        Map<Long, Account> byId = new HashMap<>();
        em.createQuery("SELECT a, p.name FROM AccountEntity a LEFT JOIN AccountEntity p ON p.id = a.parentId"
                + " WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> {
                    AccountEntity account = (AccountEntity) row[0];
                    byId.put(account.id(), account.toAccount(phones.getOrDefault(account.id(), List.of()),
                            addresses.getOrDefault(account.id(), List.of()), (String) row[1]));
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public Optional<Account> get(long id) {
        return load(List.of(id)).stream().findFirst();
    }

    @Override
    public boolean exists(long accountId) {
        return em.find(AccountEntity.class, accountId) != null;
    }

    /** Id, name and owner of those of these accounts the scope allows: one query, the rest of the records unread. */
    public List<Object[]> visibleNamesAndOwners(RecordScope scope, List<Long> ids) {
        return RecordScopes.visibleColumns(em, "AccountEntity", scope, ids, "r.name", "r.owner");
    }

    /** The names of these accounts by id (for contacts' search tokens); unknown ids are left out. */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : ids) {
            find(id).ifPresent(account -> names.put(id, account.name()));
        }
        return names;
    }

    @Override
    public boolean isWithin(long candidate, long accountId) {
        Long current = candidate;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current == accountId) {
                return true;
            }
            current = find(current).map(AccountEntity::parentId).orElse(null);
        }
        return current != null;
    }

    public boolean hasChildren(long accountId) {
        return !em.createQuery("SELECT a.id FROM AccountEntity a WHERE a.parentId = :id", Long.class)
                .setParameter("id", accountId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public Optional<DuplicateMatch> withNationalId(String nationalId, Long excludeId) {
        return matches("nationalId", "SELECT a.id, a.name FROM AccountEntity a WHERE a.nationalId = :value",
                nationalId, excludeId).stream().findFirst();
    }

    /** Which of these national IDs are already stored: one unique-index lookup each (see ContactRepository). */
    public Set<String> storedNationalIds(Collection<String> nationalIds) {
        TypedQuery<Long> lookup = em.createQuery("SELECT a.id FROM AccountEntity a WHERE a.nationalId = :id", Long.class);
        Set<String> stored = new HashSet<>();
        for (String nationalId : nationalIds) {
            if (!lookup.setParameter("id", nationalId).getResultList().isEmpty()) {
                stored.add(nationalId);
            }
        }
        return stored;
    }

    /** Accounts other than {@code excludeId} with the same name (as sorted) or sharing a phone number. */
    public List<DuplicateMatch> sharingNameOrPhone(String sortName, Collection<String> phoneNumbers, Long excludeId) {
        List<DuplicateMatch> found = new ArrayList<>();
        if (sortName != null) {
            found.addAll(matches("name", "SELECT a.id, a.name FROM AccountEntity a WHERE a.sortName = :value", sortName, excludeId));
        }
        for (String number : new HashSet<>(phoneNumbers)) {
            found.addAll(matches("phones", "SELECT a.id, a.name FROM AccountPhoneEntity p, AccountEntity a"
                    + " WHERE p.number = :value AND a.id = p.accountId", number, excludeId));
        }
        return found.stream().distinct().toList();
    }

    public void insert(AccountEntity account, List<Phone> phones, List<Address> addresses, Set<String> tokens) {
        em.persist(account);
        addItems(account.id(), phones, addresses);
        addTokens(account, tokens);
    }

    /** Rewrites the account's phones, addresses and tokens; call after {@link AccountEntity#apply}. */
    public void replaceDetails(AccountEntity account, List<Phone> phones, List<Address> addresses, Set<String> tokens) {
        deleteDetails(account.id());
        addItems(account.id(), phones, addresses);
        addTokens(account, tokens);
    }

    public void delete(AccountEntity account) {
        deleteDetails(account.id());
        em.remove(account);
    }

    private void deleteDetails(long accountId) {
        for (String entity : List.of("AccountPhoneEntity", "AccountAddressEntity")) {
            em.createQuery("DELETE FROM " + entity + " d WHERE d.accountId = :id").setParameter("id", accountId).executeUpdate();
        }
        em.createQuery("DELETE FROM AccountTokenEntity t WHERE t.recordId = :id").setParameter("id", accountId).executeUpdate();
    }

    private void addItems(long accountId, List<Phone> phones, List<Address> addresses) {
        for (int i = 0; i < phones.size(); i++) {
            em.persist(new AccountPhoneEntity(accountId, i, phones.get(i)));
        }
        for (int i = 0; i < addresses.size(); i++) {
            em.persist(new AccountAddressEntity(accountId, i, addresses.get(i)));
        }
    }

    private void addTokens(AccountEntity account, Set<String> tokens) {
        String sortName = account.sortName();
        Instant createdAt = account.createdAt();
        for (String token : tokens) {
            em.persist(new AccountTokenEntity(account.id(), token, sortName, createdAt));
        }
    }

    private List<DuplicateMatch> matches(String field, String jpql, String value, Long excludeId) {
        return em.createQuery(jpql, Object[].class)
                .setParameter("value", value)
                .setMaxResults(MAX_MATCHES + 1)
                .getResultList().stream()
                .filter(row -> !row[0].equals(excludeId))
                .limit(MAX_MATCHES)
                .map(row -> new DuplicateMatch(field, (Long) row[0], (String) row[1]))
                .toList();
    }
}
