package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.peyvand.itests.ModuleFixtures.account;
import static org.peyvand.itests.ModuleFixtures.assertRefused;
import static org.peyvand.itests.ModuleFixtures.menuEntry;

import java.util.EnumSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;

/**
 * The activities module in the running distribution: activities over REST and the shell with their
 * refusals, a recurring one completed by the Jalali month, the calendar, the timeline of the account
 * they are about, a referral into the cartable, an activity that outlives the module of its record, and
 * the hot-deploy round trip.
 */
public class ActivitiesModuleIT extends CrmInContainer {
    private static final String FEATURE = "crm-module-activities";
    private static final String SECRET = "a-long-secret-1";

    public ActivitiesModuleIT() {
        super(new Needed(FEATURE, "activities", "/api/v1/activities/count"));
    }

    @Test
    public void activitiesThroughRestWithTheirRefusalsOnTheAccountsTimeline() {
        long account = account(admin, "فعالیت");
        String body = activity("CALL", "پیگیری پیش‌فاکتور", "1404/07/10 09:30", "accounts.account", account, null);
        RestClient.Reply created = admin.post("/api/v1/activities", body);
        assertEquals(created.body(), 201, created.status());
        JsonNode call = created.json();
        assertEquals("2025-10-02T06:00:00Z", call.get("dueAt").asText());
        assertTrue(call.toString(), call.get("regardingInstalled").asBoolean());
        assertTrue(call.toString(), call.get("regardingTitle").asText().startsWith("فعالیت"));
        assertTrue("due in the past and open", call.get("overdue").asBoolean());

        JsonNode listed = admin.get("/api/v1/activities?regardingType=accounts.account&regardingId=" + account + "&overdue=true").json();
        assertEquals(1, listed.get("items").size());
        assertEquals(call.get("id").asLong(), listed.get("items").get(0).get("id").asLong());

        JsonNode timeline = admin.get("/api/v1/timeline/accounts.account/" + account).json();
        assertTrue(timeline.toString(), timeline.toString().contains("\"kind\":\"activities.activity\""));
        assertEquals(timeline.toString(), 1, timeline.get("summary").get("openItems").asLong());

        RestClient.Reply done = admin.post("/api/v1/activities/" + call.get("id").asLong() + "/complete",
                "{\"outcome\":\"سفارش گرفته شد\",\"version\":" + call.get("version").asLong() + "}");
        assertEquals(done.body(), 200, done.status());
        assertEquals("DONE", done.json().get("done").get("status").asText());
        assertFalse(done.json().get("done").get("overdue").asBoolean());
        assertRefused(admin.post("/api/v1/activities/" + call.get("id").asLong() + "/complete",
                "{\"version\":" + done.json().get("done").get("version").asLong() + "}"), 400, "status");

        assertRefused(admin.post("/api/v1/activities", activity("CALL", " ", "1404/07/10 09:30", null, 0, null)), 400, "subject");
        assertRefused(admin.post("/api/v1/activities", activity("VISIT", "x", "1404/07/10 09:30", null, 0, null)), 400, "kind");
        assertRefused(admin.post("/api/v1/activities", activity("TASK", "x", "1404/13/10", null, 0, null)), 400, "dueAt");
        assertRefused(admin.post("/api/v1/activities", activity("TASK", "x", "1404/07/10", "accounts.account", 987654321L, null)), 400, "regardingId");
        assertRefused(admin.post("/api/v1/activities", activity("TASK", "x", "1404/07/10", "tickets.ticket", 1, null)), 400, "regardingType");
        assertEquals(404, admin.get("/api/v1/activities/987654321").status());
    }

    @Test
    public void aMonthlyActivityOnThe31stIsNextDueOnTheLastDayOfMehrAndTheCalendarShowsItsComingOnes() {
        String rule = "{\"frequency\":\"MONTHLY\",\"calendar\":\"JALALI\",\"count\":4}";
        RestClient.Reply created = admin.post("/api/v1/activities", activity("TASK", "گزارش ماهانه " + random.nextInt(1_000_000), "1404/06/31 10:00",
                null, 0, rule));
        assertEquals(created.body(), 201, created.status());
        JsonNode first = created.json();
        JsonNode month = admin.get("/api/v1/activities/calendar?from=1404/08/01&to=1404/09/01").json();
        assertTrue(month.toString(), contains(month, first.get("id").asLong(), "2025-11-21T06:30:00Z"));
        JsonNode done = admin.post("/api/v1/activities/" + first.get("id").asLong() + "/complete", "{\"version\":" + first.get("version").asLong() + "}")
                .json();
        // 1404/07/30 10:00 in Tehran: Mehr has 30 days
        assertEquals(done.toString(), "2025-10-22T06:30:00Z", done.get("next").get("dueAt").asText());
        assertEquals(400, admin.get("/api/v1/activities/calendar?from=1404/01/01&to=1404/06/01").status());
    }

    @Test
    public void aUserWithoutThePermissionIsRefused() {
        String name = "act" + Integer.toString(random.nextInt(1_000_000), 36);
        RestClient.Reply user = admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"کاربر " + name + "\",\"password\":\""
                + SECRET + "\",\"roles\":[]}");
        assertEquals(user.body(), 201, user.status());
        RestClient nobody = RestClient.as(name, SECRET);
        RestClient.Reply refused = nobody.get("/api/v1/activities");
        assertEquals(refused.body(), 403, refused.status());
        assertTrue(refused.body(), refused.body().contains("activities.activity.read"));
        assertEquals(403, nobody.post("/api/v1/activities", activity("CALL", "x", "1404/07/10 09:30", null, 0, null)).status());
        // the global search finds activities by their subject, for those who may read them only
        String subject = "جستجو" + name;
        assertEquals(201, admin.post("/api/v1/activities", activity("TASK", subject, "1404/07/10 09:30", null, 0, null)).status());
        JsonNode found = admin.get("/api/v1/search?q=" + subject).json();
        assertTrue(found.toString(), found.toString().contains("\"recordType\":\"activities.activity\"") && found.toString().contains(subject));
        assertFalse(nobody.get("/api/v1/search?q=" + subject).body().contains(subject));
    }

    @Test
    public void referredThroughTheCartable() {
        String name = "ref" + Integer.toString(random.nextInt(1_000_000), 36);
        assertEquals(201, admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"کاربر " + name + "\",\"password\":\""
                + SECRET + "\",\"roles\":[\"staff\"]}").status());
        JsonNode meeting = admin.post("/api/v1/activities", activity("MEETING", "جلسه ارجاعی", "1405/01/20 11:00", null, 0, null)).json();
        RestClient.Reply referred = admin.post("/api/v1/activities/" + meeting.get("id").asLong() + "/refer",
                "{\"toUser\":\"" + name + "\",\"comment\":\"لطفاً شرکت کنید\"}");
        assertEquals(referred.body(), 200, referred.status());
        JsonNode items = admin.get("/api/v1/cartable/records/activities.activity/" + meeting.get("id").asLong()).json();
        assertEquals(items.toString(), 1, items.size());
        assertEquals("جلسه ارجاعی", items.get(0).get("name").asText());
    }

    @Test
    public void shellListsAddsCompletesAndRefuses() throws Exception {
        ShellRunner shell = new ShellRunner(sessions);
        long account = account(admin, "پوسته");
        String subject = "تماس پوسته " + random.nextInt(1_000_000);
        String added = shell.run("activities:add --regarding accounts.account:" + account + " CALL \"1404/08/01 10:00\" \"" + subject + "\"").strip();
        assertTrue(added, added.matches("\\d+"));
        String list = shell.run("activities:list --regarding accounts.account:" + account);
        assertTrue(list, list.contains(subject));
        String done = shell.run("activities:done " + added + " \"انجام شد\"");
        assertFalse(done, done.toLowerCase().contains("exception"));
        assertEquals("DONE", admin.get("/api/v1/activities/" + added).json().get("status").asText());
        String refused = shell.run("activities:add CALL 1404/08/01 \" \"");
        assertTrue(refused, refused.contains("subject"));
    }

    @Test
    public void anActivityAboutARecordOfAModuleThatLeftStillOpensAndSaysSo() throws Exception {
        long account = account(admin, "رفته");
        RestClient.Reply created = admin.post("/api/v1/activities", activity("CALL", "تماس با حساب رفته", "1404/09/05 10:00", "accounts.account",
                account, null));
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();

        features.uninstallFeature(AccountsModule.FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the accounts module to leave", 60_000, () -> modules.find("accounts").isEmpty());
        Await.until("its record types to leave the lookups", 30_000,
                () -> !admin.get("/api/v1/activities/" + id).json().get("regardingInstalled").asBoolean());
        JsonNode read = admin.get("/api/v1/activities/" + id).json();
        assertEquals("accounts.account", read.get("regardingType").asText());
        assertEquals(String.valueOf(account), read.get("regardingId").asText());
        assertFalse(read.toString(), read.has("regardingTitle"));
        assertEquals("the list still answers", 200, admin.get("/api/v1/activities?regardingType=accounts.account&regardingId=" + account).status());

        features.installFeature(AccountsModule.FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the accounts module to come back", 120_000,
                () -> modules.find("accounts").map(m -> m.state() == ModuleState.READY).orElse(false));
        Await.until("the record's name to come back", 60_000, () -> admin.get("/api/v1/activities/" + id).json().get("regardingInstalled").asBoolean());
    }

    @Test
    public void uninstallAndReinstallAtRuntimeKeepsTheActivities() throws Exception {
        long id = admin.post("/api/v1/activities", activity("LETTER", "نامه ماندگار", "1404/09/01 08:00", null, 0, null)).json().get("id").asLong();
        assertTrue(admin.get("/api/openapi.json").json().get("paths").has("/activities"));
        assertTrue(permissions.find("activities.activity.read").isPresent());
        assertTrue(menuEntry(context, "activities"));
        assertTrue(menuEntry(context, "activity-calendar"));

        features.uninstallFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to leave", 60_000, () -> modules.find("activities").isEmpty());
        Await.until("its REST paths to leave", 30_000, () -> admin.get("/api/v1/activities/" + id).status() == 404
                && admin.get("/api/v1/activities/count").status() == 404);
        assertFalse(admin.get("/api/openapi.json").json().get("paths").has("/activities"));
        assertFalse(permissions.find("activities.activity.read").isPresent());
        assertFalse("the menu entry left with the module", menuEntry(context, "activities"));
        assertEquals("the rest of the platform still answers", 200, admin.get("/api/v1/status").status());
        assertFalse(new ShellRunner(sessions).run("help activities").contains("activities:add"));

        features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to come back", 120_000,
                () -> modules.find("activities").map(m -> m.state() == ModuleState.READY).orElse(false));
        Await.until("its REST paths to come back", 30_000, () -> admin.get("/api/v1/activities/" + id).status() == 200);
        assertEquals("نامه ماندگار", admin.get("/api/v1/activities/" + id).json().get("subject").asText());
        assertTrue(permissions.find("activities.activity.read").isPresent());
        assertTrue(menuEntry(context, "activities"));
    }

    private static String activity(String kind, String subject, String due, String regardingType, long regardingId, String recurrence) {
        return "{\"kind\":\"" + kind + "\",\"subject\":\"" + subject + "\",\"dueAt\":\"" + due + "\""
                + (regardingType == null ? "" : ",\"regardingType\":\"" + regardingType + "\",\"regardingId\":\"" + regardingId + "\"")
                + (recurrence == null ? "" : ",\"recurrence\":" + recurrence) + "}";
    }

    private static boolean contains(JsonNode occurrences, long activityId, String start) {
        for (JsonNode occurrence : occurrences) {
            if (occurrence.get("activityId").asLong() == activityId && start.equals(occurrence.get("start").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The workspace builds its menu from these view services. */
}
