package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;

/**
 * Custom fields added to contacts at runtime, used through REST (values, filters, search, errors),
 * CSV export and import and the shell; definitions exported, imported and protected from data
 * loss; values kept while the accounts module is uninstalled.
 */
public class FormsIT extends CrmInContainer {
    private static final String CONTACT_FORM = "/api/v1/forms/accounts.contact";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Before
    public void contactFormHasCustomFields() throws Exception {
        JsonNode form = admin.get(CONTACT_FORM).json();
        for (JsonNode field : form.get("fields")) {
            if ("tier".equals(field.get("name").asText()) && !field.path("removed").asBoolean()) {
                return;
            }
        }
        assertTrue("the module ships the form", form.get("fields").toString().contains("\"firstName\""));
        ArrayNode fields = (ArrayNode) form.get("fields");
        fields.add(field("tier", "SELECT", "سطح", "Tier").set("options", JSON.readTree("[{\"value\":\"gold\",\"label\":{\"fa\":\"طلایی\","
                + "\"en\":\"Gold\"}},{\"value\":\"silver\",\"label\":{\"fa\":\"نقره‌ای\",\"en\":\"Silver\"}}]")));
        fields.add(field("since", "DATE", "مشتری از", "Customer since"));
        fields.add(field("memberNo", "TEXT", "شماره عضویت", "Member number").put("unique", true));
        // on PostgreSQL the integration tests share one database, so other tests may have published versions already
        RestClient.Reply published = admin.put(CONTACT_FORM + "?comment=tiers", form.toString());
        assertEquals(published.body(), 200, published.status());
        assertEquals(form.get("version").asInt() + 1, published.json().get("version").asInt());
    }

    @Test
    public void customValuesTravelThroughRestFiltersAndSearch() {
        String family = "سفارشی" + random.nextInt(1_000_000);
        String member = "M" + random.nextInt(1_000_000);
        RestClient.Reply created = admin.post("/api/v1/contacts", "{\"firstName\":\"رویا\",\"lastName\":\"" + family
                + "\",\"custom\":{\"tier\":\"طلایی\",\"since\":\"۱۴۰۳/۰۱/۰۱\",\"memberNo\":\"" + member + "\"}}");
        assertEquals(created.body(), 201, created.status());
        JsonNode custom = created.json().get("custom");
        assertEquals("gold", custom.get("tier").asText());
        assertEquals("2024-03-20", custom.get("since").asText());
        long id = created.json().get("id").asLong();

        assertEquals(id, admin.get("/api/v1/contacts/" + id).json().get("id").asLong());
        assertEquals("gold", admin.get("/api/v1/contacts/" + id).json().get("custom").get("tier").asText());
        assertTrue(ids("/api/v1/contacts?cf.tier=gold&q=" + encode(family)).contains(id));
        assertFalse(ids("/api/v1/contacts?cf.tier=silver&q=" + encode(family)).contains(id));
        assertEquals(1, admin.get("/api/v1/contacts/count?cf.tier=gold&q=" + encode(family)).json().get("count").asInt());
        assertTrue("custom text is searched", ids("/api/v1/contacts?q=" + member).contains(id));

        // a change names only what changes; the rest keeps its stored value
        long version = admin.get("/api/v1/contacts/" + id).json().get("version").asLong();
        RestClient.Reply changed = admin.put("/api/v1/contacts/" + id, "{\"firstName\":\"رویا\",\"lastName\":\"" + family
                + "\",\"version\":" + version + ",\"custom\":{\"tier\":\"silver\"}}");
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("silver", changed.json().get("custom").get("tier").asText());
        assertEquals(member, changed.json().get("custom").get("memberNo").asText());

        RestClient.Reply bad = admin.inLanguage("fa").post("/api/v1/contacts", "{\"firstName\":\"a\",\"lastName\":\"b\","
                + "\"custom\":{\"tier\":\"platinum\",\"memberNo\":\"" + member + "\",\"shoeSize\":42}}");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("\"field\":\"shoeSize\""));
        RestClient.Reply refused = admin.inLanguage("fa").post("/api/v1/contacts", "{\"firstName\":\"a\",\"lastName\":\"b\","
                + "\"custom\":{\"tier\":\"platinum\"}}");
        assertEquals(refused.body(), 400, refused.status());
        assertTrue(refused.body(), refused.body().contains("\"field\":\"tier\"") && refused.body().contains("platinum"));
        RestClient.Reply taken = admin.post("/api/v1/contacts", "{\"firstName\":\"a\",\"lastName\":\"b\","
                + "\"custom\":{\"memberNo\":\"" + member + "\"}}");
        assertEquals(taken.body(), 400, taken.status());
        assertTrue(taken.body(), taken.body().contains("\"field\":\"memberNo\""));
        assertEquals(400, admin.get("/api/v1/contacts?cf.tier=platinum").status());
        JsonNode schema = admin.get("/api/openapi.json").json().get("components").get("schemas").get("CustomFields_accounts_contact");
        assertEquals("the OpenAPI document describes the custom fields as they stand", "[\"gold\",\"silver\"]",
                schema.get("properties").get("tier").get("enum").toString());
        assertEquals(400, admin.get("/api/v1/contacts?cf.nothing=1").status());
    }

    @Test
    public void listsSortByACustomFieldWithRecordsWithoutAValueLast() {
        String family = "ترتیب" + random.nextInt(1_000_000);
        String[] since = {"1402/05/01", null, "1401/01/01", "1403/09/30", null};
        java.util.List<Long> created = new java.util.ArrayList<>();
        for (int i = 0; i < since.length; i++) {
            String custom = since[i] == null ? "{\"tier\":\"gold\"}" : "{\"tier\":\"gold\",\"since\":\"" + since[i] + "\"}";
            RestClient.Reply reply = admin.post("/api/v1/contacts", "{\"firstName\":\"نفر" + i + "\",\"lastName\":\"" + family
                    + "\",\"custom\":" + custom + "}");
            assertEquals(reply.body(), 201, reply.status());
            created.add(reply.json().get("id").asLong());
        }
        java.util.List<Long> expected = java.util.List.of(created.get(2), created.get(0), created.get(3), created.get(1), created.get(4));
        java.util.List<Long> walked = new java.util.ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = admin.get("/api/v1/contacts?limit=2&sort=cf.since&cf.tier=gold&q=" + encode(family)
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(item -> walked.add(item.get("id").asLong()));
            cursor = page.has("nextCursor") && !page.get("nextCursor").isNull() ? page.get("nextCursor").asText() : null;
        } while (cursor != null && walked.size() < 10);
        assertEquals(expected, walked);
        JsonNode newestFirst = admin.get("/api/v1/contacts?limit=3&sort=cf.since&order=desc&q=" + encode(family)).json().get("items");
        assertEquals(created.get(3).longValue(), newestFirst.get(0).get("id").asLong());
        assertEquals(400, admin.get("/api/v1/contacts?sort=cf.nothing").status());
    }

    @Test
    public void csvCarriesCustomColumnsBothWays() {
        String family = "ستون" + random.nextInt(1_000_000);
        String csv = "firstName,lastName,سطح,since\n"
                + "مهسا," + family + ",نقره‌ای,1402/12/29\n"
                + "نادر," + family + ",برنزی,\n";
        RestClient.Reply imported = admin.postBytes("/api/v1/contacts/import", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(1, imported.json().get("imported").asInt());
        assertEquals(2, imported.json().get("errors").get(0).get("row").asInt());
        assertTrue(imported.body(), imported.body().contains("\"field\":\"tier\""));

        JsonNode found = admin.get("/api/v1/contacts?q=" + encode(family)).json().get("items");
        assertEquals(1, found.size());
        assertEquals("silver", found.get(0).get("custom").get("tier").asText());
        assertEquals("2024-03-19", found.get(0).get("custom").get("since").asText());

        String exported = admin.get("/api/v1/contacts/export?q=" + encode(family)).body();
        String header = exported.lines().findFirst().orElse("");
        assertTrue(header, header.endsWith("tier,since,memberNo"));
        assertTrue(exported, exported.contains("silver,2024-03-19"));
    }

    @Test
    public void changesThatWouldLoseValuesAreRefused() throws Exception {
        String family = "طلا" + random.nextInt(1_000_000);
        assertEquals(201, admin.post("/api/v1/contacts", "{\"firstName\":\"a\",\"lastName\":\"" + family
                + "\",\"custom\":{\"tier\":\"gold\"}}").status());
        JsonNode form = admin.get(CONTACT_FORM).json();
        for (JsonNode field : form.get("fields")) {
            if ("tier".equals(field.get("name").asText())) {
                ((ArrayNode) field.get("options")).remove(0);
            }
        }
        RestClient.Reply refused = admin.put(CONTACT_FORM, form.toString());
        assertEquals(refused.body(), 409, refused.status());
        assertTrue(refused.body(), refused.body().contains("\"field\":\"tier\""));

        ObjectNode broken = (ObjectNode) admin.get(CONTACT_FORM).json();
        ((ArrayNode) broken.get("fields")).add(field("total", "COMPUTED", "جمع", "Total")
                .put("expression", "''.getClass().forName('java.lang.Runtime')"));
        RestClient.Reply escaping = admin.put(CONTACT_FORM, broken.toString());
        assertEquals(escaping.body(), 400, escaping.status());
        assertTrue(escaping.body(), escaping.body().contains("expression"));
    }

    @Test
    public void definitionsMoveThroughTheShellAndRest() throws Exception {
        ShellRunner shell = new ShellRunner(sessions);
        String list = shell.run("crm:form-list");
        assertTrue(list, list.contains("accounts.contact") && list.contains("accounts.account"));

        Path file = Files.createTempFile("forms", ".json");
        String written = shell.run("crm:form-export --file " + file + " accounts.contact");
        assertFalse(written, written.toLowerCase().contains("exception"));
        String document = Files.readString(file);
        int before = admin.get(CONTACT_FORM).json().get("version").asInt();
        ObjectNode parsed = (ObjectNode) JSON.readTree(document);
        java.util.List<String> names = new java.util.ArrayList<>();
        parsed.get("forms").get(0).get("fields").forEach(f -> names.add(f.get("name").asText()));
        assertTrue(document, names.contains("tier"));
        assertFalse("built-in fields travel with their module: " + names, names.contains("firstName"));

        ObjectNode form = (ObjectNode) parsed.get("forms").get(0);
        ((ArrayNode) form.get("fields")).add(field("region", "TEXT", "منطقه", "Region"));
        Files.writeString(file, parsed.toString());
        String imported = shell.run("crm:form-import " + file);
        assertTrue(imported, imported.contains("accounts.contact"));
        JsonNode current = admin.get(CONTACT_FORM).json();
        assertTrue(current.toString(), current.get("fields").toString().contains("\"region\""));
        int version = current.get("version").asInt();

        JsonNode versions = admin.get(CONTACT_FORM + "/versions").json();
        assertEquals(version, versions.get(0).get("version").asInt());
        assertEquals("the shipped form comes last", 0, versions.get(versions.size() - 1).get("version").asInt());
        ObjectNode misspelt = (ObjectNode) current.deepCopy();
        ((ArrayNode) misspelt.get("fields")).add(field("bad name", "TEXT", "نادرست", "Wrong"));
        RestClient.Reply checked = admin.post(CONTACT_FORM + "/check", misspelt.toString());
        assertEquals(checked.body(), 400, checked.status());
        assertEquals(200, admin.post(CONTACT_FORM + "/check", current.toString()).status());
        assertEquals("checking publishes nothing", version, admin.get(CONTACT_FORM).json().get("version").asInt());
        RestClient.Reply rolledBack = admin.post(CONTACT_FORM + "/versions/" + before + "/rollback", "");
        assertEquals(rolledBack.body(), 200, rolledBack.status());
        assertEquals(version + 1, rolledBack.json().get("version").asInt());
        assertTrue("a field left out is kept as removed",
                rolledBack.json().get("fields").toString().contains("\"name\":\"region\""));

        RestClient.Reply exported = admin.get("/api/v1/forms/export?key=accounts.contact");
        assertEquals(200, exported.status());
        assertEquals(200, admin.postBytes("/api/v1/forms/import", exported.body().getBytes(StandardCharsets.UTF_8),
                "application/json").status());
        assertEquals(400, admin.postBytes("/api/v1/forms/import", "{\"forms\": [".getBytes(StandardCharsets.UTF_8),
                "application/json").status());
    }

    @Test
    public void customValuesOutliveTheModule() throws Exception {
        String family = "پایدار" + random.nextInt(1_000_000);
        RestClient.Reply created = admin.post("/api/v1/contacts", "{\"firstName\":\"a\",\"lastName\":\"" + family
                + "\",\"custom\":{\"tier\":\"silver\"}}");
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();

        features.uninstallFeature(AccountsModule.FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to leave", 60_000, () -> modules.find("accounts").isEmpty());
        assertTrue("the custom fields stay defined", admin.get(CONTACT_FORM).body().contains("\"tier\""));

        features.installFeature(AccountsModule.FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to come back", 120_000,
                () -> modules.find("accounts").map(m -> m.state() == ModuleState.READY).orElse(false));
        Await.until("its REST paths to come back", 30_000, () -> admin.get("/api/v1/contacts/" + id).status() == 200);
        assertEquals("silver", admin.get("/api/v1/contacts/" + id).json().get("custom").get("tier").asText());
    }

    @Test
    public void aRecordTypeDesignedAtRuntimeWorksThroughRestCsvAndTheShell() throws Exception {
        String type = "custom.visit";
        if (admin.get("/api/v1/forms/" + type).status() == 404) {
            ObjectNode form = JSON.createObjectNode().put("key", type).put("kind", "RECORD_TYPE").put("menuSection", "sales");
            form.putObject("label").put("fa", "بازدید").put("en", "Visit");
            ArrayNode fields = form.putArray("fields");
            fields.add(field("subject", "TEXT", "موضوع", "Subject").put("required", true));
            fields.add(field("visitDate", "DATE", "تاریخ بازدید", "Visit date"));
            fields.add(field("outcome", "SELECT", "نتیجه", "Outcome").set("options", JSON.readTree("[{\"value\":\"won\",\"label\":"
                    + "{\"fa\":\"موفق\",\"en\":\"Won\"}},{\"value\":\"lost\",\"label\":{\"fa\":\"ناموفق\",\"en\":\"Lost\"}}]")));
            fields.add(field("cost", "MONEY", "هزینه", "Cost"));
            fields.add(field("doubled", "COMPUTED", "دو برابر", "Doubled").put("expression", "cost * 2"));
            form.putArray("listColumns").add("subject").add("visitDate").add("outcome");
            RestClient.Reply published = admin.put("/api/v1/forms/" + type, form.toString());
            assertEquals(published.body(), 200, published.status());
        }
        Await.until("the type's permissions", 30_000, () -> admin.get("/api/v1/records/" + type + "/count").status() == 200);

        String word = "کارخانه" + random.nextInt(1_000_000);
        RestClient.Reply created = admin.post("/api/v1/records/" + type, "{\"values\":{\"subject\":\"بازدید " + word
                + "\",\"visitDate\":\"۱۴۰۴/۰۸/۰۱\",\"outcome\":\"موفق\",\"cost\":\"۲۵۰٬۰۰۰\"}}");
        assertEquals(created.body(), 201, created.status());
        JsonNode values = created.json().get("values");
        assertEquals("won", values.get("outcome").asText());
        assertEquals("2025-10-23", values.get("visitDate").asText());
        assertEquals(500_000, values.get("doubled").asInt());
        long id = created.json().get("id").asLong();

        String list = "/api/v1/records/" + type + "?q=" + encode(word.replace('ک', 'ك'));
        assertEquals(1, admin.get(list).json().get("items").size());
        assertEquals(1, admin.get(list + "&cf.outcome=won").json().get("items").size());
        assertEquals(0, admin.get(list + "&cf.outcome=lost").json().get("items").size());
        assertEquals(1, admin.get(list + "&sort=visitDate&order=desc").json().get("items").size());
        assertEquals(400, admin.get("/api/v1/records/" + type + "?sort=nothing").status());

        RestClient.Reply changed = admin.put("/api/v1/records/" + type + "/" + id, "{\"version\":" + created.json().get("version").asLong()
                + ",\"values\":{\"outcome\":\"lost\"}}");
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("بازدید " + word, changed.json().get("values").get("subject").asText());
        RestClient.Reply refused = admin.post("/api/v1/records/" + type, "{\"values\":{\"outcome\":\"maybe\"}}");
        assertEquals(refused.body(), 400, refused.status());
        assertTrue(refused.body(), refused.body().contains("\"field\":\"subject\"") && refused.body().contains("\"field\":\"outcome\""));
        assertEquals(404, admin.get("/api/v1/records/custom.nothing").status());

        String csv = "موضوع,تاریخ بازدید,outcome\nپیگیری " + word + ",1404/09/01,won\n,1404/09/02,won\n";
        RestClient.Reply imported = admin.postBytes("/api/v1/records/" + type + "/import", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(1, imported.json().get("imported").asInt());
        assertEquals(2, imported.json().get("errors").get(0).get("row").asInt());
        String exported = admin.get("/api/v1/records/" + type + "/export?q=" + encode(word)).body();
        assertTrue(exported, exported.contains("پیگیری " + word) && exported.contains("2025-11-22"));

        ShellRunner shell = new ShellRunner(sessions);
        String added = shell.run("crm:record-add " + type + " subject=پوسته" + word + " outcome=won");
        assertFalse(added, added.toLowerCase().contains("exception"));
        String listed = shell.run("crm:record-list -q پوسته" + word + " " + type);
        assertTrue(listed, listed.contains("پوسته" + word));
        String invalid = shell.run("crm:record-add " + type + " outcome=won");
        assertTrue(invalid, invalid.contains("subject"));

        assertEquals(204, admin.delete("/api/v1/records/" + type + "/" + id).status());
        assertEquals(404, admin.get("/api/v1/records/" + type + "/" + id).status());
    }

    @Test
    public void standAloneFormSubmissionsAreKeptAndAnnounced() throws Exception {
        String key = "form.feedback";
        if (admin.get("/api/v1/forms/" + key).status() == 404) {
            ObjectNode form = JSON.createObjectNode().put("key", key).put("kind", "STANDALONE");
            form.putObject("label").put("fa", "نظرسنجی").put("en", "Feedback");
            ArrayNode fields = form.putArray("fields");
            fields.add(field("score", "INTEGER", "امتیاز", "Score").put("required", true).put("minimum", 1).put("maximum", 5));
            fields.add(field("comment", "LONG_TEXT", "توضیح", "Comment"));
            form.putArray("listColumns").add("score");
            RestClient.Reply published = admin.put("/api/v1/forms/" + key, form.toString());
            assertEquals(published.body(), 200, published.status());
        }
        Await.until("the form's permissions", 30_000, () -> admin.get("/api/v1/records/" + key + "/count").status() == 200);
        List<Event> seen = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "crm/form/form_feedback/submitted");
        ServiceRegistration<EventHandler> listening = context.registerService(EventHandler.class, seen::add, topics);
        try {
            RestClient.Reply refused = admin.inLanguage("fa").post("/api/v1/records/" + key, "{\"values\":{\"score\":\"۹\"}}");
            assertEquals(refused.body(), 400, refused.status());
            assertTrue(refused.body(), refused.body().contains("\"field\":\"score\""));
            RestClient.Reply sent = admin.post("/api/v1/records/" + key, "{\"values\":{\"score\":\"۴\",\"comment\":\"خوب بود\"}}");
            assertEquals(sent.body(), 201, sent.status());
            long id = sent.json().get("id").asLong();
            Await.until("the submission is announced", 10_000, () -> seen.stream().anyMatch(e -> Long.valueOf(id).equals(e.getProperty("crm.id"))));
            assertEquals(key, seen.get(seen.size() - 1).getProperty("crm.type"));

            RestClient.Reply changed = admin.put("/api/v1/records/" + key + "/" + id, "{\"version\":0,\"values\":{\"score\":1}}");
            assertEquals(changed.body(), 400, changed.status());
            assertEquals(4, admin.get("/api/v1/records/" + key + "/" + id).json().get("values").get("score").asInt());
        } finally {
            listening.unregister();
        }
    }

    @Test
    public void imageFieldsKeepUploadsForThoseWhoSeeTheRecord() throws Exception {
        String type = "custom.specimen";
        if (admin.get("/api/v1/forms/" + type).status() == 404) {
            ObjectNode form = JSON.createObjectNode().put("key", type).put("kind", "RECORD_TYPE").put("menuSection", "sales");
            form.putObject("label").put("fa", "نمونه آزمایشگاهی").put("en", "Specimen");
            ArrayNode fields = form.putArray("fields");
            fields.add(field("code", "TEXT", "کد", "Code"));
            fields.add(field("photo", "IMAGE", "عکس", "Photo"));
            form.putArray("listColumns").add("code");
            RestClient.Reply published = admin.put("/api/v1/forms/" + type, form.toString());
            assertEquals(published.body(), 200, published.status());
        }
        Await.until("the type's permissions", 30_000, () -> admin.get("/api/v1/records/" + type + "/count").status() == 200);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        RestClient.Reply uploaded = admin.postBytes("/api/v1/files?name=" + encode("عکس نمونه.png"), png, "text/html");
        assertEquals(uploaded.body(), 201, uploaded.status());
        assertEquals("the type is read from the content, not the request", "image/png", uploaded.json().get("contentType").asText());
        long photo = uploaded.json().get("id").asLong();
        RestClient.Reply page = admin.postBytes("/api/v1/files?name=page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "text/html");
        assertEquals("application/octet-stream", page.json().get("contentType").asText());

        RestClient.Reply notAnImage = admin.post("/api/v1/records/" + type, "{\"values\":{\"photo\":" + page.json().get("id").asLong() + "}}");
        assertEquals(notAnImage.body(), 400, notAnImage.status());
        assertTrue(notAnImage.body(), notAnImage.body().contains("\"field\":\"photo\""));
        RestClient.Reply created = admin.post("/api/v1/records/" + type, "{\"values\":{\"code\":\"PE-" + random.nextInt(1_000_000)
                + "\",\"photo\":" + photo + "}}");
        assertEquals(created.body(), 201, created.status());

        RestClient.Reply content = admin.get("/api/v1/files/" + photo + "/content");
        assertEquals(200, content.status());
        assertTrue(content.contentType(), content.contentType().startsWith("image/png"));
        JsonNode described = admin.get("/api/v1/files/" + photo).json();
        assertEquals("عکس نمونه.png", described.get("name").asText());
        assertEquals(png.length, described.get("size").asInt());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png)),
                described.get("sha256").asText());
        assertEquals(404, admin.get("/api/v1/files/987654321").status());
        assertEquals(413, admin.postBytes("/api/v1/files?name=big.bin", new byte[10 * 1024 * 1024 + 1], "application/octet-stream").status());
        assertEquals(400, admin.postBytes("/api/v1/files", png, "image/png").status());
    }

    @Test
    public void lookupFieldsPointOnlyAtWhatExists() throws Exception {
        String type = "custom.delivery";
        if (admin.get("/api/v1/forms/" + type).status() == 404) {
            ObjectNode form = JSON.createObjectNode().put("key", type).put("kind", "RECORD_TYPE").put("menuSection", "sales");
            form.putObject("label").put("fa", "تحویل").put("en", "Delivery");
            ArrayNode fields = form.putArray("fields");
            fields.add(field("title", "TEXT", "عنوان", "Title"));
            fields.add(field("customer", "LOOKUP", "مشتری", "Customer").put("lookupType", "accounts.contact"));
            fields.add(field("handler", "USER", "مسئول", "Handler"));
            fields.add(field("unit", "ORG_UNIT", "واحد", "Unit"));
            form.putArray("listColumns").add("title");
            RestClient.Reply published = admin.put("/api/v1/forms/" + type, form.toString());
            assertEquals(published.body(), 200, published.status());
        }
        Await.until("the type's permissions", 30_000, () -> admin.get("/api/v1/records/" + type + "/count").status() == 200);
        String family = "مرجع" + random.nextInt(1_000_000);
        long contact = admin.post("/api/v1/contacts", "{\"firstName\":\"نگار\",\"lastName\":\"" + family + "\"}").json().get("id").asLong();

        RestClient.Reply found = admin.get("/api/v1/lookups/accounts.contact?q=" + encode(family));
        assertEquals(found.body(), 200, found.status());
        JsonNode hits = found.json();
        assertEquals(hits.toString(), 1, hits.size());
        assertEquals(hits.toString(), String.valueOf(contact), hits.get(0).get("key").asText());
        assertTrue(hits.toString(), hits.get(0).get("label").asText().contains(family));
        assertTrue(admin.get("/api/v1/lookups/platform.user?q=" + PeyvandContainer.USER).body().contains("\"key\":\"" + PeyvandContainer.USER + "\""));
        assertEquals("{}", admin.get("/api/v1/lookups/accounts.contact/names?key=987654321").body());
        assertEquals(404, admin.get("/api/v1/lookups/custom.nothingHere").status());

        RestClient.Reply refused = admin.inLanguage("fa").post("/api/v1/records/" + type,
                "{\"values\":{\"customer\":987654321,\"handler\":\"nobody\",\"unit\":987654}}");
        assertEquals(refused.body(), 400, refused.status());
        for (String field : new String[] {"customer", "handler", "unit"}) {
            assertTrue(refused.body(), refused.body().contains("\"field\":\"" + field + "\""));
        }
        RestClient.Reply created = admin.post("/api/v1/records/" + type, "{\"values\":{\"title\":\"بارنامه " + family + "\",\"customer\":"
                + contact + ",\"handler\":\"" + PeyvandContainer.USER + "\",\"unit\":1}}");
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        JsonNode named = admin.get("/api/v1/lookups/" + type + "?q=" + encode(family)).json();
        assertEquals(named.toString(), "بارنامه " + family, named.get(0).get("label").asText());
        assertEquals(String.valueOf(id), named.get(0).get("key").asText());
    }

    private static ObjectNode field(String name, String type, String fa, String en) {
        ObjectNode field = JSON.createObjectNode().put("name", name).put("type", type);
        field.putObject("label").put("fa", fa).put("en", en);
        return field;
    }

    private java.util.List<Long> ids(String path) {
        RestClient.Reply reply = admin.get(path);
        assertEquals(reply.body(), 200, reply.status());
        java.util.List<Long> ids = new java.util.ArrayList<>();
        reply.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
