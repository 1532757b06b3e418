package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.Browser;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;

/**
 * The form designer in a real browser, in Persian: an administrator adds a choice field and a
 * field shown only for one of its choices to people, publishes the form, and the new fields
 * appear, hide and show on the contact form as the choice changes; the values arrive through REST.
 */
public class FormDesignerBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(FormDesignerBrowserIT.class);

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void designConditionalCustomFieldsAndFillThemInOnAContact() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("the accounts module", 180_000, () -> admin.get("/api/v1/contacts/count").status() == 200);
        String lastName = "صالحی" + suffix();

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.element("#login-username");
            assertEquals("Persian is the default language", "rtl", browser.direction());
            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.waitForText("#menu-forms", "فرم‌ها");

            browser.click("#menu-forms");
            browser.waitForText("#forms-grid", "accounts.contact");
            browser.screenshot("20-forms-list");
            browser.clickContaining("#forms-grid td", "accounts.contact");
            browser.element("#form-designer");
            browser.element("#designer-field-firstName");

            // a choice field, added through the section's menu (the keyboard's way rather than dragging)
            addField(browser, "SELECT");
            browser.element("#designer-field-select1");
            browser.type("#prop-name", "customerType");
            browser.type("#prop-label-fa", "نوع مشتری");
            browser.element("#designer-field-customerType");
            browser.type("#prop-label-en", "Customer type");

            // a choice field needs choices: checking the design, the service's objection lands on the field
            browser.click("#designer-check");
            browser.waitForText("#designer-problems", "customerType");
            browser.element("#designer-field-customerType.crm-error");
            browser.element("#prop-options");
            browser.screenshot("21-designer-refused");

            browser.click("#prop-option-add");
            browser.type("#prop-option-0-value", "person");
            browser.type("#prop-option-0-fa", "شخص");
            browser.type("#prop-option-0-en", "Person");
            browser.click("#prop-option-add");
            browser.type("#prop-option-1-value", "company");
            browser.type("#prop-option-1-fa", "شرکت");
            browser.type("#prop-option-1-en", "Company");

            // a text field shown only when the customer is a company
            addField(browser, "TEXT");
            browser.element("#designer-field-text1");
            browser.type("#prop-name", "companyRegNo");
            browser.type("#prop-label-fa", "شماره ثبت شرکت");
            browser.element("#designer-field-companyRegNo");
            browser.type("#prop-label-en", "Company registration number");
            browser.pick("#prop-visible-field", "نوع مشتری");
            browser.pick("#prop-visible-value", "شرکت");
            browser.screenshot("22-designer-persian");

            // the live preview follows the condition, in either language
            browser.scrollTo("#designer-preview");
            assertTrue("hidden until a company is picked", browser.absent("#designer-preview #field-companyRegNo"));
            browser.pick("#designer-preview #field-customerType", "شرکت");
            browser.element("#designer-preview #field-companyRegNo");
            browser.scrollTo("#designer-preview");
            browser.screenshot("23-designer-preview-persian");
            browser.click("#designer-preview-language");
            browser.waitForText("#designer-preview", "Customer type");
            browser.scrollTo("#designer-preview");
            browser.screenshot("24-designer-preview-english");

            browser.click("#designer-publish");
            browser.type("#publish-comment", "نوع مشتری و شماره ثبت شرکت");
            browser.click("#publish-confirm");
            browser.waitForText("#designer-version", "۱");
            browser.screenshot("25-designer-published");
            browser.click("#designer-versions");
            browser.waitForText("#versions-grid", "نوع مشتری و شماره ثبت شرکت");
            browser.screenshot("26-versions");
            browser.click("#versions-dialog .v-window-closebox");
            browser.waitUntilGone("#versions-dialog");

            browser.click("#menu-contacts");
            browser.element("#view-contacts");
            browser.click("#contact-new");
            browser.element("#contact-editor");
            browser.element("#field-customerType");
            assertTrue("hidden until a company is picked", browser.absent("#field-companyRegNo"));
            browser.type("#field-firstName", "مریم");
            browser.type("#field-lastName", lastName);
            browser.type("#field-jobTitle", "مدیر فروش");
            browser.pick("#field-customerType", "شرکت");
            browser.type("#field-companyRegNo", "۱۲۳۴۵۶");
            browser.screenshot("27-contact-with-custom-fields");
            browser.click("#editor-save");
            browser.waitUntilGone("#contact-editor");
        }

        JsonNode found = admin.get("/api/v1/contacts?q=" + URLEncoder.encode(lastName, StandardCharsets.UTF_8)).json().get("items");
        assertEquals(1, found.size());
        JsonNode custom = found.get(0).get("custom");
        assertEquals("company", custom.get("customerType").asText());
        assertEquals("123456", PersianText.toLatinDigits(custom.get("companyRegNo").asText()));
    }

    private static void addField(Browser browser, String type) {
        browser.click("#designer-section-0-0-add .v-menubar-menuitem");
        browser.click(".v-menubar-popup .v-menubar-menuitem-type-" + type);
    }

    private static String suffix() {
        String letters = "ابپتثجچحخدرزسشصطعغفقلمنوهی";
        Random random = new Random();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            text.append(letters.charAt(random.nextInt(letters.length())));
        }
        return text.toString();
    }
}
