package org.peyvand.module.accounts.internal.timeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditQuery;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.timeline.TimelineEntry;
import org.peyvand.platform.timeline.TimelineKind;
import org.peyvand.platform.timeline.TimelineLink;
import org.peyvand.platform.timeline.TimelinePosition;
import org.peyvand.platform.timeline.TimelineProvider;
import org.peyvand.platform.timeline.TimelineQuery;
import org.peyvand.platform.timeline.TimelineSubject;
import org.peyvand.platform.timeline.TimelineSummary;

/**
 * What the accounts module puts on the timelines of its accounts and contacts: the record's own
 * changes from the audit trail (read by its object index) and, on an account's, the contacts added
 * to it (read by account and creation time). The account or contact must be visible to the caller:
 * the services answer not found otherwise, which leaves this module's part out.
 */
@Component(service = TimelineProvider.class)
public class AccountsTimeline implements TimelineProvider {
    static final String MODULE = "accounts";
    static final String CHANGE = "accounts.change";
    static final String CONTACT = "accounts.contact";
    /** Audit lines read per round while skipping those at the cursor's instant that it already passed. */
    private static final int AUDIT_ROUND = 50;

    private final AccountService accounts;
    private final ContactService contacts;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final I18nService i18n;

    @Activate
    public AccountsTimeline(@Reference AccountService accounts, @Reference ContactService contacts, @Reference AuditTrail audit,
            @Reference AccessGuard guard, @Reference I18nService i18n) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.audit = audit;
        this.guard = guard;
        this.i18n = i18n;
    }

    @Override
    public List<TimelineKind> kinds(Caller caller, TimelineSubject subject) {
        Messages messages = i18n.messages(caller.locale());
        List<TimelineKind> kinds = new ArrayList<>();
        if (readable(caller, subject)) {
            kinds.add(new TimelineKind(CHANGE, messages.get("accounts.timeline.kind.change")));
        }
        if (Permissions.ACCOUNT.equals(subject.type()) && guard.allows(caller, Permissions.ACCOUNT_READ)
                && guard.allows(caller, Permissions.CONTACT_READ)) {
            kinds.add(new TimelineKind(CONTACT, messages.get("accounts.timeline.kind.contact")));
        }
        return kinds;
    }

    @Override
    public List<TimelineEntry> entries(Caller caller, TimelineQuery query) {
        TimelineSubject subject = query.subject();
        OptionalLong id = subject.numericId();
        if (id.isEmpty() || !readable(caller, subject)) {
            return List.of();
        }
        ownerOf(caller, subject.type(), id.getAsLong());
        Messages messages = i18n.messages(caller.locale());
        List<TimelineEntry> entries = new ArrayList<>();
        if (query.wants(CHANGE)) {
            entries.addAll(changes(caller, query, messages));
        }
        if (query.wants(CONTACT) && Permissions.ACCOUNT.equals(subject.type()) && guard.allows(caller, Permissions.CONTACT_READ)) {
            entries.addAll(addedContacts(caller, id.getAsLong(), query, messages));
        }
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::position, TimelinePosition.NEWEST_FIRST))
                .limit(query.limit()).toList();
    }

    @Override
    public TimelineSummary summary(Caller caller, TimelineSubject subject) {
        OptionalLong id = subject.numericId();
        if (id.isEmpty() || !readable(caller, subject)) {
            return TimelineSummary.NONE;
        }
        return new TimelineSummary(0, null, ownerOf(caller, subject.type(), id.getAsLong()));
    }

    private boolean readable(Caller caller, TimelineSubject subject) {
        return switch (subject.type()) {
            case Permissions.ACCOUNT -> guard.allows(caller, Permissions.ACCOUNT_READ);
            case Permissions.CONTACT -> guard.allows(caller, Permissions.CONTACT_READ);
            default -> false;
        };
    }

    /** The record's owner; not found when the caller's scope does not reach it. */
    private String ownerOf(Caller caller, String type, long id) {
        return Permissions.ACCOUNT.equals(type) ? accounts.owner(caller, id) : contacts.owner(caller, id);
    }

    /**
     * The record's audit lines older than the cursor. The trail is read newest first up to just past
     * the cursor's instant, skipping lines at that instant the cursor already passed.
     */
    private List<TimelineEntry> changes(Caller caller, TimelineQuery query, Messages messages) {
        TimelinePosition before = query.before();
        Instant upTo = before == null ? null : before.time().plus(1, ChronoUnit.MICROS);
        AuditQuery lines = new AuditQuery(null, null, query.subject().type(), query.subject().id(), null, upTo);
        List<TimelineEntry> found = new ArrayList<>();
        String cursor = null;
        do {
            Page<AuditEntry> page = audit.search(caller, lines, new PageRequest(cursor, Math.min(PageRequest.MAX_LIMIT, query.limit() + AUDIT_ROUND),
                    "id", true));
            for (AuditEntry line : page.items()) {
                TimelineEntry entry = change(line, query.subject(), messages);
                if (before == null || before.isBefore(entry)) {
                    found.add(entry);
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null && found.size() < query.limit());
        return found;
    }

    private static TimelineEntry change(AuditEntry line, TimelineSubject subject, Messages messages) {
        String object = Permissions.ACCOUNT.equals(subject.type()) ? "account" : "contact";
        String title = messages.find("accounts.timeline." + object + "." + line.action())
                .orElseGet(() -> messages.get("accounts.timeline." + object + ".other", line.action()));
        String summary = line.changes().isEmpty() ? line.summary() : messages.get("accounts.timeline.changes", line.changes().size());
        return new TimelineEntry(line.at(), CHANGE, line.id(), MODULE, title, summary, line.actor(), false,
                new TimelineLink(subject.type(), subject.id()));
    }

    /** The account's contacts newest first, from the contacts' keyset on creation time. */
    private List<TimelineEntry> addedContacts(Caller caller, long accountId, TimelineQuery query, Messages messages) {
        TimelinePosition before = query.before();
        String cursor = before == null ? null
                : new KeysetCursor(ContactService.SORT_CREATED + ":desc", before.time().toString(), before.idBound(CONTACT)).encode();
        Page<Contact> page = contacts.search(caller, new RecordQuery(null, accountId),
                new PageRequest(cursor, Math.min(PageRequest.MAX_LIMIT, query.limit()), ContactService.SORT_CREATED, true));
        return page.items().stream()
                .map(c -> new TimelineEntry(c.createdAt(), CONTACT, c.id(), MODULE, messages.get("accounts.timeline.contactAdded", c.fullName()),
                        c.jobTitle(), c.owner(), false, new TimelineLink(Permissions.CONTACT, String.valueOf(c.id()))))
                .toList();
    }
}
