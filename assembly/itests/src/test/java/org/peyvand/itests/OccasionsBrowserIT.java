package org.peyvand.itests;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

import org.junit.ClassRule;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.Browser;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;

/** The occasions screen in a browser: a company event among the coming days, and a greeting plan's preview. */
public class OccasionsBrowserIT {
    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(OccasionsBrowserIT.class);

    private final RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
    private final String tag = Integer.toString(new Random().nextInt(1_000_000));

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void comingDaysAndAPlansPreview() throws Exception {
        PeyvandContainer.awaitWorkspace();
        Await.until("the occasions module", 120_000, () -> admin.get("/api/v1/occasions/events").status() == 200);
        JalaliDate tomorrow = JalaliDate.from(LocalDate.now(ZoneId.of("Asia/Tehran")).plusDays(1));
        String event = "جشن شرکت " + tag;
        RestClient.Reply created = admin.post("/api/v1/occasions/events", "{\"nameFa\":\"" + event + "\",\"nameEn\":\"Party " + tag + "\",\"month\":"
                + tomorrow.month() + ",\"day\":" + tomorrow.day() + "}");
        assertEquals(created.body(), 201, created.status());
        RestClient.Reply plan = admin.post("/api/v1/occasions/plans", "{\"occasion\":\"company:" + created.json().get("id").asLong()
                + "\",\"templateFa\":\"{name} عزیز، {occasion} خجسته باد\",\"channel\":\"owner\",\"enabled\":false}");
        assertEquals(plan.body(), 201, plan.status());
        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.element("#menu-occasions");

            browser.open("/crm/#!occasions");
            browser.waitForText("#occasions-upcoming", event);
            assertEquals("rtl", browser.direction());
            browser.screenshot("occasions-01-coming-days");

            browser.clickContaining("#occasions-tabs .v-tabsheet-tabitem", "تبریک‌ها");
            browser.clickContaining("#occasions-plans td", event);
            browser.click("#occasions-plan-preview");
            browser.element("#occasions-preview-items");
            browser.waitForText("#occasions-preview-state", "مناسبت این برنامه در این روز نیست");
            browser.screenshot("occasions-02-preview");
        } finally {
            admin.delete("/api/v1/occasions/plans/" + plan.json().get("id").asLong());
            admin.delete("/api/v1/occasions/events/" + created.json().get("id").asLong());
        }
    }
}
