package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The activity calendar in a browser: in Persian a Jalali month named in Persian whose weeks start
 * on Saturday at the right, with today's activity on its day, opening it in its form on click, where a
 * colleague is added to it and a weekly rule on chosen days set; in English the
 * Gregorian month from Monday, left to right. The account it is about lists it in its Activities tab.
 */
public class ActivitiesCalendarBrowserIT {
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    /** The left edge of an element on the page. */
    private static final String SUBJECT = "var f = document.getElementById('field-subject'); return f ? f.value : null;";
    private static final String LEFT = "return document.getElementById(arguments[0]).getBoundingClientRect().left;";

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(ActivitiesCalendarBrowserIT.class);

    private final RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
    private final String tag = Integer.toString(new Random().nextInt(1_000_000));

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void theMonthInJalaliThenInGregorian() throws Exception {
        PeyvandContainer.awaitWorkspace();
        Await.until("the activities and accounts modules", 120_000, () -> admin.get("/api/v1/activities/count").status() == 200
                && admin.get("/api/v1/accounts/count").status() == 200);
        LocalDate today = LocalDate.now(TEHRAN);
        String subject = "جلسه تقویم " + tag;
        RestClient.Reply company = admin.post("/api/v1/accounts?confirmDuplicates=true", "{\"name\":\"شرکت تقویم " + tag + "\"}");
        assertEquals(company.body(), 201, company.status());
        long account = company.json().get("id").asLong();
        RestClient.Reply created = admin.post("/api/v1/activities", "{\"kind\":\"MEETING\",\"subject\":\"" + subject + "\",\"dueAt\":\"" + today
                + "T12:00\",\"durationMinutes\":30,\"regardingType\":\"accounts.account\",\"regardingId\":\"" + account + "\"}");
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        String item = "#cal-day-" + today + " .crm-cal-item";

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.waitForText("#menu-activity-calendar", "تقویم فعالیت‌ها");
            browser.click("#menu-activity-calendar");
            browser.waitForText("#cal-title", JalaliDate.from(today).monthName(Locale.forLanguageTag("fa")));
            browser.waitForText("#cal-day-" + today, subject);
            assertEquals("rtl", browser.direction());
            // a Jalali week starts on Saturday, drawn at the right of its row
            LocalDate saturday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            assertTrue("Saturday right of Sunday", left(browser, saturday) > left(browser, saturday.plusDays(1)));
            browser.screenshot("activities-01-month-persian");

            browser.clickContaining(item, subject);
            browser.element("#activity-editor");
            Await.until("the activity in its form", 30_000, () -> subject.equals(browser.script(SUBJECT)));
            browser.screenshot("activities-02-opened");

            // a colleague takes part, and it repeats weekly on Wednesdays
            browser.pick("#activity-participants-user", "آزمون");
            browser.element("#activity-participant-user-" + PeyvandContainer.USER);
            browser.pick("#field-recurrence\\.frequency", "هفتگی");
            browser.clickContaining("#field-recurrence\\.weekdays label", "چهارشنبه");
            browser.screenshot("activities-02-participant-and-rule");
            browser.click("#editor-save");
            browser.waitUntilGone("#activity-editor");
            JsonNode saved = admin.get("/api/v1/activities/" + id).json();
            assertEquals(saved.toString(), PeyvandContainer.USER, saved.get("participants").get(0).get("key").asText());
            assertEquals(saved.toString(), "WEEKLY", saved.get("recurrence").get("frequency").asText());
            assertEquals(saved.toString(), "WEDNESDAY", saved.get("recurrence").get("weekdays").get(0).asText());

            // the account it is about lists it in its Activities tab
            browser.open("/crm/#!accounts/" + account);
            browser.element("#account-editor");
            browser.click("#tab-record-activities");
            browser.waitForText("#record-activities-grid", subject);
            browser.screenshot("activities-03-account-tab");
            browser.click("#account-editor .v-window-closebox");
            browser.waitUntilGone("#account-editor");
            browser.open("/crm/#!activity-calendar");
            browser.waitForText("#cal-day-" + today, subject);

            browser.click("#cal-week");
            browser.waitForText("#cal-day-" + today, subject);
            browser.screenshot("activities-04-week-persian");
            browser.click("#cal-month");

            browser.click("#language-switch");
            browser.waitForDirection("ltr");
            browser.open("/crm/#!activity-calendar");
            browser.waitForText("#cal-title", today.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH));
            browser.waitForText("#cal-day-" + today, subject);
            // a Gregorian week starts on Monday, at the left
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            assertTrue("Monday left of Tuesday", left(browser, monday) < left(browser, monday.plusDays(1)));
            browser.screenshot("activities-05-month-english");
            browser.click("#language-switch");
            browser.waitForDirection("rtl");
        } finally {
            admin.delete("/api/v1/activities/" + id);
        }
    }

    private static double left(Browser browser, LocalDate day) {
        return ((Number) browser.script(LEFT, "cal-day-" + day)).doubleValue();
    }
}
