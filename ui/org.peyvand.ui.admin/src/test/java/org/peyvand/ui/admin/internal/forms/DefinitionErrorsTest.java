package org.peyvand.ui.admin.internal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.LocalizedText;

class DefinitionErrorsTest {
    private final DesignerModel model = DesignerModel.of(new FormDefinition("custom.visit", FormKind.RECORD_TYPE, null,
            LocalizedText.of("بازدید", "Visit"), List.of(FieldDefinition.of("place", FieldType.TEXT, null),
                    FieldDefinition.of("kind", FieldType.SELECT, null)), List.of(), List.of(), null, 1),
            LocalizedText.of("مشخصات", "Details"));

    @Test
    void aFieldPathNamesTheFieldAndItsProperty() {
        DefinitionErrors.Placed placed = DefinitionErrors.place(FieldError.of("fields[1].options[0].value", "form.error.optionValue"),
                model);
        assertThat(placed.field()).isEqualTo("kind");
        assertThat(placed.property()).isEqualTo("options");
        assertThat(DefinitionErrors.place(FieldError.of("fields[0]", "x"), model).property()).isNull();
        assertThat(DefinitionErrors.place(FieldError.of("fields[1].visibleWhen.field", "x"), model).property()).isEqualTo("visibleWhen");
    }

    @Test
    void aLayoutPathNamesTheSection() {
        DefinitionErrors.Placed placed = DefinitionErrors.place(FieldError.of("tabs[0].sections[2].fields", "form.error.placedTwice"),
                model);
        assertThat(placed.section()).isEqualTo(new DesignerModel.Location(0, 2, 0));
        assertThat(placed.field()).isNull();
    }

    @Test
    void aRefusalToLoseDataNamesTheFieldItselfAndEverythingElseIsTheForms() {
        assertThat(DefinitionErrors.place(FieldError.of("kind", "form.error.wouldNotConvert", 2, "7 (x)"), model).field())
                .isEqualTo("kind");
        assertThat(DefinitionErrors.place(FieldError.of("key", "form.error.customKey"), model).formPart()).isEqualTo("key");
        assertThat(DefinitionErrors.place(FieldError.of("fields", "form.error.tooManyFields"), model).formPart()).isEqualTo("fields");
        assertThat(DefinitionErrors.place(FieldError.of("fields[7].name", "x"), model).formPart()).as("beyond the fields").isEqualTo("fields");
        assertThat(DefinitionErrors.place(FieldError.of("label", "form.error.label"), model).formPart()).isEqualTo("label");
    }
}
