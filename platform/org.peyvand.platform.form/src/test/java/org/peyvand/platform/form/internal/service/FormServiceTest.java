package org.peyvand.platform.form.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.form.Condition;
import org.peyvand.platform.form.CustomValues;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.FormPermissions;
import org.peyvand.platform.form.FormSection;
import org.peyvand.platform.form.FormTab;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.form.internal.registry.FormRegistry;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

class FormServiceTest {
    private static final Caller ADMIN = new Caller("admin", 1, Set.of("administrator"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller SARA = new Caller("sara", 7, Set.of("staff"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final String CONTACT = "accounts.contact";
    private static final List<FieldOption> TIERS = List.of(new FieldOption("gold", LocalizedText.of("طلایی", "Gold")),
            new FieldOption("silver", LocalizedText.of("نقره‌ای", "Silver")), new FieldOption("bronze", LocalizedText.of("برنزی", "Bronze")));

    private final TestGuard guard = new TestGuard();
    private final TestAccess access = new TestAccess();
    private final RecordingAudit audit = new RecordingAudit();
    private TestDatabase db;
    private FormRegistry registry;
    private FormServiceImpl forms;
    private CustomFieldsImpl custom;

    @BeforeEach
    void start() {
        db = new TestDatabase("crm.form");
        FormDefinition shippedContact = new FormDefinition(CONTACT, FormKind.RECORD_TYPE, "accounts", LocalizedText.of("فرد", "Contact"),
                List.of(FieldDefinition.of("firstName", FieldType.TEXT, LocalizedText.of("نام", "First name")).withBuiltIn(true),
                        FieldDefinition.of("lastName", FieldType.TEXT, LocalizedText.of("نام خانوادگی", "Last name")).withBuiltIn(true)),
                List.of(), List.of("lastName"), null, 0);
        registry = FormRegistry.wiredWith(db.transactions(), Clock.systemUTC(), List.of(shippedContact));
        forms = FormServiceImpl.wiredWith(db.transactions(), guard, audit, registry, Clock.systemUTC());
        custom = CustomFieldsImpl.wiredWith(db.transactions(), registry, access, org.mockito.Mockito.mock(RecordLookups.class));
    }

    @AfterEach
    void stop() {
        registry.close();
        db.close();
    }

    /** The contact form with the module's fields and these custom ones: those published before and not named are left out. */
    private FormDefinition contactWith(FieldDefinition... fields) {
        FormDefinition current = forms.get(ADMIN, CONTACT);
        List<FieldDefinition> all = new ArrayList<>(current.fields().stream().filter(FieldDefinition::builtIn).toList());
        all.addAll(List.of(fields));
        return current.withFields(all);
    }

    private static FieldDefinition tier() {
        return FieldDefinition.of("tier", FieldType.SELECT, LocalizedText.of("سطح", "Tier")).withOptions(TIERS);
    }

    private Map<String, Object> save(Long id, Map<String, ?> input) {
        CustomValues values = custom.check(SARA, CONTACT, id, input, Map.of("lastName", "رضایی"));
        custom.store(CONTACT, id == null ? 1L : id, values);
        return values.after();
    }

    private static Map<String, String> errors(Runnable action) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        return e.fieldErrors().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey, (a, b) -> a));
    }

    @Test
    void aModuleFormStandsUntilSomeonePublishesAndKeepsItsBuiltInFields() {
        assertEquals(0, forms.get(ADMIN, CONTACT).version());
        FormDefinition published = forms.publish(ADMIN, contactWith(tier()), "tiers");
        assertEquals(1, published.version());
        assertEquals(List.of("firstName", "lastName", "tier"), published.fields().stream().map(FieldDefinition::name).toList());
        assertTrue(published.field("firstName").orElseThrow().builtIn());
        assertFalse(published.field("tier").orElseThrow().builtIn());
        assertEquals("form.published", audit.lines().get(0).action());
        assertEquals("tier", audit.lines().get(0).changes().get(0).field());
        assertEquals(List.of(1, 0), forms.versions(ADMIN, CONTACT).stream().map(v -> v.version()).toList());
        assertEquals("accounts", forms.versions(ADMIN, CONTACT).get(1).publishedBy());
        FormDefinition backToShipped = forms.rollback(ADMIN, CONTACT, 0);
        assertTrue(backToShipped.field("tier").orElseThrow().removed(), "rolling back to the shipped form keeps custom fields as removed");
    }

    @Test
    void aDefinitionIsCheckedWithoutBeingPublished() {
        FormDefinition checked = forms.check(ADMIN, contactWith(tier()));
        assertEquals(List.of("firstName", "lastName", "tier"), checked.fields().stream().map(FieldDefinition::name).toList());
        assertEquals(0, forms.get(ADMIN, CONTACT).version(), "nothing was published");
        assertTrue(audit.lines().isEmpty());
        Map<String, String> refused = errors(() -> forms.check(ADMIN, contactWith(
                FieldDefinition.of("bad name", FieldType.TEXT, LocalizedText.of("نادرست", "Wrong")))));
        assertFalse(refused.isEmpty());
        guard.deny(FormPermissions.DESIGN);
        assertThrows(AccessDeniedException.class, () -> forms.check(SARA, contactWith(tier())));
    }

    @Test
    void designingNeedsItsPermission() {
        guard.deny(FormPermissions.DESIGN);
        assertThrows(AccessDeniedException.class, () -> forms.publish(SARA, contactWith(tier()), null));
        assertThrows(AccessDeniedException.class, () -> forms.exportJson(SARA, List.of()));
    }

    @Test
    void valuesAreCheckedStoredAndReadBack() {
        forms.publish(ADMIN, contactWith(tier(),
                FieldDefinition.of("since", FieldType.DATE, LocalizedText.of("مشتری از", "Customer since")).withRequired(true),
                FieldDefinition.of("credit", FieldType.MONEY, LocalizedText.of("اعتبار", "Credit")).withDefault("0")), null);
        Map<String, String> refused = errors(() -> custom.check(SARA, CONTACT, null, Map.of("tier", "platinum", "colour", "red"), Map.of()));
        assertEquals(Map.of("colour", "core.error.unknownField"), refused);
        refused = errors(() -> custom.check(SARA, CONTACT, null, Map.of("tier", "platinum"), Map.of()));
        assertEquals(Map.of("tier", "form.error.option", "since", "core.error.required"), refused);

        save(null, Map.of("tier", "طلایی", "since", "۱۴۰۳/۰۱/۰۱"));
        Map<String, Object> stored = custom.values(SARA, CONTACT, List.of(1L)).get(1L);
        assertEquals(Map.of("tier", "gold", "since", LocalDate.of(2024, 3, 20), "credit", 0L), stored);

        // a change names only what changes; the rest keeps its stored value
        Map<String, Object> after = save(1L, Map.of("credit", "5000000"));
        assertEquals("gold", after.get("tier"));
        assertEquals(5_000_000L, custom.values(SARA, CONTACT, List.of(1L)).get(1L).get("credit"));
    }

    @Test
    void conditionsDecideWhatIsRequired() {
        FieldDefinition reason = FieldDefinition.of("lostReason", FieldType.TEXT, LocalizedText.of("علت", "Reason"))
                .withConditions(new Condition("tier", Condition.Operator.EQUALS, "bronze"), new Condition("tier", Condition.Operator.EQUALS, "bronze"));
        forms.publish(ADMIN, contactWith(tier(), reason), null);
        assertEquals(Map.of("lostReason", "core.error.required"), errors(() -> custom.check(SARA, CONTACT, null, Map.of("tier", "bronze"), Map.of())));
        assertEquals("gold", custom.check(SARA, CONTACT, null, Map.of("tier", "gold"), Map.of()).after().get("tier"));
    }

    @Test
    void computedFieldsAreWorkedOut() {
        forms.publish(ADMIN, contactWith(
                FieldDefinition.of("quantity", FieldType.INTEGER, LocalizedText.of("تعداد", "Quantity")),
                FieldDefinition.of("price", FieldType.DECIMAL, LocalizedText.of("بها", "Price")),
                FieldDefinition.of("total", FieldType.COMPUTED, LocalizedText.of("جمع", "Total")).withExpression("quantity * price")), null);
        Map<String, Object> after = custom.check(SARA, CONTACT, null, Map.of("quantity", "3", "price", "19.99"), Map.of()).after();
        assertEquals(0, new BigDecimal("59.97").compareTo((BigDecimal) after.get("total")));
    }

    @Test
    void uniqueValuesAreRefusedWhenTaken() {
        forms.publish(ADMIN, contactWith(FieldDefinition.of("memberNo", FieldType.TEXT, LocalizedText.of("شماره عضویت", "Member no."))
                .withUnique(true)), null);
        save(null, Map.of("memberNo", "A-100"));
        assertEquals(Map.of("memberNo", "core.error.duplicate"), errors(() -> custom.check(SARA, CONTACT, 2L, Map.of("memberNo", "a-100"), Map.of())));
        // the record holding it may keep it
        custom.check(SARA, CONTACT, 1L, Map.of("memberNo", "A-100"), Map.of());
    }

    @Test
    void hiddenAndReadOnlyFieldsAreProtected() {
        forms.publish(ADMIN, contactWith(tier(), FieldDefinition.of("score", FieldType.INTEGER, LocalizedText.of("امتیاز", "Score"))), null);
        save(null, Map.of("tier", "gold", "score", "7"));
        access.fields(SARA, CONTACT, new FieldAccess(Set.of("score"), Set.of("tier")));
        assertEquals(Map.of("tier", "gold"), custom.values(SARA, CONTACT, List.of(1L)).get(1L));
        assertEquals(Map.of("tier", "form.error.fieldReadOnly"), errors(() -> custom.check(SARA, CONTACT, 1L, Map.of("tier", "silver"), Map.of())));
        // sending the value as it stands is no change
        assertEquals(7L, custom.check(SARA, CONTACT, 1L, Map.of("tier", "gold"), Map.of()).after().get("score"));
    }

    @Test
    void removingAFieldKeepsItsValuesAndPublishingItAgainBringsThemBack() {
        forms.publish(ADMIN, contactWith(tier()), null);
        save(null, Map.of("tier", "silver"));
        FormDefinition without = forms.publish(ADMIN, contactWith(FieldDefinition.of("note", FieldType.TEXT, LocalizedText.of("یادداشت", "Note"))),
                "drop tier");
        assertTrue(without.field("tier").orElseThrow().removed());
        assertTrue(custom.values(SARA, CONTACT, List.of(1L)).isEmpty());
        // saving the record meanwhile leaves the removed field's value alone
        save(1L, Map.of("note", "پیگیری"));
        forms.rollback(ADMIN, CONTACT, 1);
        assertEquals(Map.of("tier", "silver"), custom.values(SARA, CONTACT, List.of(1L)).get(1L));
        forms.rollback(ADMIN, CONTACT, 2);
        assertEquals(Map.of("note", "پیگیری"), custom.values(SARA, CONTACT, List.of(1L)).get(1L));
        assertEquals(4, forms.get(ADMIN, CONTACT).version());
    }

    @Test
    void aTypeChangeConvertsStoredValuesOrIsRefusedNamingTheRecords() {
        forms.publish(ADMIN, contactWith(FieldDefinition.of("employees", FieldType.TEXT, LocalizedText.of("کارکنان", "Employees"))), null);
        save(null, Map.of("employees", "۱۲۰"));
        FormDefinition asNumber = contactWith(FieldDefinition.of("employees", FieldType.INTEGER, LocalizedText.of("کارکنان", "Employees")));
        forms.publish(ADMIN, asNumber, "as number");
        assertEquals(120L, custom.values(SARA, CONTACT, List.of(1L)).get(1L).get("employees"));

        forms.publish(ADMIN, contactWith(tier()), null);
        save(1L, Map.of("tier", "bronze"));
        List<FieldOption> fewer = TIERS.subList(0, 2);
        ConflictException refused = assertThrows(ConflictException.class,
                () -> forms.publish(ADMIN, contactWith(tier().withOptions(fewer)), null));
        assertEquals("form.error.dataWouldBeLost", refused.messageKey());
        assertEquals("form.error.wouldNotConvert", refused.fieldErrors().get(0).messageKey());
        assertTrue(String.valueOf(refused.fieldErrors().get(0).args().get(1)).contains("1 (bronze)"));
        assertEquals(3, forms.get(ADMIN, CONTACT).version(), "nothing was published");
    }

    @Test
    void badDefinitionsAreRefusedNamingThePart() {
        FieldDefinition noChoices = FieldDefinition.of("kind", FieldType.SELECT, LocalizedText.of("نوع", "Kind"));
        FieldDefinition badName = FieldDefinition.of("Bad Name", FieldType.TEXT, LocalizedText.of("x", "x"));
        FieldDefinition escaping = FieldDefinition.of("evil", FieldType.COMPUTED, LocalizedText.of("x", "x"))
                .withExpression("''.getClass().forName('java.lang.Runtime')");
        FieldDefinition clash = FieldDefinition.of("firstName", FieldType.INTEGER, LocalizedText.of("x", "x"));
        FormDefinition bad = contactWith(noChoices, badName, escaping);
        Map<String, String> refused = errors(() -> forms.publish(ADMIN, bad, null));
        assertEquals("form.error.options", refused.get("fields[2].options"));
        assertEquals("form.error.fieldName", refused.get("fields[3].name"));
        assertTrue(refused.get("fields[4].expression").startsWith("form.error.expression."));
        // a custom field cannot take a built-in field's name: the built-in one stays
        FormDefinition published = forms.publish(ADMIN, contactWith(clash), null);
        assertEquals(FieldType.TEXT, published.field("firstName").orElseThrow().type());
    }

    @Test
    void exportAndImportRoundTrip() {
        forms.publish(ADMIN, contactWith(tier()), null);
        FormDefinition visit = new FormDefinition("custom.visit", FormKind.RECORD_TYPE, null, LocalizedText.of("بازدید", "Visit"),
                List.of(FieldDefinition.of("subject", FieldType.TEXT, LocalizedText.of("موضوع", "Subject")).withRequired(true),
                        FieldDefinition.of("contact", FieldType.LOOKUP, LocalizedText.of("فرد", "Contact")).withLookup(CONTACT)),
                List.of(new FormTab(null, List.of(new FormSection(LocalizedText.of("اصلی", "Main"), 2, List.of("subject", "contact"))))),
                List.of("subject"), "sales", 0);
        forms.publish(ADMIN, visit, null);
        String json = forms.exportJson(ADMIN, List.of(CONTACT, "custom.visit"));
        assertTrue(json.contains("\"tier\""));
        assertFalse(json.contains("\"firstName\""), "built-in fields travel with their module");

        TestDatabase other = new TestDatabase("crm.form");
        try {
            FormDefinition shipped = registry.shipped(CONTACT).orElseThrow();
            FormRegistry otherRegistry = FormRegistry.wiredWith(other.transactions(), Clock.systemUTC(), List.of(shipped));
            FormServiceImpl otherForms = FormServiceImpl.wiredWith(other.transactions(), guard, audit, otherRegistry, Clock.systemUTC());
            List<FormDefinition> imported = otherForms.importJson(ADMIN, json);
            assertEquals(2, imported.size());
            assertEquals(forms.get(ADMIN, "custom.visit").fields(), otherForms.get(ADMIN, "custom.visit").fields());
            assertEquals(2, otherForms.get(ADMIN, "custom.visit").arrangedTabs().get(0).sections().get(0).columns());
            assertTrue(otherForms.get(ADMIN, CONTACT).field("tier").isPresent());
            otherRegistry.close();
        } finally {
            other.close();
        }
    }

    @Test
    void filtersReadTheValueIndex() {
        forms.publish(ADMIN, contactWith(tier()), null);
        Map<String, Object> parameters = new HashMap<>();
        String sql = custom.matching(SARA, CONTACT, "tier", "Gold", "r.id", value -> {
            parameters.put("p" + parameters.size(), value);
            return ":p" + (parameters.size() - 1);
        });
        assertEquals("EXISTS (SELECT 1 FROM frm_value cfv --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, index=FRM_VALUE_TEXT_IX\n"
                + "WHERE cfv.record_type = :p0 AND cfv.field = :p1 AND cfv.key_text = :p2 AND cfv.record_id = r.id)", sql);
        assertEquals("gold", parameters.get("p2"));
        assertEquals(Map.of("tier", "form.error.option"),
                errors(() -> custom.matching(SARA, CONTACT, "tier", "platinum", "r.id", v -> "?")));
    }

    @Test
    void manyRecordsAreStoredTogetherAndCountedFromTheValueIndex() {
        forms.publish(ADMIN, contactWith(tier(),
                FieldDefinition.of("since", FieldType.DATE, LocalizedText.of("مشتری از", "Customer since")),
                FieldDefinition.of("vip", FieldType.BOOLEAN, LocalizedText.of("ویژه", "VIP")),
                FieldDefinition.of("levels", FieldType.MULTI_SELECT, LocalizedText.of("سطوح", "Levels")).withOptions(TIERS)), null);
        Map<Long, CustomValues> batch = new java.util.LinkedHashMap<>();
        batch.put(11L, custom.check(SARA, CONTACT, null, Map.of("tier", "gold", "since", "1403/01/01", "vip", "true"), Map.of()));
        batch.put(12L, custom.check(SARA, CONTACT, null, Map.of("tier", "silver", "levels", List.of("gold", "silver")), Map.of()));
        batch.put(13L, custom.check(SARA, CONTACT, null, Map.of("tier", "gold", "vip", "false"), Map.of()));
        custom.storeAll(CONTACT, batch);

        Map<Long, Map<String, Object>> stored = custom.values(SARA, CONTACT, List.of(11L, 12L, 13L));
        assertEquals(Map.of("tier", "gold", "since", LocalDate.of(2024, 3, 20), "vip", true), stored.get(11L));
        assertEquals(Map.of("tier", "silver", "levels", List.of("gold", "silver")), stored.get(12L));
        assertEquals(Map.of("tier", "gold", "vip", false), stored.get(13L));
        assertEquals(2L, countMatching("tier", "gold"));
        assertEquals(1L, countMatching("levels", "silver"));

        // a changed record's values are replaced in the same way
        custom.storeAll(CONTACT, Map.of(13L, custom.check(SARA, CONTACT, 13L, Map.of("tier", "silver"), Map.of())));
        assertEquals(Map.of("tier", "silver", "vip", false), custom.values(SARA, CONTACT, List.of(13L)).get(13L));
        assertEquals(1L, countMatching("tier", "gold"));
    }

    /** The rows matchingRows reads, counted as a module's count query would. */
    private long countMatching(String field, String value) {
        Map<String, Object> parameters = new HashMap<>();
        org.peyvand.platform.form.CustomMatch match = custom.matchingRows(SARA, CONTACT, field, value, "v", v -> {
            parameters.put("p" + parameters.size(), v);
            return ":p" + (parameters.size() - 1);
        });
        assertEquals("v.record_id", match.recordId());
        return db.txExpr(em -> {
            javax.persistence.Query count = em.createNativeQuery("SELECT COUNT(*) FROM " + match.from() + " WHERE "
                    + String.join(" AND ", match.where()));
            parameters.forEach(count::setParameter);
            return ((Number) count.getSingleResult()).longValue();
        });
    }
}
