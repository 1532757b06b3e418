package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.peyvand.itests.ModuleFixtures.assertRefused;
import static org.peyvand.itests.ModuleFixtures.menuEntry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;

/**
 * Occasions in the running distribution: the official calendar and company events over REST with
 * their refusals, a birthday greeting and the anniversary of a custom date field of contacts reaching
 * the contact owner's inbox once however often the day runs, permissions, the shell, and the
 * hot-deploy round trip.
 */
public class OccasionsModuleIT extends CrmInContainer {
    private static final String FEATURE = "crm-module-occasions";
    private static final String SECRET = "Occasions-Test-1404";
    private static final String CONTACT_FORM = "/api/v1/forms/accounts.contact";
    /** A custom date field the test adds to the contact form, as an administrator would in the form designer. */
    private static final String WEDDING = "weddingDay";
    private final String tag = Integer.toString(random.nextInt(36 * 36 * 36), 36);

    public OccasionsModuleIT() {
        super(new Needed(FEATURE, "occasions", "/api/v1/occasions/official"));
    }

    @Test
    public void theIranianCalendarAndCompanyEventsAreListedWithJalaliDates() {
        JsonNode official = admin.get("/api/v1/occasions/official").json();
        assertTrue(official.toString(), official.toString().contains("\"NOWRUZ\"") && official.toString().contains("\"EID_GHADIR\""));

        JsonNode upcoming = admin.get("/api/v1/occasions/upcoming?from=1403/12/28&days=20").json();
        assertTrue(upcoming.toString(), contains(upcoming, "official:NOWRUZ", "2025-03-21", "1404/01/01"));
        assertTrue(upcoming.toString(), contains(upcoming, "official:EID_FITR", "2025-03-30", "1404/01/10"));

        RestClient.Reply event = admin.post("/api/v1/occasions/events", "{\"nameFa\":\"سالروز تأسیس " + tag + "\",\"nameEn\":\"Founding " + tag
                + "\",\"month\":2,\"day\":20}");
        assertEquals(event.body(), 201, event.status());
        long id = event.json().get("id").asLong();
        JsonNode may = admin.get("/api/v1/occasions/upcoming?from=2025-05-08&days=3").json();
        assertTrue(may.toString(), contains(may, "company:" + id, "2025-05-10", "1404/02/20"));
        RestClient.Reply changed = admin.put("/api/v1/occasions/events/" + id, "{\"nameFa\":\"سالروز\",\"nameEn\":\"Founding\",\"date\":\"2025-05-11\","
                + "\"version\":" + event.json().get("version").asLong() + "}");
        assertEquals(changed.body(), 200, changed.status());
        assertEquals(204, admin.delete("/api/v1/occasions/events/" + id).status());
    }

    @Test
    public void badInputIsRefusedNamingTheField() {
        assertRefused(admin.post("/api/v1/occasions/events", "{\"nameFa\":\"مهر\",\"nameEn\":\"Mehr\",\"month\":7,\"day\":31}"), 400, "day");
        assertRefused(admin.post("/api/v1/occasions/events", "{\"nameFa\":\"x\",\"nameEn\":\"x\",\"date\":\"1404/13/01\"}"), 400, "date");
        JsonNode fitr = official("EID_FITR");
        assertRefused(admin.put("/api/v1/occasions/official/EID_FITR", "{\"enabled\":true,\"correction\":3,\"version\":" + fitr.get("version").asLong()
                + "}"), 400, "correction");
        assertRefused(admin.get("/api/v1/occasions/upcoming?days=63"), 400, "days");
        assertRefused(admin.post("/api/v1/occasions/plans", "{\"occasion\":\"official:YALDA\",\"templateFa\":\"{name} {firstName}\",\"channel\":\"owner\"}"),
                400, "templateFa");
        assertRefused(admin.post("/api/v1/occasions/plans", "{\"occasion\":\"official:YALDA\",\"templateFa\":\"{name}\",\"channel\":\"pigeon\"}"), 400,
                "channel");
        assertRefused(admin.post("/api/v1/occasions/plans", "{\"occasion\":\"official:NOPE\",\"templateFa\":\"{name}\",\"channel\":\"owner\"}"), 400,
                "occasion");
        assertEquals(404, admin.get("/api/v1/occasions/plans/987654321/preview").status());
    }

    @Test
    public void aBirthdayGreetingReachesTheOwnersInboxOnceThroughTheOwnerChannel() {
        // a day of its own for every run, so greetings of earlier runs on the same database never meet this one
        LocalDate day = LocalDate.of(2040, 1, 1).plusDays(random.nextInt(3000));
        JalaliDate jalali = JalaliDate.from(day);
        LocalDate born = JalaliDate.of(jalali.year() - 35, jalali.month(), jalali.day()).toLocalDate();
        String lastName = "تولد" + tag;
        RestClient.Reply contact = admin.post("/api/v1/contacts?confirmDuplicates=true", "{\"firstName\":\"مینا\",\"lastName\":\"" + lastName
                + "\",\"birthDate\":\"" + born + "\"}");
        assertEquals(contact.body(), 201, contact.status());
        long contactId = contact.json().get("id").asLong();
        RestClient.Reply created = admin.post("/api/v1/occasions/plans", "{\"occasion\":\"birthday\",\"templateFa\":\"{name} عزیز، زادروزتان خجسته\","
                + "\"templateEn\":\"Happy birthday, {name}!\",\"channel\":\"owner\",\"enabled\":false}");
        assertEquals(created.body(), 201, created.status());
        long plan = created.json().get("id").asLong();
        assertTrue(created.json().get("channelAvailable").asBoolean());
        try {
            // the birthday index follows the accounts module's events, asynchronously
            Await.until("the contact's birthday to be indexed", 30_000, () -> admin.get("/api/v1/occasions/plans/" + plan + "/preview?date=" + day
                    + "&limit=200").json().get("items").toString().contains(lastName));
            JsonNode preview = admin.get("/api/v1/occasions/plans/" + plan + "/preview?date=" + day + "&limit=200").json();
            JsonNode item = item(preview.get("items"), contactId);
            assertEquals("مینا " + lastName + " عزیز، زادروزتان خجسته", item.get("textFa").asText());
            assertTrue(item.get("reachable").asBoolean());
            assertEquals("a preview sends and stores nothing", 0, admin.get("/api/v1/occasions/plans/" + plan + "/history").json().get("items").size());

            enable(plan);
            JsonNode first = admin.post("/api/v1/occasions/run?date=" + day, "").json();
            assertTrue(first.toString(), first.get("sent").asInt() >= 1);
            JsonNode second = admin.post("/api/v1/occasions/run?date=" + day, "").json();
            assertEquals(second.toString(), 0, second.get("sent").asInt());
            assertTrue(second.toString(), second.get("alreadySent").asInt() >= 1);

            assertEquals("one greeting in the owner's inbox", 1, greetingsAbout(lastName));
            JsonNode history = admin.get("/api/v1/occasions/plans/" + plan + "/history").json().get("items");
            assertEquals(history.toString(), 1, history.size());
            assertEquals("SENT", history.get(0).get("status").asText());
            assertEquals(contactId, history.get(0).get("contactId").asLong());
        } finally {
            admin.delete("/api/v1/occasions/plans/" + plan);
        }
    }

    @Test
    public void anAnniversaryOfACustomDateFieldIsGreetedOnceWithItsYears() {
        ensureWeddingField();
        assertTrue(admin.get("/api/v1/occasions/date-fields").body().contains("\"" + WEDDING + "\""));
        assertRefused(admin.post("/api/v1/occasions/plans", "{\"occasion\":\"anniversary:firstName\",\"templateFa\":\"{name}\",\"channel\":\"owner\"}"),
                400, "occasion");

        // today in the greetings' zone, the contact married seven years ago today
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
        JalaliDate jalali = JalaliDate.from(today);
        LocalDate married = JalaliDate.of(jalali.year() - 7, jalali.month(), jalali.day()).toLocalDate();
        String lastName = "سالگرد" + tag;
        RestClient.Reply contact = admin.post("/api/v1/contacts?confirmDuplicates=true", "{\"firstName\":\"نرگس\",\"lastName\":\"" + lastName
                + "\",\"custom\":{\"" + WEDDING + "\":\"" + married + "\"}}");
        assertEquals(contact.body(), 201, contact.status());
        long contactId = contact.json().get("id").asLong();
        RestClient.Reply created = admin.post("/api/v1/occasions/plans", "{\"occasion\":\"anniversary:" + WEDDING + "\","
                + "\"templateFa\":\"{name} عزیز، {years} سالگی {occasion} مبارک\",\"templateEn\":\"{name}, {years} years since your {occasion}\","
                + "\"channel\":\"owner\",\"enabled\":false}");
        assertEquals(created.body(), 201, created.status());
        long plan = created.json().get("id").asLong();
        assertEquals("Wedding day", created.json().get("occasionNameEn").asText());
        try {
            Await.until("the contact's wedding day to be indexed", 30_000, () -> admin.get("/api/v1/occasions/plans/" + plan + "/preview?date="
                    + today + "&limit=200").json().get("items").toString().contains(lastName));
            JsonNode item = item(admin.get("/api/v1/occasions/plans/" + plan + "/preview?date=" + today + "&limit=200").json().get("items"), contactId);
            assertEquals("نرگس " + lastName + ", 7 years since your Wedding day", item.get("textEn").asText());
            assertEquals("نرگس " + lastName + " عزیز، ۷ سالگی سالروز ازدواج مبارک", item.get("textFa").asText());
            JsonNode upcoming = admin.get("/api/v1/occasions/upcoming?from=" + today + "&days=1").json();
            assertTrue(upcoming.toString(), contains(upcoming, "anniversary:" + WEDDING, today.toString(), jalali.toString()));

            enable(plan, "anniversary:" + WEDDING);
            admin.post("/api/v1/occasions/run?date=" + today, "");
            JsonNode second = admin.post("/api/v1/occasions/run?date=" + today, "").json();
            assertEquals(second.toString(), 0, second.get("sent").asInt());

            JsonNode history = admin.get("/api/v1/occasions/plans/" + plan + "/history").json().get("items");
            JsonNode mine = greeting(history, contactId);
            assertEquals("SENT", mine.get("status").asText());
            assertEquals(history.toString(), 1, count(history, contactId));
            assertEquals("one greeting in the owner's inbox", 1, greetingsAbout(lastName));
            assertTrue("the inbox names the years", inboxText(lastName).contains("7 years since your Wedding day"));
        } finally {
            admin.delete("/api/v1/occasions/plans/" + plan);
        }
    }

    @Test
    public void eachActionNeedsItsPermission() {
        RestClient nobody = user("noocc" + tag, "[]");
        assertEquals(403, nobody.get("/api/v1/occasions/official").status());
        assertEquals(403, nobody.get("/api/v1/occasions/upcoming").status());
        RestClient staff = user("staffocc" + tag, "[\"staff\"]");
        assertEquals(200, staff.get("/api/v1/occasions/upcoming").status());
        assertEquals(403, staff.get("/api/v1/occasions/plans").status());
        assertEquals(403, staff.post("/api/v1/occasions/plans", "{\"occasion\":\"birthday\",\"templateFa\":\"{name}\",\"channel\":\"owner\"}").status());
        assertEquals(403, staff.post("/api/v1/occasions/run", "").status());
        assertEquals(403, staff.post("/api/v1/occasions/events", "{\"nameFa\":\"x\",\"nameEn\":\"x\",\"month\":1,\"day\":1}").status());
        RestClient manager = user("mgrocc" + tag, "[\"manager\"]");
        assertEquals(200, manager.get("/api/v1/occasions/plans").status());
        assertEquals(403, manager.post("/api/v1/occasions/run", "").status());
    }

    @Test
    public void theShellListsPreviewsAndRuns() throws Exception {
        ShellRunner shell = new ShellRunner(sessions);
        String list = shell.run("occasions:list");
        assertTrue(list, list.contains("official:NOWRUZ") && list.contains("Yalda") && list.contains("birthday"));
        String upcoming = shell.run("occasions:upcoming --days 5 2025-03-19");
        assertTrue(upcoming, upcoming.contains("official:NOWRUZ") && upcoming.contains("2025-03-21"));
        String persian = shell.run("occasions:upcoming --language fa --days 5 2025-03-19");
        assertTrue(persian, persian.contains("نوروز") && persian.contains("۱۴۰۴/۰۱/۰۱"));
        String bad = shell.run("occasions:upcoming --days 99");
        assertTrue(bad, bad.contains("days"));

        long plan = admin.post("/api/v1/occasions/plans", "{\"occasion\":\"official:SIZDAH_BEDAR\",\"templateEn\":\"Happy {occasion}, {name}\","
                + "\"channel\":\"owner\",\"enabled\":false}").json().get("id").asLong();
        try {
            String preview = shell.run("occasions:preview --date 2025-04-01 " + plan);
            assertTrue(preview, preview.contains("does not fall"));
            String ran = shell.run("occasions:run 2025-04-01");
            assertTrue(ran, ran.contains("2025-04-01") && ran.contains("sent"));
        } finally {
            admin.delete("/api/v1/occasions/plans/" + plan);
        }
    }

    @Test
    public void uninstallAndReinstallAtRuntimeKeepsTheEvents() throws Exception {
        RestClient.Reply event = admin.post("/api/v1/occasions/events", "{\"nameFa\":\"ماندگار " + tag + "\",\"nameEn\":\"Lasting " + tag
                + "\",\"month\":5,\"day\":5}");
        assertEquals(event.body(), 201, event.status());
        assertTrue(admin.get("/api/openapi.json").json().get("paths").has("/occasions/upcoming"));
        assertTrue(permissions.find("occasions.plan.manage").isPresent());
        assertTrue(menuEntry(context, "occasions"));

        features.uninstallFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to leave", 60_000, () -> modules.find("occasions").isEmpty());
        Await.until("its REST paths to leave", 30_000, () -> admin.get("/api/v1/occasions/events").status() == 404);
        assertFalse(admin.get("/api/openapi.json").json().get("paths").has("/occasions/upcoming"));
        assertFalse(permissions.find("occasions.plan.manage").isPresent());
        assertFalse("the menu entry left with the module", menuEntry(context, "occasions"));
        assertEquals("accounts keep answering", 200, admin.get("/api/v1/contacts/count").status());
        assertFalse(new ShellRunner(sessions).run("help occasions").contains("occasions:run"));

        features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to come back", 120_000, () -> modules.find("occasions").map(m -> m.state() == ModuleState.READY).orElse(false));
        Await.until("its REST paths to come back", 30_000, () -> admin.get("/api/v1/occasions/events").status() == 200);
        assertTrue(admin.get("/api/v1/occasions/events").body().contains("Lasting " + tag));
        assertTrue(permissions.find("occasions.plan.manage").isPresent());
        assertTrue(menuEntry(context, "occasions"));
    }

    private JsonNode official(String code) {
        for (JsonNode o : admin.get("/api/v1/occasions/official").json()) {
            if (code.equals(o.get("code").asText())) {
                return o;
            }
        }
        throw new AssertionError("no " + code);
    }

    /** Adds the wedding day to the contact form unless an earlier run on the same database did. */
    private void ensureWeddingField() {
        JsonNode form = admin.get(CONTACT_FORM).json();
        for (JsonNode field : form.get("fields")) {
            if (WEDDING.equals(field.get("name").asText()) && !field.path("removed").asBoolean()) {
                return;
            }
        }
        ObjectNode field = ((ArrayNode) form.get("fields")).addObject().put("name", WEDDING).put("type", "DATE");
        field.putObject("label").put("fa", "سالروز ازدواج").put("en", "Wedding day");
        RestClient.Reply published = admin.put(CONTACT_FORM + "?comment=wedding", form.toString());
        assertEquals(published.body(), 200, published.status());
    }

    private void enable(long plan) {
        enable(plan, "birthday");
    }

    private void enable(long plan, String occasion) {
        JsonNode read = admin.get("/api/v1/occasions/plans/" + plan).json();
        RestClient.Reply enabled = admin.put("/api/v1/occasions/plans/" + plan, "{\"occasion\":\"" + occasion + "\",\"templateFa\":" + quoted(read, "templateFa")
                + ",\"templateEn\":" + quoted(read, "templateEn") + ",\"channel\":\"owner\",\"enabled\":true,\"version\":" + read.get("version").asLong()
                + "}");
        assertEquals(enabled.body(), 200, enabled.status());
    }

    private static String quoted(JsonNode node, String field) {
        return node.get(field).toString();
    }

    /** The greetings about the contact in the administrator's inbox: they own the contacts they create. */
    private int greetingsAbout(String lastName) {
        int found = 0;
        for (JsonNode n : admin.get("/api/v1/notifications?limit=200").json().get("items")) {
            if ("occasions.greeting.due".equals(n.get("messageKey").asText()) && n.get("args").get(0).asText().contains(lastName)) {
                found++;
            }
        }
        return found;
    }

    private String inboxText(String lastName) {
        for (JsonNode n : admin.get("/api/v1/notifications?limit=200").json().get("items")) {
            if ("occasions.greeting.due".equals(n.get("messageKey").asText()) && n.get("args").get(0).asText().contains(lastName)) {
                return n.get("args").toString();
            }
        }
        throw new AssertionError("no greeting about " + lastName);
    }

    private static JsonNode greeting(JsonNode history, long contactId) {
        for (JsonNode g : history) {
            if (g.get("contactId").asLong() == contactId) {
                return g;
            }
        }
        throw new AssertionError("contact " + contactId + " is not in " + history);
    }

    private static int count(JsonNode history, long contactId) {
        int found = 0;
        for (JsonNode g : history) {
            if (g.get("contactId").asLong() == contactId) {
                found++;
            }
        }
        return found;
    }

    private static JsonNode item(JsonNode items, long contactId) {
        for (JsonNode item : items) {
            if (item.get("contactId").asLong() == contactId) {
                return item;
            }
        }
        throw new AssertionError("contact " + contactId + " is not in " + items);
    }

    private static boolean contains(JsonNode upcoming, String occasion, String date, String jalali) {
        for (JsonNode o : upcoming) {
            if (occasion.equals(o.get("occasion").asText()) && date.equals(o.get("date").asText()) && jalali.equals(o.get("jalali").asText())) {
                return true;
            }
        }
        return false;
    }

    private RestClient user(String name, String roles) {
        RestClient.Reply reply = admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"کاربر " + name + "\",\"password\":\""
                + SECRET + "\",\"roles\":" + roles + "}");
        assertEquals(reply.body(), 201, reply.status());
        return RestClient.as(name, SECRET);
    }
}
