package org.peyvand.module.network.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.peyvand.module.network.NodeClassInput;
import org.peyvand.module.network.NodeRole;
import org.peyvand.module.network.RegionInput;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;

class InputsTest {

    @Test
    void aCityIsTrimmedAndNeedsBothNames() {
        assertThat(Inputs.region(new RegionInput(8L, "  رشت ", " Rasht"))).isEqualTo(new RegionInput(8L, "رشت", "Rasht"));
        assertThatThrownBy(() -> Inputs.region(new RegionInput(8L, " ", "x".repeat(101))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("nameFa", "core.error.required"), tuple("nameEn", "core.error.tooLong")));
    }

    @Test
    void aClassNeedsACodePeopleCanTypeAndBothNames() {
        assertThat(Inputs.nodeClass(new NodeClassInput(" A+ ", "الف", "A", "  "))).isEqualTo(new NodeClassInput("A+", "الف", "A", null));
        assertThatThrownBy(() -> Inputs.nodeClass(new NodeClassInput("درجه", null, "B", "x".repeat(1001))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                        .containsExactly("code", "nameFa", "criteria"));
    }

    @Test
    void rolesAreReadAsPeopleAndMachinesWriteThem() {
        assertThat(NodeRole.of("sales-centre")).isEqualTo(NodeRole.SALES_CENTRE);
        assertThat(NodeRole.of(" Head_Office ")).isEqualTo(NodeRole.HEAD_OFFICE);
        assertThat(NodeRole.of("shop")).isNull();
        assertThatThrownBy(() -> Params.role("shop", "role")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsExactly(FieldError.of("role", "network.error.role")));
        assertThat(Params.number("۱۲", "root")).isEqualTo(12L);
        assertThat(NodeRole.AGENCY.classified()).isTrue();
        assertThat(NodeRole.DISTRIBUTION_CENTRE.classified()).isFalse();
    }
}
