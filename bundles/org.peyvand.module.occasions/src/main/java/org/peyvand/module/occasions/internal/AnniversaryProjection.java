package org.peyvand.module.occasions.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.occasions.DateField;
import org.peyvand.module.occasions.internal.jpa.AnniversaryEntity;
import org.peyvand.module.occasions.internal.jpa.MarkerEntity;
import org.peyvand.module.occasions.internal.jpa.OccasionRepository;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.event.RecordEvents;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code occ_anniversary}, the contacts' yearly dates (birth date and the contact form's custom
 * date fields) by Jalali month and day, from the accounts module's events, so a day's birthdays and
 * anniversaries are read by an index however many contacts there are. The first start fills it from
 * every contact, a page at a time, in the background; so does each publication of the contact form,
 * since date fields may have been added or removed.
 */
@Component(service = EventHandler.class, property = {
        EventConstants.EVENT_TOPIC + "=crm/record/accounts_contact/created",
        EventConstants.EVENT_TOPIC + "=crm/record/accounts_contact/updated",
        EventConstants.EVENT_TOPIC + "=crm/record/accounts_contact/deleted",
        EventConstants.EVENT_TOPIC + "=" + AnniversaryProjection.FORM_PUBLISHED })
public class AnniversaryProjection implements EventHandler {
    static final String FORM_PUBLISHED = "crm/form/accounts_contact/published";
    static final String BUILT = "anniversaries-built";
    static final int PAGE = 500;
    /** Reads every contact whoever owns it: the projection serves plans whose owners' scopes apply later. */
    private static final Caller SYSTEM = new Caller("system", OrgUnit.ROOT_ID, Set.of(Roles.ADMINISTRATOR),
            DisplayPreferences.defaults(Locale.forLanguageTag("fa-IR")));
    private static final Logger LOG = LoggerFactory.getLogger(AnniversaryProjection.class);

    private final Transactions tx;
    private final ContactService contacts;
    private final CustomFields custom;
    private final Clock clock;
    private ExecutorService builder;

    @Activate
    public AnniversaryProjection(@Reference(target = "(osgi.unit.name=crm.occasions)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.occasions)") SchemaReady schema, @Reference ContactService contacts,
            @Reference CustomFields custom) {
        this(new Transactions(jpa), contacts, custom, Clock.systemUTC());
        builder = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "crm-anniversaries");
            thread.setDaemon(true);
            return thread;
        });
        builder.execute(() -> {
            try {
                buildOnce();
            } catch (RuntimeException failure) {
                LOG.warn("The dates of the contacts could not be read; the next start tries again", failure);
            }
        });
    }

    AnniversaryProjection(Transactions tx, ContactService contacts, CustomFields custom, Clock clock) {
        this.tx = tx;
        this.contacts = contacts;
        this.custom = custom;
        this.clock = clock;
    }

    @Deactivate
    void stop() {
        if (builder != null) {
            builder.shutdownNow();
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (FORM_PUBLISHED.equals(event.getTopic())) {
            if (builder != null) {
                builder.execute(this::rebuildSafely);
            }
        } else if (event.getProperty(CrmEvents.PROPERTY_ID) instanceof Number id) {
            if (event.getTopic().endsWith("/" + RecordEvents.DELETED)) {
                remove(id.longValue());
            } else {
                refresh(id.longValue());
            }
        }
    }

    /** Fills the table from every contact unless it was filled before. @return whether it was filled now */
    boolean buildOnce() {
        if (tx.read(em -> new OccasionRepository(em).marked(BUILT))) {
            return false;
        }
        rebuild();
        try {
            tx.write(em -> BUILT, (em, name) -> new OccasionRepository(em).insert(new MarkerEntity(name, clock.instant().truncatedTo(ChronoUnit.MILLIS))));
        } catch (ConflictException builtByAnotherNode) {
            // the same rows were kept twice: harmless
        }
        return true;
    }

    /** Brings every contact's rows in line with the contact form's date fields as they stand. */
    void rebuild() {
        List<DateField> fields = ContactDates.fields(custom);
        PageRequest request = PageRequest.first(PAGE, ContactService.SORT_CREATED, false);
        while (true) {
            Page<Contact> page = contacts.search(SYSTEM, RecordQuery.ALL, request);
            keepAll(page.items(), fields);
            if (page.nextCursor() == null) {
                break;
            }
            request = request.next(page.nextCursor());
        }
    }

    void refresh(long contactId) {
        try {
            keep(contacts.get(SYSTEM, contactId));
        } catch (NotFoundException gone) {
            remove(contactId);
        }
    }

    void remove(long contactId) {
        tx.write(em -> contactId, (em, id) -> {
            new OccasionRepository(em).deleteAnniversaries(id);
            return null;
        });
    }

    private void rebuildSafely() {
        try {
            rebuild();
        } catch (RuntimeException failure) {
            LOG.warn("The contacts' dates could not be refreshed after the contact form changed; the next change or contact edit does", failure);
        }
    }

    private void keep(Contact contact) {
        List<DateField> fields = ContactDates.fields(custom);
        try {
            keepAll(List.of(contact), fields);
        } catch (ConflictException raced) {
            keepAll(List.of(contact), fields);
        }
    }

    /** A page of contacts in one transaction: each of their dates kept or changed, the rows of dates they no longer have removed. */
    private void keepAll(List<Contact> page, List<DateField> fields) {
        tx.write(em -> new OccasionRepository(em).anniversariesOf(page.stream().map(Contact::id).toList()), (em, stored) -> {
            OccasionRepository repository = new OccasionRepository(em);
            Map<Long, Map<String, AnniversaryEntity>> byContact = new HashMap<>();
            stored.forEach(a -> byContact.computeIfAbsent(a.contactId(), id -> new HashMap<>()).put(a.source(), a));
            for (Contact contact : page) {
                Map<String, AnniversaryEntity> rows = byContact.getOrDefault(contact.id(), new HashMap<>());
                for (Map.Entry<String, LocalDate> date : ContactDates.of(contact, fields).entrySet()) {
                    int monthDay = OccasionCalendar.monthDay(date.getValue());
                    AnniversaryEntity row = rows.remove(date.getKey());
                    if (row == null) {
                        repository.insert(new AnniversaryEntity(contact.id(), date.getKey(), date.getValue(), monthDay, contact.fullName(),
                                contact.owner()));
                    } else {
                        row.change(date.getValue(), monthDay, contact.fullName(), contact.owner());
                    }
                }
                rows.values().forEach(repository::delete);
            }
            return null;
        });
    }
}
