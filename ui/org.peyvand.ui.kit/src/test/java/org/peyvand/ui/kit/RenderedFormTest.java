package org.peyvand.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.Condition.Operator;
import org.peyvand.platform.form.Condition;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FileService;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.FormSection;
import org.peyvand.platform.form.FormTab;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.form.StoredFile;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.FieldAccess;

import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.Link;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.TextField;

/** The rendered form's behaviour without a browser: components are driven as the user would. */
class RenderedFormTest {
    private static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");
    private static final FieldDefinition CUSTOMER_TYPE = FieldDefinition.of("customerType", FieldType.SELECT, LocalizedText.of("نوع مشتری",
            "Customer type")).withOptions(List.of(new FieldOption("person", LocalizedText.of("شخص", "Person")),
                    new FieldOption("company", LocalizedText.of("شرکت", "Company"))));
    private static final FieldDefinition REG_NO = FieldDefinition.of("companyRegNo", FieldType.TEXT, LocalizedText.of("شماره ثبت",
            "Registration number")).withConditions(new Condition("customerType", Operator.EQUALS, "company"), null)
            .withHelp(LocalizedText.of("شماره ثبت شرکت", "As registered"));
    private static final FieldDefinition SCORE = FieldDefinition.of("score", FieldType.COMPUTED, LocalizedText.of("امتیاز", "Score"))
            .withExpression("1");
    private static final FieldDefinition FIRST_NAME = FieldDefinition.of("firstName", FieldType.TEXT, LocalizedText.of("نام", "First name"))
            .withBuiltIn(true);

    @Test
    void aFieldShowsAndHidesAsTheFieldItDependsOnChanges() {
        RenderedForm form = persian().form(contactForm()).render();
        TextField regNo = find(form, "field-companyRegNo", TextField.class);
        assertThat(regNo.isVisible()).isFalse();

        ComboBox<Option> type = combo(form, "field-customerType");
        type.setValue(new Option("company", "شرکت"));
        assertThat(regNo.isVisible()).isTrue();
        assertThat(regNo.getDescription()).isEqualTo("شماره ثبت شرکت");
        regNo.setValue("۱۲۳۴۵");
        assertThat(form.values()).containsEntry("companyRegNo", "۱۲۳۴۵");

        type.setValue(new Option("person", "شخص"));
        assertThat(regNo.isVisible()).isFalse();
        assertThat(form.values().get("companyRegNo")).as("a hidden field is sent empty").isNull();
    }

    @Test
    void customValuesLeaveOutBuiltInComputedAndWithheldFields() {
        RenderedForm form = persian().form(contactForm()).render();
        Map<String, Object> stored = new HashMap<>(Map.of("firstName", "سارا", "customerType", "company", "companyRegNo", "۹۸", "score", 7L));
        form.setValues(stored);
        assertThat(form.customValues()).containsOnlyKeys("customerType", "companyRegNo");
        assertThat(find(form, "field-score", TextField.class).getValue()).isEqualTo("۷");

        form.restrict(new FieldAccess(Set.of("companyRegNo"), Set.of("customerType")));
        assertThat(form.customValues()).isEmpty();
        assertThat(find(form, "field-companyRegNo", TextField.class).isVisible()).isFalse();
    }

    @Test
    void requiredWhenMarksTheFieldWhileItsConditionHolds() {
        FieldDefinition note = FieldDefinition.of("note", FieldType.TEXT, LocalizedText.of("یادداشت", "Note"))
                .withConditions(null, new Condition("customerType", Operator.EQUALS, "person"));
        RenderedForm form = persian().field(CUSTOMER_TYPE).field(note).render();
        TextField noteField = find(form, "field-note", TextField.class);
        assertThat(noteField.isRequiredIndicatorVisible()).isFalse();
        combo(form, "field-customerType").setValue(new Option("person", "شخص"));
        assertThat(noteField.isRequiredIndicatorVisible()).isTrue();
    }

    @Test
    void aNewFormStartsWithTheDefaults() {
        FieldDefinition since = FieldDefinition.of("since", FieldType.DATE, LocalizedText.of("از", "Since")).withDefault("1403/01/01");
        RenderedForm form = persian().field(CUSTOMER_TYPE.withDefault("person")).field(since).render();
        assertThat(form.values()).containsEntry("customerType", "person").containsEntry("since", LocalDate.of(2024, 3, 20));
    }

    @Test
    void moreThanOneTabMakesATabSheetAndAnErrorBringsItsTabIntoView() {
        FormDefinition twoTabs = new FormDefinition("custom.visit", FormKind.RECORD_TYPE, null, null, List.of(CUSTOMER_TYPE, REG_NO),
                List.of(new FormTab(LocalizedText.of("اول", "First"), List.of(new FormSection(null, 1, List.of("customerType")))),
                        new FormTab(LocalizedText.of("دوم", "Second"), List.of(new FormSection(null, 2, List.of("companyRegNo"))))),
                null, null, 1);
        RenderedForm form = persian().form(twoTabs).render();
        TabSheet tabs = (TabSheet) form.layout();
        assertThat(tabs.getTab(1).getCaption()).isEqualTo("دوم");
        combo(form, "field-customerType").setValue(new Option("company", "شرکت"));
        List<String> elsewhere = form.showErrors(List.of(FieldError.of("companyRegNo", "core.error.required"),
                FieldError.of("phones[0].number", "core.error.phone")));
        assertThat(tabs.getTabPosition(tabs.getTab(tabs.getSelectedTab()))).isEqualTo(1);
        assertThat(find(form, "field-companyRegNo", TextField.class).getComponentError()).isNotNull();
        assertThat(elsewhere).containsExactly("phones[0].number: core.error.phone");
    }

    @Test
    void unavailableInputsAreDisabledAndNeverSent() {
        FieldDefinition file = FieldDefinition.of("contract", FieldType.FILE, LocalizedText.of("قرارداد", "Contract"));
        FieldDefinition account = FieldDefinition.of("partner", FieldType.LOOKUP, LocalizedText.of("همکار", "Partner"))
                .withLookup("accounts.account");
        FieldDefinition flag = FieldDefinition.of("vip", FieldType.BOOLEAN, LocalizedText.of("ویژه", "VIP"));
        RenderedForm form = persian().field(file).field(account).field(flag).render();
        TextField contract = find(form, "field-contract", TextField.class);
        assertThat(contract.isEnabled()).isFalse();
        assertThat(contract.getPlaceholder()).isEqualTo("kit.form.noFiles");
        assertThat(find(form, "field-partner", TextField.class).isEnabled()).isFalse();
        find(form, "field-vip", CheckBox.class).setValue(true);
        assertThat(form.customValues()).containsOnly(Map.entry("vip", true));
    }

    @Test
    void fileFieldsShowTheirFileAndSendItsId() {
        StoredFile report = new StoredFile(41, "گزارش آزمایش.pdf", "application/pdf", 10, "ab", "sara", Instant.EPOCH);
        FileService files = new FileService() {
            @Override
            public StoredFile upload(Caller caller, String name, InputStream content) {
                throw new AssertionError("nothing is uploaded here");
            }

            @Override
            public StoredFile describe(Caller caller, long id) {
                if (id != report.id()) {
                    throw new NotFoundException("form.error.fileNotFound", id);
                }
                return report;
            }

            @Override
            public void download(Caller caller, long id, OutputStream out) {
            }
        };
        Caller sara = new Caller("sara", 1, Set.of("staff"), DisplayPreferences.defaults(PERSIAN));
        RenderedForm form = persian().files(new FileUploads(sara, files))
                .field(FieldDefinition.of("contract", FieldType.FILE, LocalizedText.of("قرارداد", "Contract"))).render();
        form.setValues(Map.of("contract", 41L));
        Link link = (Link) find(form.layout(), "field-contract").flatMap(RenderedFormTest::firstLink).orElseThrow();
        assertThat(link.getCaption()).isEqualTo("گزارش آزمایش.pdf");
        assertThat(form.customValues()).containsOnly(Map.entry("contract", 41L));
        form.setValues(Map.of("contract", 7L));
        assertThat(find(form.layout(), "field-contract").flatMap(RenderedFormTest::firstLink)).isEmpty();
    }

    @Test
    void customFieldsTheLayoutDoesNotPlaceGetASectionOfTheirOwn() {
        FormDefinition form = contactForm();
        RenderedForm rendered = persian().text("firstName", "accounts.contact.firstName", true, 100).customFields(form).render();
        assertThat(texts(rendered.layout())).contains("مشخصات", "kit.form.customFields");
        assertThat(rendered.values()).containsOnlyKeys("firstName", "customerType", "companyRegNo", "score");
    }

    @Test
    void withoutALayoutTheModulesFieldsComeFirstAndTheCustomFieldsAfterThem() {
        FormDefinition unarranged = new FormDefinition("accounts.contact", FormKind.RECORD_TYPE, "accounts", null,
                List.of(FIRST_NAME, CUSTOMER_TYPE), List.of(), List.of(), null, 1);
        RenderedForm rendered = persian().text("firstName", "accounts.contact.firstName", true, 100).customFields(unarranged).render();
        Component ownGrid = find(rendered, "field-firstName", TextField.class).getParent().getParent();
        Component customGrid = find(rendered.layout(), "field-customerType").orElseThrow().getParent().getParent();
        assertThat(ownGrid).isNotSameAs(customGrid);
        assertThat(texts(rendered.layout())).containsExactly("kit.form.customFields");
    }

    private static FormDefinition contactForm() {
        return new FormDefinition("accounts.contact", FormKind.RECORD_TYPE, "accounts", LocalizedText.of("فرد", "Contact"),
                List.of(FIRST_NAME, CUSTOMER_TYPE, REG_NO, SCORE),
                List.of(new FormTab(null, List.of(new FormSection(LocalizedText.of("مشخصات", "Details"), 2, List.of("firstName"))))),
                List.of(), null, 3);
    }

    private static FormRenderer persian() {
        return new FormRenderer(new KeysAsTexts(PERSIAN), DisplayFormat.of(DisplayPreferences.defaults(PERSIAN)));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Option> combo(RenderedForm form, String id) {
        return find(form, id, ComboBox.class);
    }

    private static <T extends Component> T find(RenderedForm form, String id, Class<T> type) {
        return type.cast(find(form.layout(), id).orElseThrow(() -> new AssertionError("no " + id)));
    }

    /** A custom field's content, built as attaching it to a page would. */
    private static Component content(com.vaadin.ui.CustomField<?> field) {
        try {
            java.lang.reflect.Method content = com.vaadin.ui.CustomField.class.getDeclaredMethod("getContent");
            content.setAccessible(true);
            return (Component) content.invoke(field);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Optional<Component> firstLink(Component root) {
        if (root instanceof Link) {
            return Optional.of(root);
        }
        if (root instanceof com.vaadin.ui.CustomField<?> field) {
            return firstLink(content(field));
        }
        if (root instanceof HasComponents container) {
            for (Component child : container) {
                Optional<Component> found = firstLink(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Component> find(Component root, String id) {
        if (id.equals(root.getId())) {
            return Optional.of(root);
        }
        if (root instanceof HasComponents container) {
            for (Component child : container) {
                Optional<Component> found = find(child, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> texts(Component root) {
        List<String> texts = new java.util.ArrayList<>();
        if (root instanceof com.vaadin.ui.Label label) {
            texts.add(label.getValue());
        }
        if (root instanceof HasComponents container) {
            container.forEach(child -> texts.addAll(texts(child)));
        }
        return texts;
    }

    /** Texts are their keys, so tests see which text a component shows. */
    private record KeysAsTexts(Locale locale) implements Messages {
        @Override
        public String get(String key, Object... args) {
            return key;
        }

        @Override
        public Optional<String> find(String key, Object... args) {
            return Optional.of(key);
        }

        @Override
        public String describe(FieldError error, String fieldLabelKey) {
            return fieldLabelKey + ": " + error.messageKey();
        }
    }
}
