package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Random;

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
 * The Timeline tab of an organisation in a real browser, in Persian: its header names the owner,
 * the newest entries come first a page at a time with "more" adding the older ones, the kind filter
 * keeps one kind, and an entry opens the record it is about.
 */
public class TimelineBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(TimelineBrowserIT.class);

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void anOrganisationsTimelinePagesFiltersAndOpensItsEntries() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("the accounts module", 180_000, () -> admin.get("/api/v1/contacts/count").status() == 200);
        String tag = Integer.toString(100000 + new Random().nextInt(900000));
        RestClient.Reply created = admin.post("/api/v1/accounts", "{\"name\":\"گاه‌شمار " + tag + "\"}");
        assertEquals(created.body(), 201, created.status());
        long accountId = created.json().get("id").asLong();
        // more people than one page holds, the last of them the newest entry
        for (int i = 1; i <= 21; i++) {
            RestClient.Reply person = admin.post("/api/v1/contacts",
                    "{\"firstName\":\"نفر" + i + "\",\"lastName\":\"آزمون " + tag + "\",\"accountId\":" + accountId + "}");
            assertEquals(person.body(), 201, person.status());
        }

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.element("#menu-accounts");
            assertEquals("rtl", browser.direction());

            browser.open("/crm/#!accounts/" + accountId);
            browser.element("#record-tabs");
            browser.click("#tab-timeline");
            browser.waitForText("#timeline-owner", PeyvandContainer.USER);
            browser.waitForText("#timeline-entries", "فرد افزوده شد: نفر21 آزمون " + tag);
            assertEquals("a page of the timeline", 20, entries(browser));
            assertTrue("the account's creation is older than the first page", !text(browser).contains("حساب ثبت شد"));
            browser.screenshot("timeline-01-first-page");

            browser.click("#timeline-more");
            browser.waitForText("#timeline-entries", "حساب ثبت شد");
            assertEquals(22, entries(browser));
            assertTrue("nothing older is left", browser.absent("#timeline-more"));
            browser.screenshot("timeline-02-all");

            browser.pick("#timeline-kind", "تغییرات پرونده");
            Await.until("only the record's own changes", 30_000, () -> entries(browser) == 1);
            browser.waitForText("#timeline-entries", "حساب ثبت شد");
            browser.screenshot("timeline-03-filtered");

            browser.pick("#timeline-kind", "افراد افزوده");
            Await.until("only the people added", 30_000, () -> entries(browser) == 20);
            browser.clickContaining(".crm-timeline-title", "نفر21 آزمون " + tag);
            browser.element("#view-contacts");
            browser.screenshot("timeline-04-opened-contact");
        }
    }

    private static long entries(Browser browser) {
        return ((Number) browser.script("return document.querySelectorAll('#timeline-entries .crm-timeline-entry').length;")).longValue();
    }

    private static String text(Browser browser) {
        return browser.element("#timeline-entries").getText();
    }
}
