package org.peyvand.ui.admin.internal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.form.Condition;
import org.peyvand.platform.form.Condition.Operator;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.FormSection;
import org.peyvand.platform.form.FormTab;
import org.peyvand.platform.form.LocalizedText;

class DesignerModelTest {
    private static final LocalizedText DETAILS = LocalizedText.of("مشخصات", "Details");
    private static final LocalizedText SELECT = LocalizedText.of("یک گزینه", "One choice");

    @Test
    void aModulesFormOpensWithEveryActiveFieldPlacedAndItsKeyFixed() {
        DesignerModel model = DesignerModel.of(contactForm(), DETAILS);
        assertThat(model.keyFixed()).isTrue();
        assertThat(model.tabs()).hasSize(1);
        assertThat(model.section(0, 0).fields).containsExactly("firstName", "lastName", "tier");
        assertThat(model.nameFixed("firstName")).isTrue();
        assertThat(model.nameFixed("tier")).as("a stored field keeps its name").isTrue();
        assertThat(model.removedFields()).extracting(FieldDefinition::name).containsExactly("old");
    }

    @Test
    void anAddedFieldHasAFreshNameANumberedLabelAndCanBeRenamedEverywhere() {
        DesignerModel model = DesignerModel.of(contactForm(), DETAILS);
        String first = model.addField(FieldType.MULTI_SELECT, SELECT, 0, 0);
        String second = model.addField(FieldType.MULTI_SELECT, SELECT, 0, 0);
        assertThat(first).isEqualTo("multiSelect1");
        assertThat(second).isEqualTo("multiSelect2");
        assertThat(model.field(second).orElseThrow().label()).isEqualTo(LocalizedText.of("یک گزینه 2", "One choice 2"));
        model.update("tier", f -> f.withConditions(new Condition(second, Operator.FILLED, null), null));

        assertThat(model.rename(second, "interests")).isEmpty();
        assertThat(model.section(0, 0).fields).endsWith("interests");
        assertThat(model.field("tier").orElseThrow().visibleWhen().field()).isEqualTo("interests");
        assertThat(model.rename("interests", "lastName")).contains("form.error.duplicateField");
        assertThat(model.rename("interests", "Bad name")).contains("form.error.fieldName");
        assertThat(model.rename("tier", "level")).contains("form.error.fieldReadOnly");
    }

    @Test
    void fieldsMoveWithinAndBetweenSections() {
        DesignerModel model = DesignerModel.of(contactForm(), DETAILS);
        model.addSection(0, LocalizedText.of("بیشتر", "More"));
        model.place("firstName", 0, 1, 0);
        assertThat(model.section(0, 0).fields).containsExactly("lastName", "tier");
        assertThat(model.section(0, 1).fields).containsExactly("firstName");
        model.place("lastName", 0, 0, 2);
        assertThat(model.section(0, 0).fields).containsExactly("tier", "lastName");
        model.shift("lastName", -1);
        assertThat(model.section(0, 0).fields).containsExactly("lastName", "tier");
        model.shift("lastName", -1);
        assertThat(model.section(0, 0).fields).containsExactly("lastName", "tier");
        assertThat(model.location("firstName")).contains(new DesignerModel.Location(0, 1, 0));
    }

    @Test
    void removingAStoredFieldKeepsItAsRemovedAndDropsWhatReferredToIt() {
        DesignerModel model = DesignerModel.of(contactForm(), DETAILS);
        String note = model.addField(FieldType.TEXT, LocalizedText.of("متن", "Text"), 0, 0);
        model.update(note, f -> f.withConditions(new Condition("tier", Operator.EQUALS, "gold"), new Condition("tier", Operator.FILLED,
                null)));
        assertThat(model.remove("firstName")).as("built-in fields stay").isFalse();
        assertThat(model.remove("tier")).isTrue();
        assertThat(model.field("tier").orElseThrow().removed()).isTrue();
        assertThat(model.location("tier")).isEmpty();
        assertThat(model.field(note).orElseThrow().visibleWhen()).isNull();
        assertThat(model.field(note).orElseThrow().requiredWhen()).isNull();
        assertThat(model.definition().listColumns()).containsExactly("lastName");

        assertThat(model.remove(note)).isTrue();
        assertThat(model.field(note)).as("a new field leaves no trace").isEmpty();

        model.restore("tier");
        assertThat(model.field("tier").orElseThrow().removed()).isFalse();
        assertThat(model.section(0, 0).fields).endsWith("tier");
    }

    @Test
    void builtInFieldsAreNotChanged() {
        DesignerModel model = DesignerModel.of(contactForm(), DETAILS);
        model.update("firstName", f -> f.withRequired(false));
        assertThat(model.field("firstName").orElseThrow().required()).isTrue();
    }

    @Test
    void removedSectionsAndTabsHandTheirFieldsOn() {
        DesignerModel model = DesignerModel.of(contactForm(), DETAILS);
        assertThat(model.sectionRemovable()).isFalse();
        model.addTab(LocalizedText.of("دیگر", "Other"), DETAILS);
        model.place("tier", 1, 0, 0);
        model.removeTab(1);
        assertThat(model.tabs()).hasSize(1);
        assertThat(model.section(0, 0).fields).containsExactly("firstName", "lastName", "tier");

        model.addSection(0, DETAILS);
        model.place("firstName", 0, 1, 0);
        model.removeSection(0, 0);
        assertThat(model.section(0, 0).fields).containsExactly("lastName", "tier", "firstName");
    }

    @Test
    void theDefinitionKeepsTheFieldOrderTheServiceNumbersErrorsBy() {
        DesignerModel model = DesignerModel.of(contactForm(), DETAILS);
        String added = model.addField(FieldType.TEXT, LocalizedText.of("متن", "Text"), 0, 0);
        FormDefinition definition = model.definition();
        assertThat(definition.fields()).extracting(FieldDefinition::name).containsExactly("firstName", "lastName", "tier", "old", added);
        assertThat(model.fieldAt(4)).contains(added);
        assertThat(model.fieldAt(9)).isEmpty();
        assertThat(definition.tabs().get(0).sections().get(0)).isEqualTo(new FormSection(DETAILS, 2,
                List.of("firstName", "lastName", "tier", added)));
    }

    @Test
    void aNewFormStartsWithAKeyPrefixAndOneSection() {
        DesignerModel model = DesignerModel.blank(FormKind.STANDALONE, LocalizedText.of("بی‌نام", "Untitled"), DETAILS);
        assertThat(model.key()).isEqualTo("form.");
        assertThat(model.keyFixed()).isFalse();
        model.key(" form.survey ");
        assertThat(model.definition().key()).isEqualTo("form.survey");
        assertThat(model.definition().kind()).isEqualTo(FormKind.STANDALONE);
        assertThat(model.tabs().get(0).sections).hasSize(1);
        assertThat(DesignerModel.blank(FormKind.RECORD_TYPE, null, DETAILS).key()).isEqualTo("custom.");
    }

    @Test
    void aDesignedRecordTypeChoosesAndOrdersItsListColumnsAndMenuSection() {
        DesignerModel model = DesignerModel.blank(FormKind.RECORD_TYPE, LocalizedText.of("بازدید", "Visit"), DETAILS);
        assertThat(model.designedRecordType()).isTrue();
        assertThat(model.menuSection()).isEqualTo(DesignerModel.DEFAULT_SECTION);
        String subject = model.addField(FieldType.TEXT, LocalizedText.of("متن", "Text"), 0, 0);
        String day = model.addField(FieldType.DATE, LocalizedText.of("تاریخ", "Date"), 0, 0);
        String notes = model.addField(FieldType.LONG_TEXT, LocalizedText.of("یادداشت", "Notes"), 0, 0);
        model.addListColumn(subject);
        model.addListColumn(day);
        model.addListColumn(day);
        model.addListColumn("nothing");
        assertThat(model.listColumns()).containsExactly(subject, day);
        assertThat(model.columnCandidates()).extracting(FieldDefinition::name).containsExactly(notes);
        model.shiftListColumn(day, -1);
        model.shiftListColumn(day, -1);
        assertThat(model.listColumns()).containsExactly(day, subject);
        model.menuSection("sales");
        FormDefinition definition = model.definition();
        assertThat(definition.listColumns()).containsExactly(day, subject);
        assertThat(definition.menuSection()).isEqualTo("sales");
        // a field taken off the form leaves the list too
        model.remove(day);
        model.removeListColumn(subject);
        assertThat(model.listColumns()).isEmpty();
        assertThat(DesignerModel.of(contactForm(), DETAILS).designedRecordType()).as("a module's record type").isFalse();
        assertThat(DesignerModel.blank(FormKind.STANDALONE, null, DETAILS).menuSection()).isNull();
    }

    private static FormDefinition contactForm() {
        FieldDefinition firstName = FieldDefinition.of("firstName", FieldType.TEXT, LocalizedText.of("نام", "First name"))
                .withRequired(true).withBuiltIn(true);
        FieldDefinition lastName = FieldDefinition.of("lastName", FieldType.TEXT, LocalizedText.of("نام خانوادگی", "Last name"))
                .withBuiltIn(true);
        FieldDefinition tier = FieldDefinition.of("tier", FieldType.SELECT, LocalizedText.of("سطح", "Tier"));
        FieldDefinition old = FieldDefinition.of("old", FieldType.TEXT, LocalizedText.of("قدیمی", "Old")).withRemoved(true);
        return new FormDefinition("accounts.contact", FormKind.RECORD_TYPE, "accounts", LocalizedText.of("فرد", "Contact"),
                List.of(firstName, lastName, tier, old),
                List.of(new FormTab(null, List.of(new FormSection(DETAILS, 2, List.of("firstName", "lastName"))))),
                List.of("lastName", "tier"), null, 2);
    }
}
