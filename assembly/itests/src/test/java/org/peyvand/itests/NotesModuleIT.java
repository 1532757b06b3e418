package org.peyvand.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.peyvand.itests.ModuleFixtures.account;
import static org.peyvand.itests.ModuleFixtures.assertRefused;
import static org.peyvand.itests.ModuleFixtures.menuEntry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;

/**
 * The notes and lists module in the running distribution: notes with attachments over REST with
 * their refusals and bounds, notes on the account's timeline, static and dynamic lists, the shell,
 * and the hot-deploy round trip.
 */
public class NotesModuleIT extends CrmInContainer {
    private static final String FEATURE = "crm-module-notes";
    private static final String SECRET = "Notes-Secret-2024!";
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    public NotesModuleIT() {
        super(new Needed(FEATURE, "notes", "/api/v1/lists"));
    }

    @Test
    public void notesWithAttachmentsThroughRestWithTheirRefusalsAndTheTimeline() {
        long account = account(admin, "یادداشت‌دار");
        RestClient.Reply created = admin.post("/api/v1/notes", note("accounts.account", account, "تماس درباره تمدید قرارداد"));
        assertEquals(created.body(), 201, created.status());
        long note = created.json().get("id").asLong();
        assertTrue(created.json().get("editable").asBoolean());

        assertRefused(admin.post("/api/v1/notes", note("accounts.account", account, "  ")), 400, "text");
        assertRefused(admin.post("/api/v1/notes", note("accounts.account", 987654321L, "متن")), 400, "recordId");
        assertRefused(admin.post("/api/v1/notes", note("planets.planet", 1, "متن")), 400, "recordType");

        // the name says text, the content says PNG: the content wins
        byte[] content = new byte[40_000];
        System.arraycopy(PNG, 0, content, 0, PNG.length);
        RestClient.Reply attached = admin.postBytes("/api/v1/notes/" + note + "/attachments?name=card.txt", content, "text/html");
        assertEquals(attached.body(), 201, attached.status());
        assertEquals("image/png", attached.json().get("contentType").asText());
        long attachment = attached.json().get("id").asLong();
        RestClient.Download download = admin.download("/api/v1/notes/attachments/" + attachment + "/content");
        assertEquals(200, download.status());
        assertEquals("image/png", download.contentType());
        assertArrayEquals(content, download.body());

        RestClient.Reply tooBig = admin.postBytes("/api/v1/notes/" + note + "/attachments?name=big.bin", new byte[5 * 1024 * 1024 + 1],
                "application/octet-stream");
        assertEquals(tooBig.body(), 413, tooBig.status());
        assertRefused(admin.postBytes("/api/v1/notes/" + note + "/attachments?name=", PNG, "application/octet-stream"), 400, "name");

        JsonNode listed = admin.get("/api/v1/notes?recordType=accounts.account&recordId=" + account).json().get("items");
        assertEquals(1, listed.size());
        assertEquals(1, listed.get(0).get("attachments").size());

        String outsider = user("outsider" + random.nextInt(1_000_000), "[]");
        RestClient stranger = RestClient.as(outsider, SECRET);
        assertEquals(403, stranger.get("/api/v1/notes?recordType=accounts.account&recordId=" + account).status());
        assertEquals(403, stranger.download("/api/v1/notes/attachments/" + attachment + "/content").status());

        JsonNode timeline = admin.get("/api/v1/timeline/accounts.account/" + account).json();
        List<String> kinds = new ArrayList<>();
        timeline.get("entries").forEach(entry -> kinds.add(entry.get("kind").asText()));
        assertTrue(timeline.toString(), kinds.contains("notes.note"));

        assertEquals(204, admin.delete("/api/v1/notes/" + note).status());
        assertEquals(404, admin.download("/api/v1/notes/attachments/" + attachment + "/content").status());
    }

    @Test
    public void staticAndDynamicListsWithTheirMembers() {
        String token = "فهرست" + random.nextInt(1_000_000);
        long first = account(admin, token + " الف");
        long second = account(admin, token + " ب");
        long other = account(admin, "دیگر");

        RestClient.Reply created = admin.post("/api/v1/lists", "{\"name\":\"" + token + " ثابت\",\"recordType\":\"accounts.account\",\"kind\":\"STATIC\"}");
        assertEquals(created.body(), 201, created.status());
        long fixed = created.json().get("id").asLong();
        RestClient.Reply added = admin.post("/api/v1/lists/" + fixed + "/members", "{\"recordIds\":[" + first + "," + other + "]}");
        assertEquals(added.body(), 200, added.status());
        assertEquals(2, added.json().get("added").asInt());
        assertEquals(List.of(first, other), memberIds(fixed));
        assertEquals(2, admin.get("/api/v1/lists/" + fixed + "/count").json().get("count").asLong());
        assertRefused(admin.post("/api/v1/lists/" + fixed + "/members", "{\"recordIds\":[987654321]}"), 400, "recordIds");
        assertEquals(1, admin.post("/api/v1/lists/" + fixed + "/members/remove", "{\"recordIds\":[" + other + "]}").json().get("removed").asInt());
        assertEquals(List.of(first), memberIds(fixed));

        assertRefused(admin.post("/api/v1/lists", "{\"name\":\"" + token + " ثابت\",\"recordType\":\"accounts.account\",\"kind\":\"STATIC\"}"), 409,
                "name");
        assertRefused(admin.post("/api/v1/lists", "{\"name\":\"بی‌گونه\",\"recordType\":\"accounts.account\",\"kind\":\"SOMETIMES\"}"), 400, "kind");

        RestClient.Reply dynamic = admin.post("/api/v1/lists", "{\"name\":\"" + token + " پویا\",\"recordType\":\"accounts.account\",\"kind\":\"DYNAMIC\","
                + "\"filters\":[{\"field\":\"name\",\"operator\":\"CONTAINS\",\"values\":[\"" + token + "\"]}]}");
        assertEquals(dynamic.body(), 201, dynamic.status());
        long saved = dynamic.json().get("id").asLong();
        assertEquals(List.of(first, second), memberIds(saved));
        // read when asked: an account made afterwards is a member at once
        long third = account(admin, token + " پ");
        assertEquals(List.of(first, second, third), memberIds(saved));
        assertEquals(3, admin.get("/api/v1/lists/" + saved + "/count").json().get("count").asLong());
        assertRefused(admin.post("/api/v1/lists/" + saved + "/members", "{\"recordIds\":[" + other + "]}"), 400, "kind");

        String outsider = user("listless" + random.nextInt(1_000_000), "[]");
        assertEquals(403, RestClient.as(outsider, SECRET).get("/api/v1/lists").status());
        RestClient.Reply shared = admin.put("/api/v1/lists/" + fixed + "/shares", "[{\"kind\":\"USER\",\"grantee\":\"" + outsider
                + "\",\"access\":\"READ\"}]");
        assertEquals(shared.body(), 200, shared.status());
        assertEquals(outsider, shared.json().get(0).get("grantee").asText());
    }

    @Test
    public void deletingAnAccountAsksAndThenTakesItsNotesAndMembershipsAlong() {
        long account = account(admin, "رفتنی");
        long kept = account(admin, "ماندنی");
        long note = admin.post("/api/v1/notes", note("accounts.account", account, "پیش از حذف")).json().get("id").asLong();
        long list = admin.post("/api/v1/lists", "{\"name\":\"حذف " + random.nextInt(1_000_000) + "\",\"recordType\":\"accounts.account\",\"kind\":\"STATIC\"}")
                .json().get("id").asLong();
        admin.post("/api/v1/lists/" + list + "/members", "{\"recordIds\":[" + account + "," + kept + "]}");

        JsonNode links = admin.get("/api/v1/records/accounts.account/" + account + "/links").json();
        assertEquals(links.toString(), List.of("notes.links.lists:1", "notes.links.notes:1"), labels(links));
        RestClient.Reply asked = admin.delete("/api/v1/accounts/" + account);
        assertRefused(asked, 409, "links");
        assertEquals(asked.body(), 2, asked.json().get("fieldErrors").size());
        assertEquals("nothing leaves before the user confirms", 200, admin.get("/api/v1/notes/" + note).status());

        assertEquals(204, admin.delete("/api/v1/accounts/" + account + "?confirm=true").status());
        Await.until("the account's note and membership to leave with it", 30_000,
                () -> admin.get("/api/v1/notes/" + note).status() == 404 && memberIds(list).equals(List.of(kept)));
        assertEquals(404, admin.get("/api/v1/records/accounts.account/" + account + "/links").status());
        assertEquals("the other member stays, with nothing but its membership", List.of("notes.links.lists:1"),
                labels(admin.get("/api/v1/records/accounts.account/" + kept + "/links").json()));
    }

    private static List<String> labels(JsonNode links) {
        List<String> labels = new ArrayList<>();
        links.forEach(link -> labels.add(link.get("labelKey").asText() + ":" + link.get("count").asLong()));
        return labels;
    }

    @Test
    public void shellAddsAndListsNotesAndLists() throws Exception {
        ShellRunner shell = new ShellRunner(sessions);
        long account = account(admin, "پوسته");
        String added = shell.run("notes:add accounts.account " + account + " یادداشت از پوسته");
        assertFalse(added, added.toLowerCase().contains("exception"));
        String notes = shell.run("notes:list accounts.account " + account);
        assertTrue(notes, notes.contains("یادداشت از پوسته"));
        String refused = shell.run("notes:add accounts.account 987654321 متن");
        assertTrue(refused, refused.contains("recordId"));

        long list = admin.post("/api/v1/lists", "{\"name\":\"پوسته " + random.nextInt(1_000_000) + "\",\"recordType\":\"accounts.account\","
                + "\"kind\":\"STATIC\"}").json().get("id").asLong();
        assertTrue(shell.run("notes:lists").contains(String.valueOf(list)));
        String addedMembers = shell.run("notes:list-add " + list + " " + account);
        assertFalse(addedMembers, addedMembers.toLowerCase().contains("exception"));
        String members = shell.run("notes:list-members " + list);
        assertTrue(members, members.contains(String.valueOf(account)));
    }

    @Test
    public void uninstallAndReinstallAtRuntimeKeepsNotesAndLists() throws Exception {
        long account = account(admin, "ماندگار");
        long note = admin.post("/api/v1/notes", note("accounts.account", account, "می‌ماند")).json().get("id").asLong();
        long list = admin.post("/api/v1/lists", "{\"name\":\"ماندگار " + random.nextInt(1_000_000) + "\",\"recordType\":\"accounts.account\","
                + "\"kind\":\"STATIC\"}").json().get("id").asLong();
        admin.post("/api/v1/lists/" + list + "/members", "{\"recordIds\":[" + account + "]}");
        assertTrue(admin.get("/api/openapi.json").json().get("paths").has("/notes"));
        assertTrue(permissions.find("notes.note.read").isPresent());
        assertTrue(menuEntry(context, "lists"));

        features.uninstallFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to leave", 60_000, () -> modules.find("notes").isEmpty());
        Await.until("its REST paths to leave", 30_000, () -> admin.get("/api/v1/notes/" + note).status() == 404
                && admin.get("/api/v1/lists").status() == 404);
        assertFalse(admin.get("/api/openapi.json").json().get("paths").has("/notes"));
        assertFalse(permissions.find("notes.note.read").isPresent());
        assertFalse("the menu entry left with the module", menuEntry(context, "lists"));
        assertEquals("the rest of the platform still answers", 200, admin.get("/api/v1/status").status());
        assertEquals("accounts keep answering", 200, admin.get("/api/v1/accounts/" + account).status());
        assertFalse(new ShellRunner(sessions).run("help notes").contains("notes:add"));

        features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to come back", 120_000, () -> modules.find("notes").map(m -> m.state() == ModuleState.READY).orElse(false));
        Await.until("its REST paths to come back", 30_000, () -> admin.get("/api/v1/notes/" + note).status() == 200);
        assertEquals("می‌ماند", admin.get("/api/v1/notes/" + note).json().get("text").asText());
        assertEquals(List.of(account), memberIds(list));
        assertTrue(permissions.find("notes.note.read").isPresent());
        assertTrue(menuEntry(context, "lists"));
    }

    private static String note(String recordType, long recordId, String text) {
        return "{\"recordType\":\"" + recordType + "\",\"recordId\":" + recordId + ",\"text\":\"" + text + "\"}";
    }

    private List<Long> memberIds(long list) {
        RestClient.Reply reply = admin.get("/api/v1/lists/" + list + "/members");
        assertEquals(reply.body(), 200, reply.status());
        List<Long> ids = new ArrayList<>();
        reply.json().get("items").forEach(member -> ids.add(member.get("recordId").asLong()));
        return ids;
    }

    private String user(String name, String roles) {
        RestClient.Reply reply = admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"" + name + "\",\"password\":\""
                + SECRET + "\",\"roles\":" + roles + "}");
        assertEquals(reply.body(), 201, reply.status());
        return name;
    }

    /** The workspace builds its menu from these view services. */
}
