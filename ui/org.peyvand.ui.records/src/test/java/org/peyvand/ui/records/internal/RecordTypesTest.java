package org.peyvand.ui.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.form.RecordActions;

class RecordTypesTest {
    private static final List<FieldDefinition> FIELDS = List.of(FieldDefinition.of("subject", FieldType.TEXT, null));

    @Test
    void onlyRecordTypesAdministratorsDesignedGetScreens() {
        assertThat(RecordTypes.designed(form("custom.visit", FormKind.RECORD_TYPE, null, "sales"))).isTrue();
        assertThat(RecordTypes.designed(form("accounts.contact", FormKind.RECORD_TYPE, "accounts", null))).isFalse();
        assertThat(RecordTypes.designed(form("form.survey", FormKind.STANDALONE, null, null))).isFalse();
    }

    @Test
    void theMenuEntryCarriesTheLabelInBothLanguagesTheSectionAndTheReadPermission() {
        assertThat(RecordTypes.menuEntry(form("custom.visit", FormKind.RECORD_TYPE, null, "sales")))
                .containsEntry("crm.menu.id", "custom.visit")
                .containsEntry("crm.menu.title.fa", "بازدید")
                .containsEntry("crm.menu.title.en", "Visit")
                .containsEntry("crm.menu.section", "sales")
                .containsEntry("crm.menu.permission", "custom.visit.read")
                .containsEntry("crm.menu.order", RecordTypes.ORDER);
    }

    @Test
    void aStandAloneFormIsShownToThoseWhoMaySubmitItAndItsSubmissionsNeverChange() {
        FormDefinition survey = form("form.survey", FormKind.STANDALONE, null, null);
        assertThat(RecordTypes.standAlone(survey)).isTrue();
        assertThat(RecordTypes.menuEntry(survey)).containsEntry("crm.menu.permission", "form.survey.submit")
                .containsEntry("crm.menu.section", RecordTypes.DEFAULT_SECTION);
        assertThat(RecordActions.permission(survey, RecordActions.CREATE)).contains("form.survey.submit");
        assertThat(RecordActions.permission(survey, RecordActions.READ)).contains("form.survey.read");
        assertThat(RecordActions.permission(survey, RecordActions.UPDATE)).isEmpty();
        assertThat(RecordActions.permission(survey, RecordActions.IMPORT)).isEmpty();
        assertThat(RecordActions.permission(form("custom.visit", FormKind.RECORD_TYPE, null, null), RecordActions.UPDATE))
                .contains("custom.visit.update");
    }

    @Test
    void aTypeWithoutSectionGoesToTheCustomersSectionAndAMissingLabelTakesTheOtherLanguage() {
        FormDefinition form = new FormDefinition("custom.visit", FormKind.RECORD_TYPE, null, LocalizedText.of("بازدید", null), FIELDS,
                List.of(), List.of(), " ", 1);
        assertThat(RecordTypes.menuEntry(form)).containsEntry("crm.menu.section", RecordTypes.DEFAULT_SECTION)
                .containsEntry("crm.menu.title.en", "بازدید");
    }

    private static FormDefinition form(String key, FormKind kind, String module, String section) {
        return new FormDefinition(key, kind, module, LocalizedText.of("بازدید", "Visit"), FIELDS, List.of(), List.of(), section, 1);
    }
}
