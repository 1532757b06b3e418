package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Random;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;
import org.peyvand.platform.workflow.BusinessCalendarService;

/**
 * The business calendar through its faces: the shipped holidays over REST, holidays an administrator
 * adds seen by the shell and by due dates at once, refusals for staff, and working hours inherited
 * down the org tree until a unit gets its own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BusinessCalendarIT {
    private static final String SECRET = "a-long-secret-1";
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private final RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
    private final Random random = new Random();

    @Inject
    @Filter(timeout = 120_000)
    BusinessCalendarService calendar;

    @Inject
    @Filter(timeout = 120_000)
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Before
    public void ready() {
        PeyvandContainer.ensureAdministrator();
        Await.until("the calendar to be served", 60_000, () -> admin.get("/api/v1/calendar/holidays?year=1405").status() == 200);
    }

    private static Instant tehran(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TEHRAN).toInstant();
    }

    @Test
    public void theShippedHolidaysOf1405AreServed() {
        JsonNode holidays = admin.get("/api/v1/calendar/holidays?year=1405").json();
        assertTrue(holidays.size() >= 25);
        assertEquals("2026-03-21", holidays.get(0).get("date").asText());
        assertTrue(holidays.get(0).get("nameFa").asText().contains("نوروز"));
        boolean ashura = false;
        for (JsonNode holiday : holidays) {
            ashura |= "Ashura".equals(holiday.get("nameEn").asText()) && holiday.get("lunar").asBoolean();
        }
        assertTrue("Ashura ships as a lunar holiday", ashura);
        assertEquals(0, admin.get("/api/v1/calendar/holidays?year=1410").json().size());
    }

    @Test
    public void aHolidayAddedOverRestIsListedByTheShellAndSkippedByDueDates() throws Exception {
        // Tuesday 10 Azar 1405; removed first in case an earlier run on the same database left it
        for (JsonNode holiday : admin.get("/api/v1/calendar/holidays?year=1405").json()) {
            if ("2026-12-01".equals(holiday.get("date").asText())) {
                assertEquals(204, admin.delete("/api/v1/calendar/holidays/" + holiday.get("id").asLong()).status());
            }
        }
        Instant mondayAfternoon = tehran("2026-11-30T15:00");
        assertEquals(tehran("2026-12-01T09:00"), calendar.addWorkingTime(OrgUnit.ROOT_ID, mondayAfternoon, Duration.ofHours(2)));

        RestClient.Reply added = admin.post("/api/v1/calendar/holidays",
                "{\"date\":\"2026-12-01\",\"nameFa\":\"تعطیل اضطراری\",\"nameEn\":\"Emergency closure\"}");
        assertEquals(added.body(), 201, added.status());
        long id = added.json().get("id").asLong();
        RestClient.Reply again = admin.post("/api/v1/calendar/holidays",
                "{\"date\":\"2026-12-01\",\"nameFa\":\"دوباره\",\"nameEn\":\"Again\"}");
        assertEquals(again.body(), 400, again.status());
        assertTrue(again.body(), again.body().contains("date"));

        String listed = new ShellRunner(sessions).run("crm:holiday-list 1405");
        assertTrue(listed, listed.contains("1405/09/10") && listed.contains("Emergency closure"));
        assertEquals(tehran("2026-12-02T09:00"), calendar.addWorkingTime(OrgUnit.ROOT_ID, mondayAfternoon, Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), calendar.workingTimeBetween(OrgUnit.ROOT_ID, mondayAfternoon, tehran("2026-12-02T09:00")));

        String removed = new ShellRunner(sessions).run("crm:holiday-remove " + id);
        assertTrue(removed, removed.contains("Removed holiday " + id));
        assertEquals(tehran("2026-12-01T09:00"), calendar.addWorkingTime(OrgUnit.ROOT_ID, mondayAfternoon, Duration.ofHours(2)));
    }

    @Test
    public void theShellAddsHolidaysOnJalaliDatesAndNamesTheFieldItRefuses() throws Exception {
        ShellRunner shell = new ShellRunner(sessions);
        String refused = shell.run("crm:holiday-add 1405/13/01 نادرست Wrong");
        assertTrue(refused, refused.contains("date:"));
        String added = shell.run("crm:holiday-add --lunar 1406/09/10 آزمایشی Trial");
        assertTrue(added, added.contains("1406/09/10"));
        JsonNode trial = null;
        for (JsonNode holiday : admin.get("/api/v1/calendar/holidays?year=1406").json()) {
            if ("Trial".equals(holiday.get("nameEn").asText())) {
                trial = holiday;
            }
        }
        assertTrue("the shell's holiday is served", trial != null && trial.get("lunar").asBoolean());
        assertEquals("2027-12-01", trial.get("date").asText());
        assertEquals(204, admin.delete("/api/v1/calendar/holidays/" + trial.get("id").asLong()).status());
    }

    @Test
    public void staffReadTheCalendarButMayNotChangeIt() {
        String name = "cal" + tag().toLowerCase();
        RestClient.Reply created = admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"کاربر " + name
                + "\",\"password\":\"" + SECRET + "\",\"roles\":[\"staff\"]}");
        assertEquals(created.body(), 201, created.status());
        RestClient staff = RestClient.as(name, SECRET);
        assertEquals(200, staff.get("/api/v1/calendar/holidays?year=1405").status());
        RestClient.Reply refused = staff.post("/api/v1/calendar/holidays",
                "{\"date\":\"2026-12-03\",\"nameFa\":\"تعطیل\",\"nameEn\":\"Closed\"}");
        assertEquals(refused.body(), 403, refused.status());
        assertTrue(refused.body(), refused.body().contains("platform.calendar.manage"));
        assertEquals(403, staff.put("/api/v1/calendar/units/1/week", "{\"shifts\":[]}").status());
        assertEquals(403, staff.delete("/api/v1/calendar/holidays/1").status());
    }

    @Test
    public void aUnitInheritsItsParentsHoursUntilGivenItsOwn() throws Exception {
        String tag = tag();
        long branch = unit("B" + tag, null);
        long agency = unit("A" + tag, branch);
        JsonNode inherited = admin.get("/api/v1/calendar/units/" + agency + "/week").json();
        assertTrue(inherited.get("inherited").asBoolean());
        assertEquals(6, inherited.get("shifts").size());
        assertEquals("SATURDAY", inherited.get("shifts").get(0).get("day").asText());
        assertEquals("08:00:00", inherited.get("shifts").get(0).get("start").asText());

        RestClient.Reply overlapping = admin.put("/api/v1/calendar/units/" + branch + "/week",
                "{\"shifts\":[{\"day\":\"SATURDAY\",\"start\":\"09:00\",\"end\":\"13:00\"},{\"day\":\"SATURDAY\",\"start\":\"12:00\",\"end\":\"14:00\"}]}");
        assertEquals(overlapping.body(), 400, overlapping.status());
        RestClient.Reply own = admin.put("/api/v1/calendar/units/" + branch + "/week",
                "{\"shifts\":[{\"day\":\"SATURDAY\",\"start\":\"09:00\",\"end\":\"13:00\"}]}");
        assertEquals(own.body(), 200, own.status());
        assertFalse(own.json().get("inherited").asBoolean());
        JsonNode agencyWeek = admin.get("/api/v1/calendar/units/" + agency + "/week").json();
        assertTrue(agencyWeek.get("inherited").asBoolean());
        assertEquals(1, agencyWeek.get("shifts").size());
        // Saturday 09:00 plus five hours: four that day, the fifth on the next Saturday
        assertEquals(tehran("2026-12-05T10:00"), calendar.addWorkingTime(agency, tehran("2026-11-28T09:00"), Duration.ofHours(5)));
        String shown = new ShellRunner(sessions).run("crm:working-hours " + agency);
        assertTrue(shown, shown.contains("Saturday") && shown.contains("09:00-13:00") && shown.contains("parent unit"));

        RestClient.Reply back = admin.delete("/api/v1/calendar/units/" + branch + "/week");
        assertEquals(back.body(), 200, back.status());
        assertTrue(back.json().get("inherited").asBoolean());
        assertEquals(6, admin.get("/api/v1/calendar/units/" + agency + "/week").json().get("shifts").size());
        assertEquals(tehran("2026-11-28T14:00"), calendar.addWorkingTime(agency, tehran("2026-11-28T09:00"), Duration.ofHours(5)));
        assertEquals(400, admin.delete("/api/v1/calendar/units/1/week").status());
    }

    private long unit(String code, Long parent) {
        RestClient.Reply reply = admin.post("/api/v1/units", "{\"code\":\"" + code + "\",\"nameFa\":\"واحد " + code + "\",\"kind\":\"DEPARTMENT\""
                + (parent == null ? "" : ",\"parentId\":" + parent) + "}");
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private String tag() {
        return Integer.toString(1000 + random.nextInt(9000), 36).toUpperCase() + Integer.toString(random.nextInt(36 * 36), 36).toUpperCase();
    }
}
