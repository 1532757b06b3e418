package org.peyvand.itests;

import static org.junit.Assert.assertEquals;

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

/** The holidays and working hours screen in a browser, in Persian and in English, as an administrator uses it. */
public class BusinessCalendarBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(BusinessCalendarBrowserIT.class);

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void anAdministratorAddsAHolidayAndReadsAUnitsWeek() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("the calendar", 60_000, () -> admin.get("/api/v1/calendar/holidays?year=1405").status() == 200);

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.waitForText("#menu-business-calendar", "تعطیلات و ساعات کاری");
            browser.click("#menu-business-calendar");
            browser.waitForText("#holidays-grid", "۱۴۰۵/۰۱/۰۱");
            browser.waitForText("#holidays-grid", "عاشورای حسینی");
            browser.screenshot("calendar-01-holidays-persian");

            browser.click("#holidays-add");
            browser.element("#holiday-dialog");
            browser.type("#holiday-date input", "۱۴۰۵/۰۹/۱۲");
            browser.type("#holiday-name-fa", "تعطیل آزمایشی");
            browser.type("#holiday-name-en", "Trial closure");
            browser.screenshot("calendar-02-add-holiday");
            browser.click("#holiday-save");
            browser.waitUntilGone("#holiday-dialog");
            browser.waitForText("#holidays-grid", "تعطیل آزمایشی");
            browser.waitForText("#holidays-grid", "۱۴۰۵/۰۹/۱۲");

            browser.click("#calendar-tab-week");
            browser.element("#week-day-0");
            browser.waitForText("#week-state", "این واحد ساعات کاری خود را دارد");
            browser.screenshot("calendar-03-week-persian");

            browser.click("#language-switch");
            browser.waitForDirection("ltr");
            browser.click("#menu-business-calendar");
            browser.waitForText("#holidays-grid", "2026-03-21");
            browser.waitForText("#holidays-grid", "Nowruz");
            browser.screenshot("calendar-04-holidays-english");
            browser.click("#language-switch");
            browser.waitForDirection("rtl");
        }

        JsonNode trial = null;
        for (JsonNode holiday : admin.get("/api/v1/calendar/holidays?year=1405").json()) {
            if ("Trial closure".equals(holiday.get("nameEn").asText())) {
                trial = holiday;
            }
        }
        assertEquals("2026-12-03", trial.get("date").asText());
        assertEquals(204, admin.delete("/api/v1/calendar/holidays/" + trial.get("id").asLong()).status());
    }
}
