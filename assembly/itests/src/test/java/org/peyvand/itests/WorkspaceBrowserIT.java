package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.Keys;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.peyvand.platform.security.internal.login.Totp;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.Browser;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;

/**
 * The main screen flow in a real browser against the running distribution: sign in, switch the
 * language (the page flips direction), create a person with a Jalali birth date through the
 * form, find them through the list search (typed with Arabic letters), export what it found to
 * Excel, and find them through the global search.
 */
public class WorkspaceBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(WorkspaceBrowserIT.class);

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void signInSwitchLanguageCreateAndFindAContact() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("the accounts module", 180_000, () -> admin.get("/api/v1/contacts/count").status() == 200);
        String lastName = "کریمی" + suffix();
        String nationalCode = TestData.nationalCode(new Random());

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.element("#login-username");
            assertEquals("Persian is the default language", "rtl", browser.direction());

            browser.click("#language-switch");
            browser.waitForDirection("ltr");
            browser.waitForText("#login-submit", "Sign in");
            browser.screenshot("01-login-english");

            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.waitForText("#menu-contacts", "Contacts");
            browser.screenshot("02-workspace-english");

            browser.click("#language-switch");
            browser.waitForDirection("rtl");
            browser.waitForText("#menu-contacts", "افراد");
            browser.screenshot("03-workspace-persian");

            browser.click("#menu-contacts");
            browser.element("#view-contacts");
            browser.click("#contact-new");
            browser.element("#contact-editor");
            browser.type("#field-firstName", "بهاره");
            browser.type("#field-lastName", lastName);
            browser.type("#field-nationalCode", nationalCode);
            browser.type("#field-mobile", "۰۹۳۵" + persianDigits(String.format("%07d", new Random().nextInt(10_000_000))));
            browser.type("#field-birthDate input", "۱۳۶۹/۰۵/۱۲");
            browser.type("#field-jobTitle", "مدیر خرید");
            browser.screenshot("04-contact-form-persian");
            browser.click("#editor-save");
            browser.waitUntilGone("#contact-editor");

            // Arabic yeh and kaf as a user of an Arabic keyboard would type them
            browser.type("#list-search", lastName.replace('ی', 'ي').replace('ک', 'ك'));
            browser.waitForText("#list-grid", lastName);
            browser.waitForText("#list-grid", "۱۳۶۹/۰۵/۱۲");
            browser.screenshot("05-contact-found-in-list");

            // what the search found, exported to Excel in the background through the one export window
            browser.click("#list-export-xlsx");
            browser.waitForText("#report-export .v-window-header", "افراد");
            browser.waitForText("#report-export-status", "۱ ردیف");
            assertTrue("the finished file can be downloaded", browser.element("#report-export-download").isEnabled());
            assertTrue("nothing left to stop", browser.absent("#report-export-stop"));
            browser.screenshot("05b-contact-list-exported");
            browser.click("#report-export-close");
            browser.waitUntilGone("#report-export");

            // by keyboard alone: the results come grouped by the screen they open, the first has the focus
            browser.type("#global-search", lastName + "\n");
            browser.waitForText("#global-search-results", lastName);
            browser.waitForText("#global-search-results .crm-search-group", "افراد");
            browser.screenshot("06-global-search");
            browser.keys(Keys.ARROW_DOWN);
            browser.keys(Keys.ENTER);
            browser.element("#contact-editor");
            browser.settle();
            assertEquals("۱۳۶۹/۰۵/۱۲", browser.element("#field-birthDate input").getAttribute("value"));
            browser.screenshot("07-contact-opened-from-search");
            browser.click("#tab-history");
            browser.waitForText("#record-history", "ایجاد");
            browser.screenshot("07b-contact-history");
        }

        JsonNode stored = admin.get("/api/v1/contacts?q=" + java.net.URLEncoder.encode(lastName, "UTF-8")).json().get("items");
        assertEquals(1, stored.size());
        assertEquals("1990-08-03", stored.get(0).get("birthDate").asText());
        assertEquals(nationalCode, stored.get(0).get("nationalCode").asText());
        assertTrue(stored.get(0).get("mobile").asText().startsWith("+98935"));
    }

    @Test
    public void aSecondFactorIsAskedForMenusFollowPermissionsAndLockedUsersAreRefused() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("the accounts module", 180_000, () -> admin.get("/api/v1/contacts/count").status() == 200);
        String tag = Integer.toString(new Random().nextInt(36 * 36 * 36), 36);
        String role = "reader-" + tag;
        String name = "otp" + tag;
        String password = "browser-secret-1";
        assertEquals(201, admin.post("/api/v1/roles", "{\"name\":\"" + role + "\",\"labelFa\":\"خواننده\"}").status());
        assertEquals(200, admin.put("/api/v1/roles/" + role + "/permissions/accounts.contact.read", "").status());
        assertEquals(201, admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"خواننده\",\"password\":\""
                + password + "\",\"roles\":[\"" + role + "\"],\"language\":\"en\"}").status());
        RestClient user = RestClient.as(name, password);
        String secret = user.post("/api/v1/me/otp", "").json().get("secret").asText();
        assertEquals(200, user.post("/api/v1/me/otp/confirm", "{\"code\":\"" + Totp.currentCode(secret, Instant.now()) + "\"}").status());

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.type("#login-username", name);
            browser.type("#login-password", password);
            browser.click("#login-submit");
            browser.element("#login-otp");
            browser.screenshot("08-login-asks-for-the-code");
            // the next time step's code: the current one was spent on the enrolment
            browser.type("#login-otp", Totp.currentCode(secret, Instant.now().plusSeconds(Totp.STEP_SECONDS)));
            browser.click("#login-submit");
            browser.waitForText("#menu-contacts", "Contacts");
            assertTrue("no accounts entry without accounts.account.read", browser.absent("#menu-accounts"));
            browser.screenshot("09-menu-of-a-contact-reader");
            browser.click("#sign-out");
            browser.element("#login-username");

            assertEquals(200, admin.post("/api/v1/users/" + name + "/lock", "").status());
            browser.type("#login-username", name);
            browser.type("#login-password", password);
            browser.click("#login-submit");
            browser.element("#login-failure");
            assertTrue(browser.absent("#login-otp") || !browser.element("#login-otp").isDisplayed());
            browser.screenshot("10-locked-user-refused");
        }
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

    private static String persianDigits(String latin) {
        StringBuilder text = new StringBuilder();
        latin.chars().forEach(c -> text.append(Character.isDigit(c) ? (char) ('۰' + (c - '0')) : (char) c));
        return text.toString();
    }
}
