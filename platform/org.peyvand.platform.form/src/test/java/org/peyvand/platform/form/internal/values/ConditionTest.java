package org.peyvand.platform.form.internal.values;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.form.Condition;
import org.peyvand.platform.form.Condition.Operator;

class ConditionTest {

    @Test
    void equalsComparesTextsAsSearchDoes() {
        assertTrue(new Condition("city", Operator.EQUALS, "كرج").holds(Map.of("city", "کرج")));
        assertFalse(new Condition("city", Operator.EQUALS, "تهران").holds(Map.of("city", "کرج")));
        assertTrue(new Condition("city", Operator.NOT_EQUALS, "تهران").holds(Map.of("city", "کرج")));
    }

    @Test
    void numbersCompareByValueInAnyDigits() {
        assertTrue(new Condition("count", Operator.EQUALS, "۱۰").holds(Map.of("count", 10L)));
        assertFalse(new Condition("count", Operator.EQUALS, "ten").holds(Map.of("count", 10L)));
    }

    @Test
    void aMultiSelectEqualsEachOfItsChoices() {
        assertTrue(new Condition("tags", Operator.EQUALS, "vip").holds(Map.of("tags", List.of("new", "vip"))));
        assertFalse(new Condition("tags", Operator.EQUALS, "old").holds(Map.of("tags", List.of("new", "vip"))));
    }

    @Test
    void filledAndEmpty() {
        assertTrue(new Condition("note", Operator.EMPTY, null).holds(Map.of("note", " ")));
        assertTrue(new Condition("note", Operator.FILLED, null).holds(Map.of("note", "x")));
        assertTrue(new Condition("missing", Operator.EMPTY, null).holds(Map.of()));
        assertTrue(new Condition("flag", Operator.EQUALS, "true").holds(Map.of("flag", Boolean.TRUE)));
    }
}
