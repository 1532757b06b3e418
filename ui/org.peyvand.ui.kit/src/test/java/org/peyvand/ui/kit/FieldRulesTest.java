package org.peyvand.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.form.Condition;
import org.peyvand.platform.form.Condition.Operator;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;

class FieldRulesTest {
    private static final FieldDefinition CUSTOMER_TYPE = field("customerType", FieldType.SELECT);
    private static final FieldDefinition REG_NO = field("companyRegNo", FieldType.TEXT)
            .withConditions(new Condition("customerType", Operator.EQUALS, "company"), null);
    private static final FieldDefinition REG_DATE = field("registeredOn", FieldType.DATE)
            .withConditions(new Condition("companyRegNo", Operator.FILLED, null), null);
    private static final FieldDefinition NOTE = field("note", FieldType.TEXT)
            .withConditions(null, new Condition("customerType", Operator.EQUALS, "person"));

    @Test
    void aFieldShowsWhileItsConditionHolds() {
        List<FieldDefinition> fields = List.of(CUSTOMER_TYPE, REG_NO);
        assertThat(FieldRules.evaluate(fields, Map.of()).shown()).containsExactly("customerType");
        assertThat(FieldRules.evaluate(fields, Map.of("customerType", "company")).shown()).containsExactlyInAnyOrder("customerType",
                "companyRegNo");
        assertThat(FieldRules.evaluate(fields, Map.of("customerType", "person")).shown()).containsExactly("customerType");
    }

    @Test
    void aFieldThatDependsOnAHiddenOneIsHiddenToo() {
        List<FieldDefinition> fields = List.of(REG_DATE, REG_NO, CUSTOMER_TYPE);
        Map<String, Object> values = Map.of("customerType", "company", "companyRegNo", "۱۲۳۴");
        assertThat(FieldRules.evaluate(fields, values).shown()).containsExactlyInAnyOrder("customerType", "companyRegNo", "registeredOn");

        // the number is still typed in, but its field is hidden: it counts as empty
        Map<String, Object> switched = new HashMap<>(values);
        switched.put("customerType", "person");
        assertThat(FieldRules.evaluate(fields, switched).shown()).containsExactly("customerType");
    }

    @Test
    void aFieldWhoseSourceIsHiddenShowsWhenItWaitsForItToBeEmpty() {
        FieldDefinition noNumber = field("reason", FieldType.TEXT).withConditions(new Condition("companyRegNo", Operator.EMPTY, null), null);
        Map<String, Object> values = Map.of("customerType", "person", "companyRegNo", "۱۲۳۴");
        assertThat(FieldRules.evaluate(List.of(noNumber, REG_NO, CUSTOMER_TYPE), values).shown()).contains("reason");
    }

    @Test
    void requiredWhenAddsToRequiredAndOnlyForShownFields() {
        FieldDefinition always = field("name", FieldType.TEXT).withRequired(true);
        FieldDefinition hiddenRequired = REG_NO.withRequired(true);
        List<FieldDefinition> fields = List.of(CUSTOMER_TYPE, always, hiddenRequired, NOTE);
        assertThat(FieldRules.evaluate(fields, Map.of("customerType", "person")).required()).containsExactlyInAnyOrder("name", "note");
        assertThat(FieldRules.evaluate(fields, Map.of("customerType", "company")).required()).containsExactlyInAnyOrder("name",
                "companyRegNo");
    }

    @Test
    void conditionsReadNumbersAndChoicesAsTheServiceDoes() {
        FieldDefinition big = field("discount", FieldType.DECIMAL).withConditions(new Condition("employees", Operator.EQUALS, "۱۰"), null);
        assertThat(FieldRules.evaluate(List.of(big), Map.of("employees", 10L)).shown()).containsExactly("discount");
        FieldDefinition gold = field("perk", FieldType.TEXT).withConditions(new Condition("tiers", Operator.EQUALS, "gold"), null);
        assertThat(FieldRules.evaluate(List.of(gold), Map.of("tiers", List.of("silver", "gold"))).shown()).containsExactly("perk");
    }

    @Test
    void aCycleOfConditionsEnds() {
        FieldDefinition a = field("a", FieldType.TEXT).withConditions(new Condition("b", Operator.EMPTY, null), null);
        FieldDefinition b = field("b", FieldType.TEXT).withConditions(new Condition("a", Operator.FILLED, null), null);
        assertThat(FieldRules.evaluate(List.of(a, b), Map.of("a", "x", "b", "y")).shown()).isNotNull();
    }

    @Test
    void theFieldsConditionsReadAreWatched() {
        assertThat(FieldRules.watched(List.of(CUSTOMER_TYPE, REG_NO, REG_DATE, NOTE))).containsExactlyInAnyOrder("customerType",
                "companyRegNo");
    }

    private static FieldDefinition field(String name, FieldType type) {
        return FieldDefinition.of(name, type, LocalizedText.of(name, name));
    }
}
