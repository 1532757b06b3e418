package org.peyvand.itests;

import static org.junit.Assert.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.Browser;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;

/**
 * A record type designed without code, in a real browser, in Persian: an administrator designs it
 * with its list columns and menu section and publishes it; its menu entry appears at once, and a
 * record is created with a Jalali date, found in the list by the search box (typed with Arabic
 * yeh and kaf) and in the global search, changed and deleted; a CSV file imports its valid rows and
 * lists the others with their reasons.
 */
public class RecordTypeBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(RecordTypeBrowserIT.class);

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void designARecordTypeThenCreateFindChangeAndDeleteItsRecords() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Random random = new Random();
        String type = "custom.trip" + random.nextInt(1_000_000);
        String typeName = "مأموریت " + letters(random);
        String place = "کارخانه کیان" + letters(random);
        String menuItem = "[id='menu-" + type + "']";

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.element("#login-username");
            assertEquals("Persian is the default language", "rtl", browser.direction());
            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.waitForText("#menu-forms", "فرم‌ها");

            // the designer asks a new record type for its list columns and menu section
            browser.click("#menu-forms");
            browser.waitForText("#forms-grid", "accounts.contact");
            browser.settle();
            browser.click("#forms-new-record-type");
            browser.element("#form-designer");
            browser.settle();
            browser.element("#designer-list-settings");
            browser.type("#designer-key", type);
            browser.type("#designer-label-fa", typeName);
            browser.type("#designer-label-en", "Business trip");
            addField(browser, "TEXT");
            browser.element("#designer-field-text1");
            browser.type("#prop-name", "place");
            browser.type("#prop-label-fa", "محل");
            browser.element("#designer-field-place");
            browser.click("#prop-required");
            addField(browser, "DATE");
            browser.element("#designer-field-date1");
            browser.type("#prop-name", "tripDate");
            browser.type("#prop-label-fa", "تاریخ سفر");
            browser.element("#designer-field-tripDate");
            addField(browser, "LONG_TEXT");
            browser.element("#designer-field-longText1");
            browser.pick("#designer-column-add", "تاریخ سفر");
            browser.element("#designer-column-tripDate");
            browser.pick("#designer-column-add", "محل");
            browser.element("#designer-column-place");
            // the place comes first in the list
            browser.click("#designer-column-place-up");
            browser.pick("#designer-menu-section", "فروش");
            browser.scrollTo("#designer-list-settings");
            browser.screenshot("40-record-type-designer");
            browser.click("#designer-publish");
            browser.click("#publish-confirm");
            browser.settle();
            browser.screenshot("41-record-type-published");
            browser.waitForText("#designer-version", "۱");

            // the menu entry arrives without a restart, in the chosen section, under the Persian name
            browser.click("#designer-back");
            browser.settle();
            // the workspace has no push: the menu changes with the next answer from the server
            browser.click("#menu-home");
            browser.waitForText(menuItem, typeName);
            browser.screenshot("42-record-type-in-menu");
            browser.click(menuItem);
            browser.element("#view-records");
            browser.waitForText("#list-title", typeName);
            browser.waitForText("#list-grid", "محل");

            browser.click("#records-new");
            browser.element("#record-editor");
            browser.click("#editor-save");
            browser.element("#field-place.v-textfield-error");
            browser.screenshot("43-record-refused");
            browser.type("#field-place", place);
            browser.type("#field-tripDate input", "۱۴۰۴/۰۸/۰۱");
            browser.screenshot("44-record-form-persian");
            browser.click("#editor-save");
            browser.waitUntilGone("#record-editor");
            browser.waitForText("#list-grid", place);
            browser.waitForText("#list-grid", "۱۴۰۴/۰۸/۰۱");

            // Arabic yeh and kaf as a user of an Arabic keyboard would type them
            browser.type("#list-search", place.replace('ی', 'ي').replace('ک', 'ك'));
            browser.waitForText("#list-count", "۱ رکورد");
            browser.waitForText("#list-grid", place);
            browser.screenshot("45-record-found-in-list");

            browser.type("#global-search", place + "\n");
            browser.waitForText("#global-search-results", place);
            browser.screenshot("46-record-in-global-search");
            browser.click("#global-search-results .crm-search-hit");
            browser.element("#record-editor");
            browser.settle();
            assertEquals("۱۴۰۴/۰۸/۰۱", browser.element("#field-tripDate input").getAttribute("value"));
            browser.type("#field-place", place + " دوم");
            browser.click("#editor-save");
            browser.waitUntilGone("#record-editor");
            browser.waitForText("#list-grid", place + " دوم");

            JsonNode stored = admin.get("/api/v1/records/" + type + "?q=" + URLEncoder.encode(place, StandardCharsets.UTF_8)).json()
                    .get("items");
            assertEquals(1, stored.size());
            assertEquals(place + " دوم", stored.get(0).get("values").get("place").asText());
            assertEquals("2025-10-23", stored.get(0).get("values").get("tripDate").asText());

            browser.clickContaining("#list-grid td", place);
            browser.element("#record-editor");
            browser.click("#tab-history");
            browser.waitForText("#record-history", "ویرایش");
            browser.screenshot("47-record-history");
            browser.click("#editor-delete");
            browser.click("#confirm-yes");
            browser.waitUntilGone("#record-editor");
            browser.waitForText("#list-count", "۰ رکورد");
            browser.screenshot("48-record-deleted");

            // a CSV file by the fields' labels: the valid row lands, the other is listed with its reason
            Path csv = Files.createTempFile("trips", ".csv");
            Files.writeString(csv, "محل,تاریخ سفر\n" + place + " سوم,1404/09/01\n,1404/09/02\n", StandardCharsets.UTF_8);
            browser.click("#list-import");
            browser.element("#import-dialog");
            browser.upload("#import-upload", csv);
            browser.waitForText("#import-status", "۱ وارد شد");
            browser.waitForText("#import-errors", "محل");
            browser.screenshot("49-record-import");
            browser.click("#import-dialog .v-window-closebox");
            browser.waitUntilGone("#import-dialog");
            browser.waitForText("#list-grid", place + " سوم");
            browser.waitForText("#list-grid", "۱۴۰۴/۰۹/۰۱");
            Files.delete(csv);
        }
        JsonNode left = admin.get("/api/v1/records/" + type + "?q=" + URLEncoder.encode(place, StandardCharsets.UTF_8)).json()
                .get("items");
        assertEquals("only the imported record is left", 1, left.size());
        assertEquals("2025-11-22", left.get(0).get("values").get("tripDate").asText());
    }

    @Test
    public void aStandAloneFormIsFilledInWithAnImageAndItsSubmissionsListed() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Random random = new Random();
        String key = "form.inspection" + random.nextInt(1_000_000);
        String formName = "بازرسی انبار " + letters(random);
        String form = "{\"key\":\"" + key + "\",\"kind\":\"STANDALONE\",\"label\":{\"fa\":\"" + formName + "\",\"en\":\"Inspection\"},"
                + "\"fields\":[{\"name\":\"verdict\",\"type\":\"SELECT\",\"required\":true,\"label\":{\"fa\":\"نتیجه\",\"en\":\"Verdict\"},"
                + "\"options\":[{\"value\":\"ok\",\"label\":{\"fa\":\"سالم\",\"en\":\"Sound\"}},"
                + "{\"value\":\"damaged\",\"label\":{\"fa\":\"آسیب‌دیده\",\"en\":\"Damaged\"}}]},"
                + "{\"name\":\"photo\",\"type\":\"IMAGE\",\"label\":{\"fa\":\"عکس\",\"en\":\"Photo\"}}],"
                + "\"listColumns\":[\"verdict\"]}";
        RestClient.Reply published = admin.put("/api/v1/forms/" + key, form);
        assertEquals(published.body(), 200, published.status());
        Await.until("the form's permissions", 30_000, () -> admin.get("/api/v1/records/" + key + "/count").status() == 200);
        Path photo = Files.createTempFile("pallet", ".png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        String menuItem = "[id='menu-" + key + "']";

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.waitForText(menuItem, formName);
            browser.click(menuItem);
            browser.element("#view-records");
            browser.click("#records-new");
            browser.element("#record-editor");
            browser.click("#editor-save");
            browser.element("#field-verdict.v-filterselect-error");
            browser.pick("#field-verdict", "آسیب‌دیده");
            browser.upload("#field-photo", photo);
            browser.waitForText("#field-photo", photo.getFileName().toString());
            browser.screenshot("50-stand-alone-form-with-image");
            browser.click("#editor-save");
            browser.waitUntilGone("#record-editor");
            browser.waitForText("#list-grid", "آسیب‌دیده");
            browser.screenshot("51-stand-alone-form-submissions");
        } finally {
            Files.delete(photo);
        }
        JsonNode submission = admin.get("/api/v1/records/" + key).json().get("items").get(0).get("values");
        assertEquals("damaged", submission.get("verdict").asText());
        JsonNode file = admin.get("/api/v1/files/" + submission.get("photo").asLong()).json();
        assertEquals("image/png", file.get("contentType").asText());
        assertEquals(400, admin.put("/api/v1/records/" + key + "/" + admin.get("/api/v1/records/" + key).json().get("items").get(0)
                .get("id").asLong(), "{\"version\":0,\"values\":{\"verdict\":\"ok\"}}").status());
    }

    private static void addField(Browser browser, String type) {
        browser.click("#designer-section-0-0-add .v-menubar-menuitem");
        browser.click(".v-menubar-popup .v-menubar-menuitem-type-" + type);
    }

    private static String letters(Random random) {
        String letters = "ابپتثجچحخدرزسشصطعغفقلمنوه";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            text.append(letters.charAt(random.nextInt(letters.length())));
        }
        return text.toString();
    }
}
