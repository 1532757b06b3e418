package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.NoCustomFields;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/** Record scopes and field rules narrow every read and guard every change, in the query itself. */
class RecordAccessTest {
    private static final long SALES = 7;
    private static final long SUPPORT = 8;
    private static final Caller SARA = caller("sara", SALES);
    private static final Caller REZA = caller("reza", SALES);
    private static final Caller NIMA = caller("nima", SUPPORT);
    private static final PageRequest FIRST_PAGE = PageRequest.first(50, "name", false);

    private final TestAccess access = new TestAccess();
    private final RecordingAudit audit = new RecordingAudit();
    private TestDatabase db;
    private ContactServiceImpl contacts;

    @BeforeEach
    void open() {
        db = new TestDatabase("crm.accounts");
        contacts = new ContactServiceImpl(db.transactions(), new TestGuard(), access, audit, new NoCustomFields(), new Announcements().events(), new TestLinks(), new TickingClock());
        for (Caller owner : new Caller[] {SARA, REZA, NIMA}) {
            for (int i = 0; i < 3; i++) {
                contacts.create(owner, new ContactInput("نام" + i, "خانواده " + owner.username(), null, null, null, null, null,
                        "کارشناس"), true);
            }
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void ownScopeSeesOnlyOwnRecordsInListsCountsSearchesAndExports() {
        access.scope(SARA, ContactFields.TYPE, RecordScope.Level.OWN, Set.of());
        assertThat(contacts.search(SARA, RecordQuery.ALL, FIRST_PAGE).items()).hasSize(3)
                .allSatisfy(c -> assertThat(c.owner()).isEqualTo("sara"));
        assertThat(contacts.count(SARA, RecordQuery.ALL)).isEqualTo(3);
        assertThat(contacts.count(SARA, RecordQuery.text("خانواده"))).isEqualTo(3);
        assertThat(contacts.search(SARA, RecordQuery.text("خانواده"), FIRST_PAGE).items()).hasSize(3);
        assertThat(contacts.search(SARA, RecordQuery.text("reza"), FIRST_PAGE).items()).isEmpty();
        assertThat(export(SARA)).contains("خانواده sara").doesNotContain("خانواده reza").doesNotContain("خانواده nima");
    }

    @Test
    void unitScopeAddsTheRecordsOfTheUnit() {
        access.scope(SARA, ContactFields.TYPE, RecordScope.Level.UNIT, Set.of(SALES));
        assertThat(contacts.count(SARA, RecordQuery.ALL)).isEqualTo(6);
        assertThat(contacts.search(SARA, RecordQuery.text("نام1"), FIRST_PAGE).items()).extracting(Contact::owner)
                .containsExactlyInAnyOrder("sara", "reza");
    }

    @Test
    void ownRecordsLeftInAnotherUnitStayVisibleAndCountOnce() {
        Caller moved = new Caller("sara", SUPPORT, SARA.roles(), SARA.preferences());
        access.scope(moved, ContactFields.TYPE, RecordScope.Level.UNIT, Set.of(SUPPORT));
        assertThat(contacts.count(moved, RecordQuery.ALL)).isEqualTo(6);
        assertThat(contacts.search(moved, RecordQuery.ALL, FIRST_PAGE).items()).extracting(Contact::owner)
                .containsOnly("sara", "nima").hasSize(6);
    }

    @Test
    void pagesStayFullAndCompleteUnderAScope() {
        access.scope(SARA, ContactFields.TYPE, RecordScope.Level.UNIT, Set.of(SALES));
        var first = contacts.search(SARA, RecordQuery.ALL, PageRequest.first(4, "name", false));
        assertThat(first.items()).hasSize(4);
        var second = contacts.search(SARA, RecordQuery.ALL, PageRequest.first(4, "name", false).next(first.nextCursor()));
        assertThat(second.items()).hasSize(2);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void aRecordOutsideTheScopeIsReportedMissing() {
        long nimas = contacts.search(NIMA, RecordQuery.text("nima"), FIRST_PAGE).items().get(0).id();
        access.scope(SARA, ContactFields.TYPE, RecordScope.Level.UNIT, Set.of(SALES));
        assertThatThrownBy(() -> contacts.get(SARA, nimas)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.update(SARA, nimas, input("x", "y"), 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.delete(SARA, nimas)).isInstanceOf(NotFoundException.class);
        assertThat(contacts.get(NIMA, nimas).owner()).isEqualTo("nima");
    }

    @Test
    void hiddenFieldsNeverLeaveTheServiceAndKeepTheirValuesOnUpdate() {
        Contact stored = contacts.create(REZA, new ContactInput("مینا", "رضوی", null, "09121234567", null, null, null, "مدیر خرید"), true);
        access.fields(SARA, ContactFields.TYPE, new FieldAccess(Set.of("mobile"), Set.of()));
        assertThat(contacts.get(SARA, stored.id()).mobile()).isNull();
        assertThat(contacts.search(SARA, RecordQuery.text("رضوی"), FIRST_PAGE).items()).singleElement()
                .satisfies(c -> assertThat(c.mobile()).isNull());
        assertThat(export(SARA)).contains("رضوی").doesNotContain("912");

        Contact changed = contacts.update(SARA, stored.id(), new ContactInput("مینا", "رضوی‌نژاد", null, null, null, null, null,
                "مدیر خرید"), stored.version());
        assertThat(changed.lastName()).isEqualTo("رضوی‌نژاد");
        assertThat(contacts.get(REZA, stored.id()).mobile()).isEqualTo("+989121234567");
    }

    @Test
    void readOnlyFieldsRefuseAChangeByName() {
        Contact stored = contacts.create(REZA, new ContactInput("مینا", "رضوی", null, null, null, null, null, "مدیر خرید"), true);
        access.fields(SARA, ContactFields.TYPE, new FieldAccess(Set.of(), Set.of("jobTitle")));
        assertThat(contacts.get(SARA, stored.id()).jobTitle()).isEqualTo("مدیر خرید");
        assertThatThrownBy(() -> contacts.update(SARA, stored.id(), new ContactInput("مینا", "رضوی", null, null, null, null, null,
                "مدیر فروش"), stored.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).singleElement()
                        .satisfies(f -> assertThat(f.field()).isEqualTo("jobTitle")));
        Contact same = contacts.update(SARA, stored.id(), new ContactInput("مینا", "رضایی", null, null, null, null, null,
                "مدیر خرید"), stored.version());
        assertThat(same.lastName()).isEqualTo("رضایی");
    }

    @Test
    void everyChangeIsAuditedWithItsFields() {
        Contact stored = contacts.create(SARA, input("مینا", "رضوی"), true);
        Contact changed = contacts.update(SARA, stored.id(), input("مینا", "رضایی"), stored.version());
        contacts.delete(SARA, changed.id());
        assertThat(audit.lines()).last().satisfies(line -> {
            assertThat(line.action()).isEqualTo(AuditTrail.DELETED);
            assertThat(line.objectId()).isEqualTo(String.valueOf(stored.id()));
        });
        AuditEntry update = audit.lines().get(audit.lines().size() - 2);
        assertThat(update.action()).isEqualTo(AuditTrail.UPDATED);
        assertThat(update.actor()).isEqualTo("sara");
        assertThat(update.changes()).containsExactly(new AuditEntry.Change("lastName", "رضوی", "رضایی"));
    }

    private String export(Caller caller) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        contacts.exportCsv(caller, RecordQuery.ALL, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ContactInput input(String first, String last) {
        return new ContactInput(first, last, null, null, null, null, null, null);
    }

    private static Caller caller(String name, long unit) {
        return new Caller(name, unit, Set.of("staff"), DisplayPreferences.defaults(I18nService.PERSIAN));
    }
}
