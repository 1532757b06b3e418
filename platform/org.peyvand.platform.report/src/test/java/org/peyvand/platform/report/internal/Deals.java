package org.peyvand.platform.report.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.peyvand.platform.core.text.SearchWords;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.ReportSource;
import org.peyvand.platform.report.TableReportSource;
import org.peyvand.platform.report.internal.calendar.DayTable;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.testing.TestDatabase;

/**
 * A module's record type for report tests: deals in table t_deal, two of sara's (unit 7) on either
 * side of Nowruz 1405 in Tehran and two of reza's (unit 8), with the report service over them. Each
 * deal but the last names its customer (t_customer, a lookup): sara's deals a gold customer of
 * sara's, reza's first a silver customer of reza's. Deals are found by the words of their titles (t_deal_token).
 */
public final class Deals {
    public static final String TYPE = "sales.deal";
    public static final String PERMISSION = "sales.deal.read";
    public static final String CUSTOMER = "sales.customer";
    public static final String CUSTOMER_PERMISSION = "sales.customer.read";

    private Deals() {
    }

    public static ReportServiceImpl reports(TestDatabase db, AccessGuard guard, RecordAccess access, Clock clock, int scanLimit) {
        return reports(db, guard, access, clock, scanLimit, forms());
    }

    /** @param forms the form kernel as {@link #forms()} makes it, which a test may teach more types */
    public static ReportServiceImpl reports(TestDatabase db, AccessGuard guard, RecordAccess access, Clock clock, int scanLimit,
            CustomFields forms) {
        DayTable.wiredWith(db.transactions()).fill();
        db.tx(em -> {
            em.createNativeQuery("CREATE TABLE t_deal (id BIGINT PRIMARY KEY, title VARCHAR(100), stage VARCHAR(20), amount DECIMAL(19, 0),"
                    + " closed_on DATE, customer_id BIGINT, owner VARCHAR(64), owner_unit_id BIGINT, created_at TIMESTAMP, updated_at TIMESTAMP)")
                    .executeUpdate();
            em.createNativeQuery("CREATE TABLE t_customer (id BIGINT PRIMARY KEY, name VARCHAR(100), tier VARCHAR(20), owner VARCHAR(64),"
                    + " owner_unit_id BIGINT, created_at TIMESTAMP, updated_at TIMESTAMP)").executeUpdate();
            em.createNativeQuery("CREATE TABLE t_deal_token (deal_id BIGINT, token VARCHAR(64), PRIMARY KEY (deal_id, token))").executeUpdate();
            em.createNativeQuery("INSERT INTO t_customer VALUES (1, 'پتروشیمی جم', 'gold', 'sara', 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),"
                    + " (2, 'پلیمر آریا', 'silver', 'reza', 8, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)").executeUpdate();
            // the last minute of 1404 and the first of 1405 in Tehran
            deal(em, 1, "بازدید پالایشگاه", "won", 1_000_000_000L, 1L, "sara", 7, "2026-03-20T20:29:00Z");
            deal(em, 2, "قرارداد پلیمر", "won", 3_000_000_000L, 1L, "sara", 7, "2026-03-20T20:31:00Z");
            deal(em, 3, "تمدید قرارداد", "lost", 500_000_000L, 2L, "reza", 8, "2026-03-25T06:00:00Z");
            deal(em, 4, "فروش اوره", "won", 2_000_000_000L, null, "reza", 8, "2026-03-29T06:00:00Z");
        });
        ReportQueries queries = new ReportQueries(db.transactions(), guard, access, forms, clock);
        queries.addSource(source(), Map.of(ReportSource.TYPE, TYPE));
        queries.addSource(new CustomerSource(), Map.of(ReportSource.TYPE, CUSTOMER));
        return new ReportServiceImpl(queries, scanLimit);
    }

    /** The form kernel as reports see it: the deal's form and its built-in fields, and the customer's, which is not reported on alone. */
    public static CustomFields forms() {
        CustomFields forms = mock(CustomFields.class);
        FormDefinition form = new FormDefinition(TYPE, FormKind.RECORD_TYPE, "sales", LocalizedText.of("معامله", "Deal"), List.of(
                builtIn("title", FieldType.TEXT), builtIn("stage", FieldType.SELECT), builtIn("amount", FieldType.MONEY),
                builtIn("closedOn", FieldType.DATE), builtIn("customerId", FieldType.LOOKUP).withLookup(CUSTOMER)), List.of(), List.of("title"),
                null, 1);
        FormDefinition customer = new FormDefinition(CUSTOMER, FormKind.RECORD_TYPE, "sales", LocalizedText.of("مشتری", "Customer"),
                List.of(builtIn("name", FieldType.TEXT), builtIn("tier", FieldType.SELECT)), List.of(), List.of("name"), null, 1);
        when(forms.form(TYPE)).thenReturn(Optional.of(form));
        when(forms.form(CUSTOMER)).thenReturn(Optional.of(customer));
        when(forms.recordTypes()).thenReturn(List.of(form));
        return forms;
    }

    public static ReportSource source() {
        return new DealSource();
    }

    private static FieldDefinition builtIn(String name, FieldType type) {
        return FieldDefinition.of(name, type, LocalizedText.of(name, name)).withBuiltIn(true);
    }

    private static void deal(EntityManager em, long id, String title, String stage, long amount, Long customer, String owner, long unit,
            String created) {
        Timestamp at = Timestamp.from(Instant.parse(created));
        // a literal: an untyped null parameter is refused by Derby
        em.createNativeQuery("INSERT INTO t_deal VALUES (?1, ?2, ?3, ?4, ?5, " + customer + ", ?6, ?7, ?8, ?9)").setParameter(1, id)
                .setParameter(2, title).setParameter(3, stage).setParameter(4, BigDecimal.valueOf(amount))
                .setParameter(5, Date.valueOf(LocalDate.of(2026, 4, 1))).setParameter(6, owner).setParameter(7, unit).setParameter(8, at)
                .setParameter(9, at).executeUpdate();
        for (String token : SearchWords.tokens(List.of(title))) {
            em.createNativeQuery("INSERT INTO t_deal_token VALUES (?1, ?2)").setParameter(1, id).setParameter(2, token).executeUpdate();
        }
    }

    private static final class DealSource extends TableReportSource {
        DealSource() {
            super("t_deal", PERMISSION, Map.of("title", "title", "stage", "stage", "amount", "amount", "closedOn", "closed_on",
                    "customerId", "customer_id"));
        }

        @Override
        public Optional<TokenTable> tokens() {
            return Optional.of(new TokenTable("t_deal_token", "deal_id", "token"));
        }
    }

    private static final class CustomerSource extends TableReportSource {
        CustomerSource() {
            super("t_customer", CUSTOMER_PERMISSION, Map.of("name", "name", "tier", "tier"));
        }
    }
}
