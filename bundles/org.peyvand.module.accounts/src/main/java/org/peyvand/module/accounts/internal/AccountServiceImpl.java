package org.peyvand.module.accounts.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.DuplicateMatch;
import org.peyvand.module.accounts.DuplicateWarningException;
import org.peyvand.module.accounts.ImportResult;
import org.peyvand.module.accounts.ImportResult.RowError;
import org.peyvand.module.accounts.Phone;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.csv.AccountCsv;
import org.peyvand.module.accounts.internal.csv.CsvRow;
import org.peyvand.module.accounts.internal.csv.CsvWriter;
import org.peyvand.module.accounts.internal.csv.CustomColumns;
import org.peyvand.module.accounts.internal.jpa.AccountEntity;
import org.peyvand.module.accounts.internal.jpa.AccountRepository;
import org.peyvand.module.accounts.internal.jpa.ContactRepository;
import org.peyvand.module.accounts.internal.jpa.RecordSearch;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.event.RecordEvents;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.text.SearchWords;
import org.peyvand.platform.core.validation.IranianIdentifiers;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.RecordLinks;
import org.peyvand.platform.form.CustomValues;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;

@Component(service = AccountService.class)
public class AccountServiceImpl implements AccountService {
    private static final int EXPORT_PAGE = 500;
    /** Bounded IN lists: many accounts are named in slices. */
    private static final int NAMED_AT_ONCE = 500;

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccountValidator validator = new AccountValidator();
    private final CustomFields custom;
    private final RecordEvents events;
    private final RecordLinks links;

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public AccountServiceImpl(@Reference(target = "(osgi.unit.name=crm.accounts)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.accounts)") SchemaReady schema,
            @Reference AccessGuard guard, @Reference RecordAccess access, @Reference AuditTrail audit, @Reference CustomFields custom,
            @Reference EventAdmin events, @Reference RecordLinks links) {
        this(new Transactions(jpa), guard, access, audit, custom, new RecordEvents(events), links, Clock.systemUTC());
    }

    AccountServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, CustomFields custom, RecordEvents events,
            RecordLinks links, Clock clock) {
        this.tx = tx;
        this.events = events;
        this.links = links;
        this.custom = custom;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Page<Account> search(Caller caller, RecordQuery query, PageRequest page) {
        guard.require(caller, Permissions.ACCOUNT_READ);
        ListOrder order = ListOrder.of(page);
        Optional<ListOrder.Position> after = order.after(page.cursor());
        FieldAccess fields = access.fields(caller, AccountFields.TYPE);
        RecordSearch.Filter filter = filter(caller, query)
                .sortedBy(order.byCustomField() ? custom.sort(caller, AccountFields.TYPE, order.customField()) : null);
        return withCustom(caller, tx.read(em -> page(em, filter, order, after, page.limit())).map(a -> AccountFields.mask(a, fields)));
    }

    @Override
    public long count(Caller caller, RecordQuery query) {
        guard.require(caller, Permissions.ACCOUNT_READ);
        return tx.read(em -> new RecordSearch(em, RecordSearch.Target.ACCOUNTS).count(filter(caller, query)));
    }

    @Override
    public Map<Long, String> names(Caller caller, Collection<Long> ids) {
        guard.require(caller, Permissions.ACCOUNT_READ);
        RecordScope scope = access.scope(caller, AccountFields.TYPE);
        FieldAccess fields = access.fields(caller, AccountFields.TYPE);
        List<Long> distinct = ids.stream().distinct().toList();
        return tx.read(em -> {
            AccountRepository accounts = new AccountRepository(em);
            Map<Long, String> names = new LinkedHashMap<>();
            for (int start = 0; start < distinct.size(); start += NAMED_AT_ONCE) {
                List<Long> slice = distinct.subList(start, Math.min(distinct.size(), start + NAMED_AT_ONCE));
                accounts.visibleNamesAndOwners(scope, slice).forEach(row -> names.put((Long) row[0], fields.shown("name", (String) row[1])));
            }
            return names;
        });
    }

    @Override
    public String owner(Caller caller, long id) {
        guard.require(caller, Permissions.ACCOUNT_READ);
        RecordScope scope = access.scope(caller, AccountFields.TYPE);
        FieldAccess fields = access.fields(caller, AccountFields.TYPE);
        Object[] row = tx.read(em -> new AccountRepository(em).visibleNamesAndOwners(scope, List.of(id))).stream().findFirst()
                .orElseThrow(() -> notFound(id));
        return fields.shown("owner", (String) row[2]);
    }

    @Override
    public Account get(Caller caller, long id) {
        guard.require(caller, Permissions.ACCOUNT_READ);
        RecordScope scope = access.scope(caller, AccountFields.TYPE);
        Account account = AccountFields.mask(tx.read(em -> visible(em, scope, id)), access.fields(caller, AccountFields.TYPE));
        return account.withCustom(custom.values(caller, AccountFields.TYPE, List.of(id)).getOrDefault(id, Map.of()));
    }

    @Override
    public Account create(Caller caller, AccountInput input, boolean confirmDuplicates) {
        guard.require(caller, Permissions.ACCOUNT_CREATE);
        FieldAccess fields = access.fields(caller, AccountFields.TYPE);
        Account changed = AccountFields.mask(tx.write(em -> {
            AccountRepository accounts = new AccountRepository(em);
            WithCustom.Checked<AccountInput> checked = WithCustom.check(input, in -> validator.validate(in, caller.username(), null, accounts),
                    in -> custom.check(caller, AccountFields.TYPE, null, input.custom(), AccountFields.values(in)));
            AccountInput valid = checked.valid();
            AccountFields.refuseLockedChanges(valid, null, caller.username(), fields);
            refuseTakenNationalId(accounts, valid, null);
            if (!confirmDuplicates) {
                List<DuplicateMatch> shared = accounts.sharingNameOrPhone(SortKeys.of(valid.name()), numbers(valid), null);
                if (!shared.isEmpty()) {
                    throw new DuplicateWarningException(shared);
                }
            }
            return checked;
        }, (em, checked) -> {
            AccountInput valid = checked.valid();
            AccountEntity account = new AccountEntity(valid, caller.unitId(), now());
            AccountRepository accounts = new AccountRepository(em);
            accounts.insert(account, valid.phones(), valid.addresses(),
                    SearchTokens.with(SearchTokens.ofAccount(valid), custom.searchableText(checked.custom())));
            em.flush();
            custom.store(AccountFields.TYPE, account.id(), checked.custom());
            Account created = accounts.get(account.id()).orElseThrow().withCustom(WithCustom.filled(checked.custom().after()));
            audit.record(caller.username(), AuditTrail.CREATED, AccountFields.TYPE, String.valueOf(created.id()), created.name(),
                    AuditChanges.between(Map.of(), AccountFields.snapshot(created)));
            return created;
        }), fields);
        events.created(AccountFields.TYPE, changed.id(), caller.username());
        return changed;
    }

    @Override
    public Account update(Caller caller, long id, AccountInput input, long expectedVersion) {
        guard.require(caller, Permissions.ACCOUNT_UPDATE);
        RecordScope scope = access.scope(caller, AccountFields.TYPE);
        FieldAccess fields = access.fields(caller, AccountFields.TYPE);
        record Change(AccountEntity account, Account before, AccountInput valid, CustomValues custom) {
        }
        Account changed = AccountFields.mask(tx.write(em -> {
            AccountRepository accounts = new AccountRepository(em);
            Account before = visible(em, scope, id);
            AccountEntity account = accounts.find(id).orElseThrow(() -> notFound(id));
            if (account.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            WithCustom.Checked<AccountInput> checked = WithCustom.check(AccountFields.keepLocked(input, before, fields),
                    in -> validator.validate(in, caller.username(), id, accounts),
                    in -> custom.check(caller, AccountFields.TYPE, id, input.custom(), AccountFields.values(in)));
            AccountInput valid = checked.valid();
            AccountFields.refuseLockedChanges(valid, before, caller.username(), fields);
            refuseTakenNationalId(accounts, valid, id);
            return new Change(account, before.withCustom(WithCustom.filled(checked.custom().before())), valid, checked.custom());
        }, (em, change) -> {
            AccountEntity account = change.account();
            AccountInput valid = change.valid();
            boolean renamed = !account.name().equals(valid.name());
            account.apply(valid, now());
            AccountRepository accounts = new AccountRepository(em);
            accounts.replaceDetails(account, valid.phones(), valid.addresses(),
                    SearchTokens.with(SearchTokens.ofAccount(valid), custom.searchableText(change.custom())));
            if (renamed) {
                new ContactRepository(em).reindexAccount(id, valid.name());
            }
            em.flush();
            custom.store(AccountFields.TYPE, id, change.custom());
            Account after = accounts.get(id).orElseThrow().withCustom(WithCustom.filled(change.custom().after()));
            audit.record(caller.username(), AuditTrail.UPDATED, AccountFields.TYPE, String.valueOf(id), after.name(),
                    AuditChanges.between(AccountFields.snapshot(change.before()), AccountFields.snapshot(after)));
            return after;
        }), fields);
        events.updated(AccountFields.TYPE, changed.id(), caller.username());
        return changed;
    }

    @Override
    public void delete(Caller caller, long id, boolean withLinks) {
        guard.require(caller, Permissions.ACCOUNT_DELETE);
        RecordScope scope = access.scope(caller, AccountFields.TYPE);
        if (!withLinks) {
            tx.read(em -> visible(em, scope, id));
            links.requireUnlinked(AccountFields.TYPE, id);
        }
        record Gone(AccountEntity account, Account before) {
        }
        Map<String, Object> customBefore = custom.values(caller, AccountFields.TYPE, List.of(id)).getOrDefault(id, Map.of());
        tx.write(em -> {
            AccountRepository accounts = new AccountRepository(em);
            Account before = visible(em, scope, id).withCustom(customBefore);
            AccountEntity account = accounts.find(id).orElseThrow(() -> notFound(id));
            if (accounts.hasChildren(id) || new ContactRepository(em).anyInAccount(id)) {
                throw new ConflictException("accounts.error.accountInUse", List.of());
            }
            return new Gone(account, before);
        }, (em, gone) -> {
            new AccountRepository(em).delete(gone.account());
            custom.remove(AccountFields.TYPE, id);
            audit.record(caller.username(), AuditTrail.DELETED, AccountFields.TYPE, String.valueOf(id), gone.before().name(),
                    AuditChanges.between(AccountFields.snapshot(gone.before()), Map.of()));
            return null;
        });
        events.deleted(AccountFields.TYPE, id, caller.username());
    }

    /** Lenient on purpose: a form asks while the user is still typing. */
    @Override
    public List<DuplicateMatch> findDuplicates(Caller caller, AccountInput input, Long excludeId) {
        guard.require(caller, Permissions.ACCOUNT_READ);
        String nationalId = Optional.ofNullable(input.nationalId()).filter(IranianIdentifiers::isValidLegalEntityId)
                .map(IranianIdentifiers::digitsOnly).orElse(null);
        String name = Values.clean(input.name());
        List<String> numbers = input.phones().stream()
                .map(phone -> phone == null ? null : IranianIdentifiers.normalizePhone(phone.number()).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        return tx.read(em -> {
            AccountRepository accounts = new AccountRepository(em);
            List<DuplicateMatch> matches = new ArrayList<>();
            if (nationalId != null) {
                accounts.withNationalId(nationalId, excludeId).ifPresent(matches::add);
            }
            matches.addAll(accounts.sharingNameOrPhone(name == null ? null : SortKeys.of(name), numbers, excludeId));
            return matches;
        });
    }

    @Override
    public ImportResult importCsv(Caller caller, byte[] csv, Progress progress) {
        guard.require(caller, Permissions.ACCOUNT_IMPORT);
        FieldAccess fields = access.fields(caller, AccountFields.TYPE);
        CustomColumns customColumns = CustomColumns.of(custom.form(AccountFields.TYPE), fields);
        List<CsvRow> rows = AccountCsv.reader(customColumns, BatchImport.MAX_ROWS).read(csv);
        Set<String> nationalIdsInFile = new HashSet<>();
        return BatchImport.run(rows, progress, batch -> importBatch(batch, caller, fields, customColumns, nationalIdsInFile));
    }

    @Override
    public void exportCsv(Caller caller, RecordQuery query, OutputStream out) {
        guard.require(caller, Permissions.ACCOUNT_EXPORT);
        RecordSearch.Filter filter = filter(caller, query);
        FieldAccess fields = access.fields(caller, AccountFields.TYPE);
        CustomColumns customColumns = CustomColumns.of(custom.form(AccountFields.TYPE), fields);
        ListOrder order = new ListOrder(true, false);
        CsvWriter csv = new CsvWriter(out, customColumns.header(AccountCsv.EXPORT_HEADER));
        Optional<ListOrder.Position> after = Optional.empty();
        do {
            Optional<ListOrder.Position> from = after;
            Page<Account> page = withCustom(caller, tx.read(em -> page(em, filter, order, from, EXPORT_PAGE)));
            page.items().forEach(account -> csv.row(customColumns.row(AccountCsv.toRow(AccountFields.mask(account, fields)),
                    account.custom())));
            csv.flush();
            after = page.hasNext() ? order.after(page.nextCursor()) : Optional.empty();
        } while (after.isPresent());
    }

    /** Validates a batch like {@link #create} (without duplicate warnings) and stores its valid rows together. */
    private BatchImport.Outcome importBatch(List<CsvRow> rows, Caller caller, FieldAccess fields, CustomColumns customColumns,
            Set<String> nationalIdsInFile) {
        record Accepted(AccountInput input, CustomValues custom) {
        }
        record Checked(List<Accepted> accepted, List<RowError> errors) {
        }
        return tx.write(em -> {
            AccountRepository accounts = new AccountRepository(em);
            List<List<FieldError>> problems = new ArrayList<>();
            List<AccountInput> inputs = new ArrayList<>();
            List<CustomValues> customs = new ArrayList<>();
            for (CsvRow row : rows) {
                List<FieldError> rowProblems = new ArrayList<>();
                if (row.extraValues()) {
                    rowProblems.add(FieldError.of("row", "accounts.import.tooManyValues"));
                }
                AccountInput typed = AccountCsv.toInput(row).withCustom(customColumns.values(row));
                AccountInput input = typed;
                CustomValues customValues = null;
                try {
                    WithCustom.Checked<AccountInput> checked = WithCustom.check(typed,
                            in -> validator.validate(in, caller.username(), null, accounts),
                            in -> custom.check(caller, AccountFields.TYPE, null, typed.custom(), AccountFields.values(in)));
                    input = checked.valid();
                    customValues = checked.custom();
                    AccountFields.refuseLockedChanges(input, null, caller.username(), fields);
                } catch (ValidationException invalid) {
                    invalid.fieldErrors().stream().map(AccountCsv::toColumn).forEach(rowProblems::add);
                }
                inputs.add(input);
                customs.add(customValues);
                problems.add(rowProblems);
            }
            Set<String> stored = accounts.storedNationalIds(IntStream.range(0, inputs.size())
                    .filter(i -> problems.get(i).isEmpty())
                    .mapToObj(i -> inputs.get(i).nationalId())
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            List<Accepted> accepted = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                String nationalId = inputs.get(i).nationalId();
                if (problems.get(i).isEmpty() && nationalId != null
                        && (stored.contains(nationalId) || !nationalIdsInFile.add(nationalId))) {
                    problems.get(i).add(FieldError.of("nationalId", "core.error.duplicate"));
                }
                if (problems.get(i).isEmpty()) {
                    accepted.add(new Accepted(inputs.get(i), customs.get(i)));
                } else {
                    errors.add(new RowError(rows.get(i).number(), problems.get(i)));
                }
            }
            return new Checked(accepted, errors);
        }, (em, checked) -> {
            AccountRepository accounts = new AccountRepository(em);
            Instant now = now();
            // the accounts' ids come from the sequence as they are persisted, so their custom values go in one batch after them
            Map<Long, CustomValues> customValues = new LinkedHashMap<>();
            for (Accepted row : checked.accepted()) {
                AccountInput input = row.input();
                AccountEntity account = new AccountEntity(input, caller.unitId(), now);
                accounts.insert(account, input.phones(), input.addresses(),
                        SearchTokens.with(SearchTokens.ofAccount(input), custom.searchableText(row.custom())));
                customValues.put(account.id(), row.custom());
                Map<String, Object> audited = AccountFields.snapshot(input);
                audited.putAll(WithCustom.filled(row.custom().after()));
                audit.record(caller.username(), AuditTrail.CREATED, AccountFields.TYPE, String.valueOf(account.id()), input.name(),
                        AuditChanges.between(Map.of(), audited));
            }
            custom.storeAll(AccountFields.TYPE, customValues);
            return new BatchImport.Outcome(checked.accepted().size(), checked.errors());
        });
    }

    private Page<Account> page(EntityManager em, RecordSearch.Filter filter, ListOrder order,
            Optional<ListOrder.Position> after, int limit) {
        RecordSearch search = new RecordSearch(em, RecordSearch.Target.ACCOUNTS);
        RecordSearch.IdPage ids = filter.sort() == null ? search.page(filter, order, after, limit)
                : search.pageByCustomField(filter, filter.sort(), order, after, limit);
        return new Page<>(new AccountRepository(em).load(ids.ids()), ids.nextCursor());
    }

    /** Accounts have no account filter; {@code accountId} of the query is ignored. */
    private RecordSearch.Filter filter(Caller caller, RecordQuery query) {
        RecordQuery q = query == null ? RecordQuery.ALL : query;
        return new RecordSearch.Filter(access.scope(caller, AccountFields.TYPE), SearchWords.ofQuery(q.q()), null,
                CustomFilters.of(custom, caller, AccountFields.TYPE, q.custom()), null);
    }

    /** The page's custom values, read in one query. */
    private Page<Account> withCustom(Caller caller, Page<Account> page) {
        Map<Long, Map<String, Object>> values = custom.values(caller, AccountFields.TYPE, page.items().stream().map(Account::id).toList());
        return page.map(a -> a.withCustom(values.getOrDefault(a.id(), Map.of())));
    }

    /** An account outside the caller's scope is reported missing, so its existence does not leak. */
    private static Account visible(EntityManager em, RecordScope scope, long id) {
        AccountRepository accounts = new AccountRepository(em);
        return accounts.find(id).filter(a -> scope.allows(a.owner(), a.ownerUnitId())).flatMap(a -> accounts.get(id))
                .orElseThrow(() -> notFound(id));
    }

    private static List<String> numbers(AccountInput valid) {
        return valid.phones().stream().map(Phone::number).toList();
    }

    private static void refuseTakenNationalId(AccountRepository accounts, AccountInput valid, Long excludeId) {
        if (valid.nationalId() != null) {
            accounts.withNationalId(valid.nationalId(), excludeId).ifPresent(owner -> {
                throw new ConflictException("accounts.error.nationalIdTaken",
                        List.of(FieldError.of("nationalId", "core.error.duplicate")), owner.name(), owner.id());
            });
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("accounts.error.accountNotFound", id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
