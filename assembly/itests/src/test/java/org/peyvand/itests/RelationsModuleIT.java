package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.peyvand.itests.ModuleFixtures.account;
import static org.peyvand.itests.ModuleFixtures.menuEntry;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;

/**
 * The relationships module in the running distribution: links over REST and the shell with their
 * refusals, the graph, links leaving with a deleted contact, and the hot-deploy round trip.
 */
public class RelationsModuleIT extends CrmInContainer {
    private static final String FEATURE = "crm-module-relations";

    public RelationsModuleIT() {
        super(new Needed(FEATURE, "relations", "/api/v1/relations/types"));
    }

    @Test
    public void linksThroughRestWithTheirRefusalsAndTheGraph() {
        long holding = account(admin, "هلدینگ");
        long refinery = account(admin, "پالایشگاه");
        long depot = account(admin, "انبار");
        long mina = contact("مینا");
        long subsidiary = typeId("subsidiary-of");

        long refineryUp = created(link(subsidiary, "account", refinery, "account", holding, "\"startDate\":\"1400/01/01\""));
        created(link(subsidiary, "account", depot, "account", refinery, null));
        long employed = created(link(typeId("employee-of"), "contact", mina, "account", depot, null));

        assertRefused(link(subsidiary, "account", holding, "account", depot, null), 400, "toId");
        assertRefused(link(typeId("partner"), "account", holding, "account", holding, null), 400, "toId");
        assertRefused(link(typeId("partner"), "account", holding, "account", 987654321L, null), 400, "toId");
        assertRefused(link(subsidiary, "account", refinery, "account", holding, null), 409, "toId");
        assertRefused(link(typeId("employee-of"), "account", holding, "account", depot, null), 400, "fromKind");

        // seen from the holding, the refinery's link reads with the inverse name
        JsonNode ofHolding = admin.get("/api/v1/relations?kind=account&id=" + holding).json().get("items");
        assertEquals(1, ofHolding.size());
        assertFalse(ofHolding.get(0).get("outgoing").asBoolean());
        assertEquals(refinery, ofHolding.get(0).get("other").get("id").asLong());
        JsonNode type = admin.get("/api/v1/relations/types/" + subsidiary).json();
        assertTrue(ofHolding.toString(), Set.of(type.get("inverseEn").asText(), type.get("inverseFa").asText())
                .contains(ofHolding.get(0).get("name").asText()));

        // two links from the contact: the depot, then the refinery; the holding is three away
        JsonNode graph = admin.get("/api/v1/relations/graph?kind=contact&id=" + mina + "&depth=2").json();
        Set<Long> reached = new HashSet<>();
        graph.get("nodes").forEach(node -> reached.add(node.get("record").get("id").asLong()));
        assertEquals(graph.toString(), Set.of(mina, depot, refinery), reached);
        assertEquals(2, graph.get("edges").size());
        assertEquals(400, admin.get("/api/v1/relations/graph?kind=contact&id=" + mina + "&depth=9").status());
        assertEquals(400, admin.get("/api/v1/relations/graph?kind=planet&id=1").status());

        JsonNode read = admin.get("/api/v1/relations/" + refineryUp).json();
        assertEquals("2021-03-21", read.get("startDate").asText());
        RestClient.Reply backwards = admin.put("/api/v1/relations/" + refineryUp, "{\"typeId\":" + subsidiary + ",\"fromKind\":\"account\",\"fromId\":"
                + refinery + ",\"toKind\":\"account\",\"toId\":" + holding + ",\"startDate\":\"2024-01-01\",\"endDate\":\"2023-01-01\",\"version\":"
                + read.get("version").asLong() + "}");
        ModuleFixtures.assertRefused(backwards, 400, "endDate");

        assertEquals(204, admin.delete("/api/v1/relations/" + employed).status());
        assertEquals(404, admin.get("/api/v1/relations/" + employed).status());
    }

    @Test
    public void aDeletedContactTakesItsLinksAlong() {
        long kian = contact("کیان");
        long company = account(admin, "شرکت");
        long link = created(link(typeId("agent-of"), "contact", kian, "account", company, null));
        ModuleFixtures.assertRefused(admin.delete("/api/v1/contacts/" + kian), 409, "links");
        assertEquals(200, admin.get("/api/v1/relations/" + link).status());
        RestClient.Reply listed = admin.get("/api/v1/records/accounts.contact/" + kian + "/links");
        assertEquals(listed.body(), 200, listed.status());
        JsonNode links = listed.json();
        assertEquals(links.toString(), "relations.links.count", links.get(0).get("labelKey").asText());
        assertEquals(links.toString(), 1, links.get(0).get("count").asLong());
        assertEquals(204, admin.delete("/api/v1/contacts/" + kian + "?confirm=true").status());
        Await.until("the contact's links to leave with it", 30_000, () -> admin.get("/api/v1/relations/" + link).status() == 404);
        assertEquals(0, admin.get("/api/v1/relations?kind=account&id=" + company).json().get("items").size());
    }

    @Test
    public void administratorsAddTypesAndBuiltInOnesStay() {
        String code = "mentor-" + random.nextInt(1_000_000);
        RestClient.Reply created = admin.post("/api/v1/relations/types", "{\"code\":\"" + code + "\",\"nameFa\":\"مربی\",\"nameEn\":\"Mentor of\","
                + "\"inverseFa\":\"شاگرد\",\"inverseEn\":\"Mentee of\",\"fromKind\":\"contact\",\"toKind\":\"contact\"}");
        assertEquals(created.body(), 201, created.status());
        assertEquals(409, admin.delete("/api/v1/relations/types/" + typeId("partner")).status());
        assertEquals(204, admin.delete("/api/v1/relations/types/" + created.json().get("id").asLong()).status());
    }

    @Test
    public void shellListsAddsAndRefuses() throws Exception {
        ShellRunner shell = new ShellRunner(sessions);
        long company = account(admin, "پوسته");
        long person = contact("پوسته");
        assertTrue(shell.run("relations:types").contains("subsidiary-of"));
        String added = shell.run("relations:add --start 1402/01/01 employee-of contact " + person + " account " + company);
        assertFalse(added, added.toLowerCase().contains("exception"));
        String list = shell.run("relations:list account " + company);
        assertTrue(list, list.contains(String.valueOf(person)));
        String self = shell.run("relations:add partner account " + company + " account " + company);
        assertTrue(self, self.contains("toId"));
        String unknown = shell.run("relations:add no-such-type account " + company + " account " + company);
        assertTrue(unknown, unknown.contains("typeId"));

        String asked = shell.run("accounts:contact-remove " + person);
        assertTrue(asked, asked.contains("links:"));
        assertEquals(200, admin.get("/api/v1/contacts/" + person).status());
        shell.run("accounts:contact-remove --with-links " + person);
        assertEquals(404, admin.get("/api/v1/contacts/" + person).status());
        Await.until("the person's link to leave with them", 30_000,
                () -> admin.get("/api/v1/relations?kind=account&id=" + company).json().get("items").size() == 0);
    }

    @Test
    public void uninstallAndReinstallAtRuntimeKeepsTheLinks() throws Exception {
        long partnerA = account(admin, "ماندگار");
        long partnerB = account(admin, "ماندگار");
        long link = created(link(typeId("partner"), "account", partnerA, "account", partnerB, null));
        assertTrue(admin.get("/api/openapi.json").json().get("paths").has("/relations"));
        assertTrue(permissions.find("relations.link.read").isPresent());
        assertTrue(menuEntry(context, "relations"));

        features.uninstallFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to leave", 60_000, () -> modules.find("relations").isEmpty());
        Await.until("its REST paths to leave", 30_000, () -> admin.get("/api/v1/relations/" + link).status() == 404
                && admin.get("/api/v1/relations/types").status() == 404);
        assertFalse(admin.get("/api/openapi.json").json().get("paths").has("/relations"));
        assertFalse(permissions.find("relations.link.read").isPresent());
        assertFalse("the menu entry left with the module", menuEntry(context, "relations"));
        assertEquals("the rest of the platform still answers", 200, admin.get("/api/v1/status").status());
        assertEquals("accounts keep answering", 200, admin.get("/api/v1/accounts/" + partnerA).status());
        assertFalse(new ShellRunner(sessions).run("help relations").contains("relations:add"));

        features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to come back", 120_000,
                () -> modules.find("relations").map(m -> m.state() == ModuleState.READY).orElse(false));
        Await.until("its REST paths to come back", 30_000, () -> admin.get("/api/v1/relations/" + link).status() == 200);
        assertEquals(partnerB, admin.get("/api/v1/relations/" + link).json().get("to").get("id").asLong());
        assertTrue(permissions.find("relations.link.read").isPresent());
        assertTrue(menuEntry(context, "relations"));
    }

    private String link(long typeId, String fromKind, long fromId, String toKind, long toId, String extra) {
        return "{\"typeId\":" + typeId + ",\"fromKind\":\"" + fromKind + "\",\"fromId\":" + fromId + ",\"toKind\":\"" + toKind + "\",\"toId\":" + toId
                + (extra == null ? "" : "," + extra) + "}";
    }

    private long created(String body) {
        RestClient.Reply reply = admin.post("/api/v1/relations", body);
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private void assertRefused(String body, int status, String field) {
        ModuleFixtures.assertRefused(admin.post("/api/v1/relations", body), status, field);
    }

    private long typeId(String code) {
        for (JsonNode type : admin.get("/api/v1/relations/types").json()) {
            if (code.equals(type.get("code").asText())) {
                return type.get("id").asLong();
            }
        }
        throw new AssertionError("no relationship type " + code);
    }

    private long contact(String firstName) {
        RestClient.Reply reply = admin.post("/api/v1/contacts?confirmDuplicates=true", "{\"firstName\":\"" + firstName + "\",\"lastName\":\"پیوند" + random.nextInt(1_000_000)
                + "\"}");
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    /** The workspace builds its menu from these view services. */
}
