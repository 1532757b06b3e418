package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.peyvand.itests.ModuleFixtures.menuEntry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;

/**
 * The accounts module in the running distribution: REST round trips with their errors, the
 * shell, and the hot-deploy round trip (uninstall, the rest keeps answering, install, data back).
 */
public class AccountsModuleIT extends CrmInContainer {
    private static final String FEATURE = AccountsModule.FEATURE;

    @Test
    public void contactRoundTripThroughRest() {
        String code = TestData.nationalCode(random);
        RestClient.Reply created = admin.post("/api/v1/contacts", "{\"firstName\":\"سارا\",\"lastName\":\"یزدانی\",\"nationalCode\":\""
                + code + "\",\"mobile\":\"۰۹۱۲ " + digits(7) + "\",\"email\":\"Sara.Y" + random.nextInt(1_000_000)
                + "@Example.ir\",\"birthDate\":\"1991-03-21\"}");
        assertEquals(created.body(), 201, created.status());
        JsonNode contact = created.json();
        long id = contact.get("id").asLong();
        assertEquals(code, contact.get("nationalCode").asText());
        assertTrue(contact.get("mobile").asText().matches("\\+98912\\d{7}"));
        assertTrue(contact.get("email").asText().startsWith("sara.y"));

        RestClient.Reply read = admin.get("/api/v1/contacts/" + id);
        assertEquals(200, read.status());
        assertEquals("یزدانی", read.json().get("lastName").asText());

        RestClient.Reply updated = admin.put("/api/v1/contacts/" + id, "{\"firstName\":\"سارا\",\"lastName\":\"یزدانی‌پور\",\"nationalCode\":\""
                + code + "\",\"birthDate\":\"1991-03-21\",\"version\":" + read.json().get("version").asLong() + "}");
        assertEquals(updated.body(), 200, updated.status());
        RestClient.Reply stale = admin.put("/api/v1/contacts/" + id, "{\"firstName\":\"سارا\",\"lastName\":\"قدیمی\",\"version\":"
                + read.json().get("version").asLong() + "}");
        assertEquals(409, stale.status());

        // Arabic yeh and a ZWNJ-less spelling still find the stored Persian name
        JsonNode found = admin.get("/api/v1/contacts?q=" + encode("يزداني")).json().get("items");
        assertTrue(found.toString(), containsId(found, id));

        assertEquals(204, admin.delete("/api/v1/contacts/" + id).status());
        assertEquals(404, admin.get("/api/v1/contacts/" + id).status());
    }

    @Test
    public void badInputIsRefusedWithTheFieldNamedInEitherLanguage() {
        RestClient.Reply english = admin.post("/api/v1/contacts",
                "{\"firstName\":\"علی\",\"lastName\":\"رضایی\",\"nationalCode\":\"1234567890\",\"mobile\":\"12345\"}");
        assertEquals(400, english.status());
        JsonNode errors = english.json().get("fieldErrors");
        assertTrue(errors.toString(), errors.toString().contains("\"field\":\"nationalCode\"") && errors.toString().contains("\"field\":\"mobile\""));

        RestClient.Reply persian = admin.inLanguage("fa").post("/api/v1/contacts",
                "{\"firstName\":\"علی\",\"lastName\":\"رضایی\",\"nationalCode\":\"1234567890\"}");
        assertEquals(400, persian.status());
        assertTrue(persian.body(), persian.json().get("fieldErrors").get(0).get("message").asText().contains("کد ملی"));

        assertEquals(400, admin.post("/api/v1/contacts", "{\"firstName\": ").status());
        RestClient.Reply unknown = admin.post("/api/v1/contacts", "{\"firstName\":\"a\",\"lastName\":\"b\",\"shoeSize\":42}");
        assertEquals(400, unknown.status());
        assertEquals("shoeSize", unknown.json().get("fieldErrors").get(0).get("field").asText());
        assertEquals(404, admin.get("/api/v1/contacts/987654321").status());
        assertEquals(404, admin.get("/api/v1/contacts/not-a-number").status());
    }

    @Test
    public void duplicatesAreConflictsOrWarnings() {
        String code = TestData.nationalCode(random);
        String mobile = "0935" + digits(7);
        String body = "{\"firstName\":\"رضا\",\"lastName\":\"کاظمی\",\"nationalCode\":\"" + code + "\",\"mobile\":\"" + mobile + "\"}";
        assertEquals(201, admin.post("/api/v1/contacts", body).status());
        RestClient.Reply sameCode = admin.post("/api/v1/contacts", body);
        assertEquals(409, sameCode.status());
        assertEquals("nationalCode", sameCode.json().get("fieldErrors").get(0).get("field").asText());

        String other = "{\"firstName\":\"رضا\",\"lastName\":\"کاظمی\",\"mobile\":\"" + mobile + "\"}";
        RestClient.Reply warning = admin.post("/api/v1/contacts", other);
        assertEquals(409, warning.status());
        assertEquals("mobile", warning.json().get("fieldErrors").get(0).get("field").asText());
        assertEquals(201, admin.post("/api/v1/contacts?confirmDuplicates=true", other).status());
    }

    @Test
    public void csvImportLandsValidRowsAndReportsTheOthers() throws Exception {
        String good = TestData.nationalCode(random);
        String csv = "firstName,lastName,nationalCode,mobile,birthDate\n"
                + "نگار,امینی," + good + ",0912" + digits(7) + ",1370/01/15\n"
                + "بد,ردیف,1111111111,09121111111,\n";
        // Windows-1256, as Persian Excel saves CSV
        RestClient.Reply reply = admin.postBytes("/api/v1/contacts/import", csv.getBytes("windows-1256"), "text/csv");
        assertEquals(reply.body(), 200, reply.status());
        JsonNode result = reply.json();
        assertEquals(2, result.get("total").asInt());
        assertEquals(1, result.get("imported").asInt());
        assertEquals(1, result.get("failed").asInt());
        assertEquals(2, result.get("errors").get(0).get("row").asInt());
        JsonNode found = admin.get("/api/v1/contacts?q=" + encode(good)).json().get("items");
        assertEquals(1, found.size());
        assertEquals("1991-04-04", found.get(0).get("birthDate").asText());

        RestClient.Reply wrongColumns = admin.postBytes("/api/v1/contacts/import",
                "name,shoe\nx,y\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, wrongColumns.status());

        RestClient.Reply export = admin.get("/api/v1/contacts/export?q=" + encode(good));
        assertEquals(200, export.status());
        assertTrue(export.body().contains(good));
    }

    @Test
    public void keysetPagingWalksEveryRowOnce() {
        String family = "صفحه" + random.nextInt(1_000_000);
        for (int i = 0; i < 7; i++) {
            assertEquals(201, admin.post("/api/v1/contacts", "{\"firstName\":\"نفر" + i + "\",\"lastName\":\"" + family + "\"}").status());
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = admin.get("/api/v1/contacts?limit=3&q=" + encode(family) + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(item -> assertTrue("row returned twice", seen.add(item.get("id").asLong())));
            cursor = page.has("nextCursor") ? page.get("nextCursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(7, seen.size());
        assertEquals(7, admin.get("/api/v1/contacts/count?q=" + encode(family)).json().get("count").asInt());
        assertEquals(400, admin.get("/api/v1/contacts?cursor=garbage").status());
    }

    @Test
    public void shellCommandsListAndAdd() throws Exception {
        ShellRunner shell = new ShellRunner(sessions);
        String family = "پوسته" + random.nextInt(1_000_000);
        String added = shell.run("accounts:contact-add --first-name مینا --last-name " + family);
        assertFalse(added, added.toLowerCase().contains("exception"));
        String list = shell.run("accounts:contact-list -q " + family);
        assertTrue(list, list.contains(family));
        String invalid = shell.run("accounts:contact-add --first-name a --last-name b --national-code 123");
        assertTrue(invalid, invalid.contains("nationalCode"));
    }

    @Test
    public void uninstallAndReinstallAtRuntimeKeepsTheData() throws Exception {
        String family = "ماندگار" + random.nextInt(1_000_000);
        RestClient.Reply created = admin.post("/api/v1/contacts", "{\"firstName\":\"کیان\",\"lastName\":\"" + family + "\"}");
        assertEquals(201, created.status());
        long id = created.json().get("id").asLong();
        assertTrue(admin.get("/api/openapi.json").json().get("paths").has("/contacts"));
        assertTrue(permissions.find("accounts.contact.read").isPresent());
        assertTrue(menuEntry(context, "contacts"));
        Await.until("the module's reports", 30_000, () -> admin.get("/api/v1/reports/definitions").body().contains("accounts.contactsPerOwner"));

        // the kernel's own paths must answer all along, while the endpoint is rebuilt around them
        java.util.concurrent.atomic.AtomicBoolean changing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.List<Integer> statusDuringChange = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread watcher = new Thread(() -> {
            while (changing.get()) {
                statusDuringChange.add(admin.get("/api/v1/status").status());
            }
        });
        watcher.start();

        features.uninstallFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to leave", 60_000, () -> modules.find("accounts").isEmpty());
        Await.until("its REST paths to leave", 30_000, () -> admin.get("/api/v1/contacts").status() == 404);
        assertFalse(admin.get("/api/openapi.json").json().get("paths").has("/contacts"));
        assertFalse(permissions.find("accounts.contact.read").isPresent());
        assertFalse("the menu entry left with the module", menuEntry(context, "contacts"));
        assertFalse("its reports left with it", admin.get("/api/v1/reports/definitions").body().contains("accounts.contactsPerOwner"));
        assertEquals("the rest of the platform still answers", 200, admin.get("/api/v1/status").status());
        assertTrue(modules.status().kernelReady());
        ShellRunner shell = new ShellRunner(sessions);
        assertFalse(shell.run("help accounts").contains("contact-add"));

        features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to come back", 120_000,
                () -> modules.find("accounts").map(m -> m.state() == ModuleState.READY).orElse(false));
        Await.until("its REST paths to come back", 30_000, () -> admin.get("/api/v1/contacts/" + id).status() == 200);
        assertEquals(family, admin.get("/api/v1/contacts/" + id).json().get("lastName").asText());
        assertTrue(permissions.find("accounts.contact.read").isPresent());
        assertTrue(menuEntry(context, "contacts"));
        Await.until("its reports to come back", 30_000, () -> admin.get("/api/v1/reports/definitions").body().contains("accounts.contactsPerOwner"));

        changing.set(false);
        watcher.join();
        assertTrue("status was polled while modules changed", statusDuringChange.size() > 10);
        assertTrue("status answered " + statusDuringChange.stream().filter(s -> s != 200).distinct().toList(),
                statusDuringChange.stream().allMatch(s -> s == 200));
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static boolean containsId(JsonNode items, long id) {
        for (JsonNode item : items) {
            if (item.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
