package org.peyvand.module.accounts.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.DuplicateMatch;
import org.peyvand.module.accounts.DuplicateWarningException;
import org.peyvand.module.accounts.ImportProgress;
import org.peyvand.module.accounts.ImportResult;
import org.peyvand.module.accounts.ImportResult.RowError;
import org.peyvand.module.accounts.Phone;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.csv.AccountCsv;
import org.peyvand.module.accounts.internal.csv.CsvRow;
import org.peyvand.module.accounts.internal.csv.CsvWriter;
import org.peyvand.module.accounts.internal.jpa.AccountEntity;
import org.peyvand.module.accounts.internal.jpa.AccountRepository;
import org.peyvand.module.accounts.internal.jpa.ContactRepository;
import org.peyvand.module.accounts.internal.jpa.RecordSearch;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.validation.IranianIdentifiers;
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

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccountValidator validator = new AccountValidator();

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public AccountServiceImpl(@Reference(target = "(osgi.unit.name=crm.accounts)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.accounts)") SchemaReady schema,
            @Reference AccessGuard guard, @Reference RecordAccess access, @Reference AuditTrail audit) {
        this(new Transactions(jpa), guard, access, audit, Clock.systemUTC());
    }

    AccountServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, Clock clock) {
        this.tx = tx;
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
        return tx.read(em -> page(em, filter(caller, query), order, after, page.limit())).map(a -> AccountFields.mask(a, fields));
    }

    @Override
    public long count(Caller caller, RecordQuery query) {
        guard.require(caller, Permissions.ACCOUNT_READ);
        return tx.read(em -> new RecordSearch(em, RecordSearch.Target.ACCOUNTS).count(filter(caller, query)));
    }

    @Override
    public Account get(Caller caller, long id) {
        guard.require(caller, Permissions.ACCOUNT_READ);
        RecordScope scope = access.scope(caller, AccountFields.TYPE);
        return AccountFields.mask(tx.read(em -> visible(em, scope, id)), access.fields(caller, AccountFields.TYPE));
    }

    @Override
    public Account create(Caller caller, AccountInput input, boolean confirmDuplicates) {
        guard.require(caller, Permissions.ACCOUNT_CREATE);
        FieldAccess fields = access.fields(caller, AccountFields.TYPE);
        return AccountFields.mask(tx.write(em -> {
            AccountRepository accounts = new AccountRepository(em);
            AccountInput valid = validator.validate(input, caller.username(), null, accounts);
            AccountFields.refuseLockedChanges(valid, null, caller.username(), fields);
            refuseTakenNationalId(accounts, valid, null);
            if (!confirmDuplicates) {
                List<DuplicateMatch> shared = accounts.sharingNameOrPhone(SortKeys.of(valid.name()), numbers(valid), null);
                if (!shared.isEmpty()) {
                    throw new DuplicateWarningException(shared);
                }
            }
            return valid;
        }, (em, valid) -> {
            AccountEntity account = new AccountEntity(valid, caller.unitId(), now());
            AccountRepository accounts = new AccountRepository(em);
            accounts.insert(account, valid.phones(), valid.addresses(), SearchTokens.ofAccount(valid));
            em.flush();
            Account created = accounts.get(account.id()).orElseThrow();
            audit.record(caller.username(), AuditTrail.CREATED, AccountFields.TYPE, String.valueOf(created.id()), created.name(),
                    AuditChanges.between(Map.of(), AccountFields.snapshot(created)));
            return created;
        }), fields);
    }

    @Override
    public Account update(Caller caller, long id, AccountInput input, long expectedVersion) {
        guard.require(caller, Permissions.ACCOUNT_UPDATE);
        RecordScope scope = access.scope(caller, AccountFields.TYPE);
        FieldAccess fields = access.fields(caller, AccountFields.TYPE);
        record Change(AccountEntity account, Account before, AccountInput valid) {
        }
        return AccountFields.mask(tx.write(em -> {
            AccountRepository accounts = new AccountRepository(em);
            Account before = visible(em, scope, id);
            AccountEntity account = accounts.find(id).orElseThrow(() -> notFound(id));
            if (account.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            AccountInput valid = validator.validate(AccountFields.keepLocked(input, before, fields), caller.username(), id, accounts);
            AccountFields.refuseLockedChanges(valid, before, caller.username(), fields);
            refuseTakenNationalId(accounts, valid, id);
            return new Change(account, before, valid);
        }, (em, change) -> {
            AccountEntity account = change.account();
            AccountInput valid = change.valid();
            boolean renamed = !account.name().equals(valid.name());
            account.apply(valid, now());
            AccountRepository accounts = new AccountRepository(em);
            accounts.replaceDetails(account, valid.phones(), valid.addresses(), SearchTokens.ofAccount(valid));
            if (renamed) {
                new ContactRepository(em).reindexAccount(id, valid.name());
            }
            em.flush();
            Account after = accounts.get(id).orElseThrow();
            audit.record(caller.username(), AuditTrail.UPDATED, AccountFields.TYPE, String.valueOf(id), after.name(),
                    AuditChanges.between(AccountFields.snapshot(change.before()), AccountFields.snapshot(after)));
            return after;
        }), fields);
    }

    @Override
    public void delete(Caller caller, long id) {
        guard.require(caller, Permissions.ACCOUNT_DELETE);
        RecordScope scope = access.scope(caller, AccountFields.TYPE);
        record Gone(AccountEntity account, Account before) {
        }
        tx.write(em -> {
            AccountRepository accounts = new AccountRepository(em);
            Account before = visible(em, scope, id);
            AccountEntity account = accounts.find(id).orElseThrow(() -> notFound(id));
            if (accounts.hasChildren(id) || new ContactRepository(em).anyInAccount(id)) {
                throw new ConflictException("accounts.error.accountInUse", List.of());
            }
            return new Gone(account, before);
        }, (em, gone) -> {
            new AccountRepository(em).delete(gone.account());
            audit.record(caller.username(), AuditTrail.DELETED, AccountFields.TYPE, String.valueOf(id), gone.before().name(),
                    AuditChanges.between(AccountFields.snapshot(gone.before()), Map.of()));
            return null;
        });
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
    public ImportResult importCsv(Caller caller, byte[] csv, ImportProgress progress) {
        guard.require(caller, Permissions.ACCOUNT_IMPORT);
        List<CsvRow> rows = AccountCsv.reader(BatchImport.MAX_ROWS).read(csv);
        Set<String> nationalIdsInFile = new HashSet<>();
        FieldAccess fields = access.fields(caller, AccountFields.TYPE);
        return BatchImport.run(rows, progress, batch -> importBatch(batch, caller, fields, nationalIdsInFile));
    }

    @Override
    public void exportCsv(Caller caller, RecordQuery query, OutputStream out) {
        guard.require(caller, Permissions.ACCOUNT_EXPORT);
        RecordSearch.Filter filter = filter(caller, query);
        FieldAccess fields = access.fields(caller, AccountFields.TYPE);
        ListOrder order = new ListOrder(true, false);
        CsvWriter csv = new CsvWriter(out, AccountCsv.EXPORT_HEADER);
        Optional<ListOrder.Position> after = Optional.empty();
        do {
            Optional<ListOrder.Position> from = after;
            Page<Account> page = tx.read(em -> page(em, filter, order, from, EXPORT_PAGE));
            page.items().forEach(account -> csv.row(AccountCsv.toRow(AccountFields.mask(account, fields))));
            csv.flush();
            after = page.hasNext() ? order.after(page.nextCursor()) : Optional.empty();
        } while (after.isPresent());
    }

    /** Validates a batch like {@link #create} (without duplicate warnings) and stores its valid rows together. */
    private BatchImport.Outcome importBatch(List<CsvRow> rows, Caller caller, FieldAccess fields, Set<String> nationalIdsInFile) {
        record Checked(List<AccountInput> accepted, List<RowError> errors) {
        }
        return tx.write(em -> {
            AccountRepository accounts = new AccountRepository(em);
            List<List<FieldError>> problems = new ArrayList<>();
            List<AccountInput> inputs = new ArrayList<>();
            for (CsvRow row : rows) {
                List<FieldError> rowProblems = new ArrayList<>();
                if (row.extraValues()) {
                    rowProblems.add(FieldError.of("row", "accounts.import.tooManyValues"));
                }
                AccountInput input = AccountCsv.toInput(row);
                try {
                    input = validator.validate(input, caller.username(), null, accounts);
                    AccountFields.refuseLockedChanges(input, null, caller.username(), fields);
                } catch (ValidationException invalid) {
                    invalid.fieldErrors().stream().map(AccountCsv::toColumn).forEach(rowProblems::add);
                }
                inputs.add(input);
                problems.add(rowProblems);
            }
            Set<String> stored = accounts.storedNationalIds(IntStream.range(0, inputs.size())
                    .filter(i -> problems.get(i).isEmpty())
                    .mapToObj(i -> inputs.get(i).nationalId())
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            List<AccountInput> accepted = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                String nationalId = inputs.get(i).nationalId();
                if (problems.get(i).isEmpty() && nationalId != null
                        && (stored.contains(nationalId) || !nationalIdsInFile.add(nationalId))) {
                    problems.get(i).add(FieldError.of("nationalId", "core.error.duplicate"));
                }
                if (problems.get(i).isEmpty()) {
                    accepted.add(inputs.get(i));
                } else {
                    errors.add(new RowError(rows.get(i).number(), problems.get(i)));
                }
            }
            return new Checked(accepted, errors);
        }, (em, checked) -> {
            AccountRepository accounts = new AccountRepository(em);
            Instant now = now();
            for (AccountInput input : checked.accepted()) {
                AccountEntity account = new AccountEntity(input, caller.unitId(), now);
                accounts.insert(account, input.phones(), input.addresses(), SearchTokens.ofAccount(input));
                audit.record(caller.username(), AuditTrail.CREATED, AccountFields.TYPE, String.valueOf(account.id()), input.name(),
                        AuditChanges.between(Map.of(), AccountFields.snapshot(input)));
            }
            return new BatchImport.Outcome(checked.accepted().size(), checked.errors());
        });
    }

    private Page<Account> page(EntityManager em, RecordSearch.Filter filter, ListOrder order,
            Optional<ListOrder.Position> after, int limit) {
        RecordSearch.IdPage ids = new RecordSearch(em, RecordSearch.Target.ACCOUNTS).page(filter, order, after, limit);
        return new Page<>(new AccountRepository(em).load(ids.ids()), ids.nextCursor());
    }

    /** Accounts have no account filter; {@code accountId} of the query is ignored. */
    private RecordSearch.Filter filter(Caller caller, RecordQuery query) {
        RecordQuery q = query == null ? RecordQuery.ALL : query;
        return new RecordSearch.Filter(access.scope(caller, AccountFields.TYPE), SearchTokens.ofQuery(q.q()), null);
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
