package org.peyvand.module.accounts.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.DuplicateMatch;
import org.peyvand.module.accounts.DuplicateWarningException;
import org.peyvand.module.accounts.ImportResult;
import org.peyvand.module.accounts.ImportResult.RowError;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.csv.ContactCsv;
import org.peyvand.module.accounts.internal.csv.CsvRow;
import org.peyvand.module.accounts.internal.csv.CsvWriter;
import org.peyvand.module.accounts.internal.csv.CustomColumns;
import org.peyvand.module.accounts.internal.jpa.AccountRepository;
import org.peyvand.module.accounts.internal.jpa.ContactEntity;
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

@Component(service = ContactService.class)
public class ContactServiceImpl implements ContactService {
    private static final int EXPORT_PAGE = 500;
    /** The most account ids one IN list of a count carries. */
    private static final int COUNTED_AT_ONCE = 500;

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final ContactValidator validator;
    private final CustomFields custom;
    private final RecordEvents events;
    private final RecordLinks links;

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public ContactServiceImpl(@Reference(target = "(osgi.unit.name=crm.accounts)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.accounts)") SchemaReady schema,
            @Reference AccessGuard guard, @Reference RecordAccess access, @Reference AuditTrail audit, @Reference CustomFields custom,
            @Reference EventAdmin events, @Reference RecordLinks links) {
        this(new Transactions(jpa), guard, access, audit, custom, new RecordEvents(events), links, Clock.systemDefaultZone());
    }

    ContactServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, CustomFields custom, RecordEvents events,
            RecordLinks links, Clock clock) {
        this.tx = tx;
        this.events = events;
        this.links = links;
        this.custom = custom;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.validator = new ContactValidator(clock);
    }

    @Override
    public Page<Contact> search(Caller caller, RecordQuery query, PageRequest page) {
        guard.require(caller, Permissions.CONTACT_READ);
        ListOrder order = ListOrder.of(page);
        Optional<ListOrder.Position> after = order.after(page.cursor());
        FieldAccess fields = access.fields(caller, ContactFields.TYPE);
        RecordSearch.Filter filter = filter(caller, query)
                .sortedBy(order.byCustomField() ? custom.sort(caller, ContactFields.TYPE, order.customField()) : null);
        return withCustom(caller, tx.read(em -> page(em, filter, order, after, page.limit())).map(c -> ContactFields.mask(c, fields)));
    }

    @Override
    public long count(Caller caller, RecordQuery query) {
        guard.require(caller, Permissions.CONTACT_READ);
        return tx.read(em -> new RecordSearch(em, RecordSearch.Target.CONTACTS).count(filter(caller, query)));
    }

    @Override
    public Map<Long, Long> countByAccount(Caller caller, Collection<Long> accountIds) {
        guard.require(caller, Permissions.CONTACT_READ);
        RecordScope scope = access.scope(caller, ContactFields.TYPE);
        List<Long> ids = accountIds.stream().distinct().toList();
        return tx.read(em -> {
            ContactRepository contacts = new ContactRepository(em);
            Map<Long, Long> counts = new HashMap<>();
            // bounded IN lists: many accounts are counted in slices
            for (int start = 0; start < ids.size(); start += COUNTED_AT_ONCE) {
                counts.putAll(contacts.countByAccount(scope, ids.subList(start, Math.min(ids.size(), start + COUNTED_AT_ONCE))));
            }
            return counts;
        });
    }

    @Override
    public Map<Long, String> names(Caller caller, Collection<Long> ids) {
        guard.require(caller, Permissions.CONTACT_READ);
        RecordScope scope = access.scope(caller, ContactFields.TYPE);
        FieldAccess fields = access.fields(caller, ContactFields.TYPE);
        List<Long> distinct = ids.stream().distinct().toList();
        return tx.read(em -> {
            ContactRepository contacts = new ContactRepository(em);
            Map<Long, String> names = new LinkedHashMap<>();
            for (int start = 0; start < distinct.size(); start += COUNTED_AT_ONCE) {
                List<Long> slice = distinct.subList(start, Math.min(distinct.size(), start + COUNTED_AT_ONCE));
                contacts.visibleNamesAndOwners(scope, slice).forEach(row -> names.put((Long) row[0],
                        Contact.fullName(fields.shown("firstName", (String) row[1]), fields.shown("lastName", (String) row[2]))));
            }
            return names;
        });
    }

    @Override
    public String owner(Caller caller, long id) {
        guard.require(caller, Permissions.CONTACT_READ);
        RecordScope scope = access.scope(caller, ContactFields.TYPE);
        FieldAccess fields = access.fields(caller, ContactFields.TYPE);
        Object[] row = tx.read(em -> new ContactRepository(em).visibleNamesAndOwners(scope, List.of(id))).stream().findFirst()
                .orElseThrow(() -> notFound(id));
        return fields.shown("owner", (String) row[3]);
    }

    @Override
    public Contact get(Caller caller, long id) {
        guard.require(caller, Permissions.CONTACT_READ);
        RecordScope scope = access.scope(caller, ContactFields.TYPE);
        Contact contact = ContactFields.mask(tx.read(em -> visible(em, scope, id)), access.fields(caller, ContactFields.TYPE));
        return contact.withCustom(custom.values(caller, ContactFields.TYPE, List.of(id)).getOrDefault(id, Map.of()));
    }

    @Override
    public Contact create(Caller caller, ContactInput input, boolean confirmDuplicates) {
        guard.require(caller, Permissions.CONTACT_CREATE);
        FieldAccess fields = access.fields(caller, ContactFields.TYPE);
        Contact changed = ContactFields.mask(tx.write(em -> {
            ContactRepository contacts = new ContactRepository(em);
            WithCustom.Checked<ContactInput> checked = WithCustom.check(input, in -> validator.validate(in, new AccountRepository(em)::exists),
                    in -> custom.check(caller, ContactFields.TYPE, null, input.custom(), ContactFields.values(in)));
            ContactInput valid = checked.valid();
            ContactFields.refuseLockedChanges(valid, null, fields);
            refuseTakenNationalCode(contacts, valid, null);
            if (!confirmDuplicates) {
                List<DuplicateMatch> shared = contacts.sharingMobileOrEmail(valid.mobile(), valid.email(), null);
                if (!shared.isEmpty()) {
                    throw new DuplicateWarningException(shared);
                }
            }
            return checked;
        }, (em, checked) -> {
            ContactInput valid = checked.valid();
            ContactEntity contact = new ContactEntity(valid, caller.username(), caller.unitId(), now());
            String accountName = accountName(em, valid.accountId());
            new ContactRepository(em).insert(contact, SearchTokens.with(SearchTokens.ofContact(valid, accountName),
                    custom.searchableText(checked.custom())));
            em.flush();
            custom.store(ContactFields.TYPE, contact.id(), checked.custom());
            Contact created = contact.toContact(accountName).withCustom(WithCustom.filled(checked.custom().after()));
            audit.record(caller.username(), AuditTrail.CREATED, ContactFields.TYPE, String.valueOf(created.id()), created.fullName(),
                    AuditChanges.between(Map.of(), ContactFields.snapshot(created)));
            return created;
        }), fields);
        events.created(ContactFields.TYPE, changed.id(), caller.username());
        return changed;
    }

    @Override
    public Contact update(Caller caller, long id, ContactInput input, long expectedVersion) {
        guard.require(caller, Permissions.CONTACT_UPDATE);
        RecordScope scope = access.scope(caller, ContactFields.TYPE);
        FieldAccess fields = access.fields(caller, ContactFields.TYPE);
        record Change(ContactEntity contact, Contact before, ContactInput valid, CustomValues custom) {
        }
        Contact changed = ContactFields.mask(tx.write(em -> {
            ContactRepository contacts = new ContactRepository(em);
            Contact before = visible(em, scope, id);
            ContactEntity contact = contacts.find(id).orElseThrow(() -> notFound(id));
            if (contact.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            WithCustom.Checked<ContactInput> checked = WithCustom.check(ContactFields.keepLocked(input, before, fields),
                    in -> validator.validate(in, new AccountRepository(em)::exists),
                    in -> custom.check(caller, ContactFields.TYPE, id, input.custom(), ContactFields.values(in)));
            ContactInput valid = checked.valid();
            ContactFields.refuseLockedChanges(valid, before, fields);
            refuseTakenNationalCode(contacts, valid, id);
            return new Change(contact, before.withCustom(WithCustom.filled(checked.custom().before())), valid, checked.custom());
        }, (em, change) -> {
            change.contact().apply(change.valid(), now());
            String accountName = accountName(em, change.valid().accountId());
            new ContactRepository(em).replaceTokens(change.contact(), SearchTokens.with(SearchTokens.ofContact(change.valid(), accountName),
                    custom.searchableText(change.custom())));
            em.flush();
            custom.store(ContactFields.TYPE, id, change.custom());
            Contact after = change.contact().toContact(accountName).withCustom(WithCustom.filled(change.custom().after()));
            audit.record(caller.username(), AuditTrail.UPDATED, ContactFields.TYPE, String.valueOf(id), after.fullName(),
                    AuditChanges.between(ContactFields.snapshot(change.before()), ContactFields.snapshot(after)));
            return after;
        }), fields);
        events.updated(ContactFields.TYPE, changed.id(), caller.username());
        return changed;
    }

    @Override
    public void delete(Caller caller, long id, boolean withLinks) {
        guard.require(caller, Permissions.CONTACT_DELETE);
        RecordScope scope = access.scope(caller, ContactFields.TYPE);
        if (!withLinks) {
            tx.read(em -> visible(em, scope, id));
            links.requireUnlinked(ContactFields.TYPE, id);
        }
        record Gone(ContactEntity contact, Contact before) {
        }
        Map<String, Object> customBefore = custom.values(caller, ContactFields.TYPE, List.of(id)).getOrDefault(id, Map.of());
        tx.write(em -> new Gone(new ContactRepository(em).find(id).orElseThrow(() -> notFound(id)),
                visible(em, scope, id).withCustom(customBefore)),
                (em, gone) -> {
                    new ContactRepository(em).delete(gone.contact());
                    custom.remove(ContactFields.TYPE, id);
                    audit.record(caller.username(), AuditTrail.DELETED, ContactFields.TYPE, String.valueOf(id), gone.before().fullName(),
                            AuditChanges.between(ContactFields.snapshot(gone.before()), Map.of()));
                    return null;
                });
        events.deleted(ContactFields.TYPE, id, caller.username());
    }

    /**
     * Lenient on purpose: a form asks while the user is still typing, so values that are not valid
     * yet are simply not looked up.
     */
    @Override
    public List<DuplicateMatch> findDuplicates(Caller caller, ContactInput input, Long excludeId) {
        guard.require(caller, Permissions.CONTACT_READ);
        String nationalCode = Optional.ofNullable(input.nationalCode()).filter(IranianIdentifiers::isValidNationalCode)
                .map(IranianIdentifiers::digitsOnly).orElse(null);
        String mobile = IranianIdentifiers.normalizeMobile(input.mobile()).orElse(null);
        String email = Optional.ofNullable(Values.clean(input.email())).map(e -> e.toLowerCase(Locale.ROOT)).orElse(null);
        return tx.read(em -> {
            ContactRepository contacts = new ContactRepository(em);
            List<DuplicateMatch> matches = new ArrayList<>();
            if (nationalCode != null) {
                contacts.withNationalCode(nationalCode, excludeId).ifPresent(matches::add);
            }
            matches.addAll(contacts.sharingMobileOrEmail(mobile, email, excludeId));
            return matches;
        });
    }

    @Override
    public ImportResult importCsv(Caller caller, byte[] csv, Progress progress) {
        guard.require(caller, Permissions.CONTACT_IMPORT);
        FieldAccess fields = access.fields(caller, ContactFields.TYPE);
        CustomColumns customColumns = CustomColumns.of(custom.form(ContactFields.TYPE), fields);
        List<CsvRow> rows = ContactCsv.reader(customColumns, BatchImport.MAX_ROWS).read(csv);
        Set<String> nationalCodesInFile = new HashSet<>();
        return BatchImport.run(rows, progress, batch -> importBatch(batch, caller, fields, customColumns, nationalCodesInFile));
    }

    @Override
    public void exportCsv(Caller caller, RecordQuery query, OutputStream out) {
        guard.require(caller, Permissions.CONTACT_EXPORT);
        RecordSearch.Filter filter = filter(caller, query);
        FieldAccess fields = access.fields(caller, ContactFields.TYPE);
        CustomColumns customColumns = CustomColumns.of(custom.form(ContactFields.TYPE), fields);
        ListOrder order = new ListOrder(true, false);
        CsvWriter csv = new CsvWriter(out, customColumns.header(ContactCsv.EXPORT_HEADER));
        Optional<ListOrder.Position> after = Optional.empty();
        do {
            Optional<ListOrder.Position> from = after;
            Page<Contact> page = withCustom(caller, tx.read(em -> page(em, filter, order, from, EXPORT_PAGE)));
            page.items().forEach(contact -> csv.row(customColumns.row(ContactCsv.toRow(ContactFields.mask(contact, fields)), contact.custom())));
            csv.flush();
            after = page.hasNext() ? order.after(page.nextCursor()) : Optional.empty();
        } while (after.isPresent());
    }

    /** Validates a batch like {@link #create} (without duplicate warnings) and stores its valid rows together. */
    private BatchImport.Outcome importBatch(List<CsvRow> rows, Caller caller, FieldAccess fields, CustomColumns customColumns,
            Set<String> nationalCodesInFile) {
        record Accepted(ContactInput input, CustomValues custom) {
        }
        record Checked(List<Accepted> accepted, List<RowError> errors, Map<Long, String> accountNames) {
        }
        return tx.write(em -> {
            List<List<FieldError>> problems = new ArrayList<>();
            List<ContactInput> inputs = new ArrayList<>();
            for (CsvRow row : rows) {
                List<FieldError> rowProblems = new ArrayList<>();
                if (row.extraValues()) {
                    rowProblems.add(FieldError.of("row", "accounts.import.tooManyValues"));
                }
                inputs.add(ContactCsv.toInput(row, rowProblems).withCustom(customColumns.values(row)));
                problems.add(rowProblems);
            }
            Map<Long, String> accountNames = new AccountRepository(em)
                    .names(inputs.stream().map(ContactInput::accountId).filter(Objects::nonNull).collect(Collectors.toSet()));
            List<CustomValues> customValues = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                ContactInput input = inputs.get(i);
                try {
                    WithCustom.Checked<ContactInput> checked = WithCustom.check(input, in -> validator.validate(in, accountNames::containsKey),
                            in -> custom.check(caller, ContactFields.TYPE, null, input.custom(), ContactFields.values(in)));
                    inputs.set(i, checked.valid());
                    customValues.add(checked.custom());
                    ContactFields.refuseLockedChanges(inputs.get(i), null, fields);
                } catch (ValidationException invalid) {
                    problems.get(i).addAll(invalid.fieldErrors());
                    customValues.add(null);
                }
            }
            Set<String> stored = new ContactRepository(em).storedNationalCodes(IntStream.range(0, inputs.size())
                    .filter(i -> problems.get(i).isEmpty())
                    .mapToObj(i -> inputs.get(i).nationalCode())
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            List<Accepted> accepted = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                String code = inputs.get(i).nationalCode();
                if (problems.get(i).isEmpty() && code != null && (stored.contains(code) || !nationalCodesInFile.add(code))) {
                    problems.get(i).add(FieldError.of("nationalCode", "core.error.duplicate"));
                }
                if (problems.get(i).isEmpty()) {
                    accepted.add(new Accepted(inputs.get(i), customValues.get(i)));
                } else {
                    errors.add(new RowError(rows.get(i).number(), problems.get(i)));
                }
            }
            return new Checked(accepted, errors, accountNames);
        }, (em, checked) -> {
            ContactRepository contacts = new ContactRepository(em);
            Instant now = now();
            // the contacts' ids come from the sequence as they are persisted, so their custom values go in one batch after them
            Map<Long, CustomValues> customValues = new LinkedHashMap<>();
            for (Accepted row : checked.accepted()) {
                ContactInput input = row.input();
                String accountName = input.accountId() == null ? null : checked.accountNames().get(input.accountId());
                ContactEntity contact = new ContactEntity(input, caller.username(), caller.unitId(), now);
                contacts.insert(contact, SearchTokens.with(SearchTokens.ofContact(input, accountName), custom.searchableText(row.custom())));
                customValues.put(contact.id(), row.custom());
                Contact created = contact.toContact(accountName).withCustom(WithCustom.filled(row.custom().after()));
                audit.record(caller.username(), AuditTrail.CREATED, ContactFields.TYPE, String.valueOf(created.id()), created.fullName(),
                        AuditChanges.between(Map.of(), ContactFields.snapshot(created)));
            }
            custom.storeAll(ContactFields.TYPE, customValues);
            return new BatchImport.Outcome(checked.accepted().size(), checked.errors());
        });
    }

    private Page<Contact> page(EntityManager em, RecordSearch.Filter filter, ListOrder order,
            Optional<ListOrder.Position> after, int limit) {
        RecordSearch search = new RecordSearch(em, RecordSearch.Target.CONTACTS);
        RecordSearch.IdPage ids = filter.sort() == null ? search.page(filter, order, after, limit)
                : search.pageByCustomField(filter, filter.sort(), order, after, limit);
        return new Page<>(new ContactRepository(em).load(ids.ids()), ids.nextCursor());
    }

    private RecordSearch.Filter filter(Caller caller, RecordQuery query) {
        RecordQuery q = query == null ? RecordQuery.ALL : query;
        return new RecordSearch.Filter(access.scope(caller, ContactFields.TYPE), SearchWords.ofQuery(q.q()), q.accountId(),
                CustomFilters.of(custom, caller, ContactFields.TYPE, q.custom()), null);
    }

    /** The page's custom values, read in one query. */
    private Page<Contact> withCustom(Caller caller, Page<Contact> page) {
        Map<Long, Map<String, Object>> values = custom.values(caller, ContactFields.TYPE, page.items().stream().map(Contact::id).toList());
        return page.map(c -> c.withCustom(values.getOrDefault(c.id(), Map.of())));
    }

    /** A contact outside the caller's scope is reported missing, so its existence does not leak. */
    private static Contact visible(EntityManager em, RecordScope scope, long id) {
        ContactRepository contacts = new ContactRepository(em);
        return contacts.find(id).filter(c -> scope.allows(c.owner(), c.ownerUnitId())).flatMap(c -> contacts.get(id))
                .orElseThrow(() -> notFound(id));
    }

    private static void refuseTakenNationalCode(ContactRepository contacts, ContactInput valid, Long excludeId) {
        if (valid.nationalCode() != null) {
            contacts.withNationalCode(valid.nationalCode(), excludeId).ifPresent(owner -> {
                throw new ConflictException("accounts.error.nationalCodeTaken",
                        List.of(FieldError.of("nationalCode", "core.error.duplicate")), owner.name(), owner.id());
            });
        }
    }

    private static String accountName(EntityManager em, Long accountId) {
        return accountId == null ? null : new AccountRepository(em).names(List.of(accountId)).get(accountId);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("accounts.error.contactNotFound", id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
