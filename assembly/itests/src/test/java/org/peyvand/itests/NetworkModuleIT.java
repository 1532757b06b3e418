package org.peyvand.itests;

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
 * The sales network in the running distribution: a hierarchy made through the relationships
 * module's REST read back as a tree with figures, roles, classes and regions set over REST and the
 * shell with their refusals, permissions, and the hot-deploy round trip.
 */
public class NetworkModuleIT extends CrmInContainer {
    private static final String FEATURE = "crm-module-network";
    private static final String SECRET = "Network-Test-1404";
    private static final long GILAN = 25;
    private final String tag = Integer.toString(random.nextInt(36 * 36 * 36), 36);

    public NetworkModuleIT() {
        super(new Needed("crm-module-relations", "relations", "/api/v1/relations/types"), new Needed(FEATURE, "network", "/api/v1/network/classes"));
    }

    @Test
    public void aHierarchyMadeThroughRelationsIsATreeWithFigures() {
        long holding = account(admin, "هلدینگ");
        long north = account(admin, "شمال");
        long depot = account(admin, "پخش");
        long agency = account(admin, "نمایندگی");
        contact("بهرام", agency);
        contact("نسرین", agency);
        contact("ژاله", holding);
        subsidiary(north, holding);
        subsidiary(depot, north);
        subsidiary(agency, depot);

        // the relationships module keeps the tree whole: no cycle, no organisation under itself
        assertRefused(admin.post("/api/v1/relations", link(holding, agency)), 400, "toId");
        assertRefused(admin.post("/api/v1/relations", link(depot, depot)), 400, "toId");

        long gradeA = created(admin.post("/api/v1/network/classes", "{\"code\":\"A" + tag + "\",\"nameFa\":\"درجه یک\",\"nameEn\":\"First\","
                + "\"criteria\":\"فروش سالانه بالا\"}"));
        long rasht = created(admin.post("/api/v1/network/regions", "{\"provinceId\":" + GILAN + ",\"nameFa\":\"رشت " + tag + "\",\"nameEn\":\"Rasht "
                + tag + "\"}"));
        assertEquals(200, assign(holding, "{\"role\":\"HEAD_OFFICE\",\"regionId\":8}").status());
        assertEquals(200, assign(north, "{\"role\":\"subsidiary\",\"regionId\":" + GILAN + "}").status());
        assertEquals(200, assign(depot, "{\"role\":\"distribution-centre\",\"regionId\":" + rasht + "}").status());
        RestClient.Reply set = assign(agency, "{\"role\":\"AGENCY\",\"classId\":" + gradeA + ",\"regionId\":" + rasht + "}");
        assertEquals(set.body(), 200, set.status());
        assertEquals("AGENCY", set.json().get("role").asText());
        assertEquals("A" + tag, set.json().get("nodeClass").get("code").asText());

        JsonNode tree = admin.get("/api/v1/network/tree?root=" + holding + "&depth=3").json().get("items").get(0);
        JsonNode top = tree.get("node").get("rollUp");
        assertEquals(tree.toString(), 3, top.get("organisations").asInt());
        assertEquals(1, top.get("subsidiaries").asInt());
        assertEquals(1, top.get("distributionCentres").asInt());
        assertEquals(1, top.get("agencies").asInt());
        assertEquals("the holding's own contact and the agency's two", 3, top.get("people").asLong());
        JsonNode depotNode = tree.get("children").get(0).get("children").get(0);
        assertEquals(depot, depotNode.get("node").get("accountId").asLong());
        assertEquals(2, depotNode.get("node").get("rollUp").get("people").asLong());
        assertEquals(agency, depotNode.get("children").get(0).get("node").get("accountId").asLong());

        JsonNode children = admin.get("/api/v1/network/nodes/" + north + "/children").json();
        assertEquals(1, children.size());
        assertEquals(depot, children.get(0).get("accountId").asLong());

        // a province as the filter takes in its cities
        List<Long> inGilan = ids(admin.get("/api/v1/network/nodes?regionId=" + GILAN + "&limit=500").json().get("items"));
        assertTrue(inGilan.toString(), inGilan.containsAll(List.of(north, depot, agency)));
        assertFalse(inGilan.contains(holding));
        List<Long> graded = ids(admin.get("/api/v1/network/nodes?classId=" + gradeA).json().get("items"));
        assertEquals(List.of(agency), graded);

        // the tops of the network hold the holding, never the organisations beneath it
        List<Long> tops = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page < 100 && cursor != null; page++) {
            JsonNode reply = admin.get("/api/v1/network/tree?depth=0&limit=500" + (cursor.isEmpty() ? "" : "&cursor=" + cursor)).json();
            tops.addAll(ids(reply.get("items"), "node"));
            cursor = reply.hasNonNull("nextCursor") ? reply.get("nextCursor").asText() : null;
        }
        assertTrue(tops.contains(holding));
        assertFalse(tops.contains(depot));

        assertEquals(409, admin.delete("/api/v1/network/classes/" + gradeA).status());
        assertEquals(409, admin.delete("/api/v1/network/regions/" + rasht).status());
        assertEquals(409, admin.delete("/api/v1/network/regions/" + GILAN).status());
    }

    @Test
    public void badInputIsRefusedNamingTheField() {
        long depot = account(admin, "انبار");
        assertRefused(assign(depot, "{\"role\":\"shop\"}"), 400, "role");
        long grade = created(admin.post("/api/v1/network/classes", "{\"code\":\"B" + tag + "\",\"nameFa\":\"درجه دو\",\"nameEn\":\"Second\"}"));
        assertRefused(assign(depot, "{\"role\":\"DISTRIBUTION_CENTRE\",\"classId\":" + grade + "}"), 400, "classId");
        assertRefused(assign(depot, "{\"role\":\"AGENCY\",\"regionId\":987654321}"), 400, "regionId");
        assertRefused(admin.post("/api/v1/network/regions", "{\"provinceId\":" + GILAN + ",\"nameEn\":\"Nameless\"}"), 400, "nameFa");
        assertRefused(admin.post("/api/v1/network/classes", "{\"code\":\"B" + tag + "\",\"nameFa\":\"تکراری\",\"nameEn\":\"Again\"}"), 409, "code");
        assertRefused(admin.get("/api/v1/network/tree?depth=9"), 400, "depth");
        assertRefused(admin.get("/api/v1/network/tree?root=abc"), 400, "root");
        assertEquals(404, admin.get("/api/v1/network/nodes/987654321").status());
        JsonNode provinces = admin.get("/api/v1/network/regions").json();
        assertEquals(31, provinces.size());
    }

    @Test
    public void readingAndChangingNeedTheirPermissions() {
        long shop = account(admin, "فروشگاه");
        RestClient nobody = user("nonet" + tag, "[]");
        assertEquals(403, nobody.get("/api/v1/network/tree").status());
        assertEquals(403, nobody.get("/api/v1/network/regions").status());
        RestClient staff = user("staffnet" + tag, "[\"staff\"]");
        assertEquals(200, staff.get("/api/v1/network/regions").status());
        assertEquals(403, staff.put("/api/v1/network/nodes/" + shop, "{\"role\":\"AGENCY\"}").status());
        assertEquals(403, staff.post("/api/v1/network/regions", "{\"provinceId\":8,\"nameFa\":\"ری\",\"nameEn\":\"Rey\"}").status());
        assertEquals(403, staff.post("/api/v1/network/classes", "{\"code\":\"Z\",\"nameFa\":\"ز\",\"nameEn\":\"Z\"}").status());
    }

    @Test
    public void shellPrintsTheTreeAndSetsANode() throws Exception {
        ShellRunner shell = new ShellRunner(sessions);
        long parent = account(admin, "پوسته مادر");
        long child = account(admin, "پوسته فرزند");
        subsidiary(child, parent);
        String set = shell.run("network:set --role sales-centre --region 8 " + child);
        assertFalse(set, set.toLowerCase().contains("exception"));
        assertEquals("SALES_CENTRE", admin.get("/api/v1/network/nodes/" + child).json().get("role").asText());
        String tree = shell.run("network:tree " + parent);
        assertTrue(tree, tree.contains("#" + child));
        assertTrue(tree, tree.contains("Sales centre") || tree.contains("مرکز فروش"));
        String bad = shell.run("network:set --role shop " + child);
        assertTrue(bad, bad.contains("role"));
    }

    @Test
    public void uninstallAndReinstallAtRuntimeKeepsTheFacts() throws Exception {
        long centre = account(admin, "ماندگار");
        assertEquals(200, assign(centre, "{\"role\":\"DISTRIBUTION_CENTRE\",\"regionId\":" + GILAN + "}").status());
        assertTrue(admin.get("/api/openapi.json").json().get("paths").has("/network/tree"));
        assertTrue(permissions.find("network.node.read").isPresent());
        assertTrue(menuEntry(context, "network"));

        features.uninstallFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to leave", 60_000, () -> modules.find("network").isEmpty());
        Await.until("its REST paths to leave", 30_000, () -> admin.get("/api/v1/network/nodes/" + centre).status() == 404
                && admin.get("/api/v1/network/classes").status() == 404);
        assertFalse(admin.get("/api/openapi.json").json().get("paths").has("/network/tree"));
        assertFalse(permissions.find("network.node.read").isPresent());
        assertFalse("the menu entry left with the module", menuEntry(context, "network"));
        assertEquals("relationships keep answering", 200, admin.get("/api/v1/relations/types").status());
        assertEquals("accounts keep answering", 200, admin.get("/api/v1/accounts/" + centre).status());
        assertFalse(new ShellRunner(sessions).run("help network").contains("network:set"));

        features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to come back", 120_000, () -> modules.find("network").map(m -> m.state() == ModuleState.READY).orElse(false));
        Await.until("its REST paths to come back", 30_000, () -> admin.get("/api/v1/network/nodes/" + centre).status() == 200);
        JsonNode back = admin.get("/api/v1/network/nodes/" + centre).json();
        assertEquals("DISTRIBUTION_CENTRE", back.get("role").asText());
        assertEquals(GILAN, back.get("region").get("id").asLong());
        assertTrue(permissions.find("network.node.read").isPresent());
        assertTrue(menuEntry(context, "network"));
    }

    private RestClient.Reply assign(long accountId, String body) {
        return admin.put("/api/v1/network/nodes/" + accountId, body);
    }

    private void subsidiary(long child, long parent) {
        created(admin.post("/api/v1/relations", link(child, parent)));
    }

    private String link(long child, long parent) {
        return "{\"typeId\":" + subsidiaryType() + ",\"fromKind\":\"account\",\"fromId\":" + child + ",\"toKind\":\"account\",\"toId\":" + parent + "}";
    }

    private long subsidiaryType() {
        for (JsonNode type : admin.get("/api/v1/relations/types").json()) {
            if ("subsidiary-of".equals(type.get("code").asText())) {
                return type.get("id").asLong();
            }
        }
        throw new AssertionError("no subsidiary-of type");
    }

    private static long created(RestClient.Reply reply) {
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("accountId").asLong()));
        return ids;
    }

    private static List<Long> ids(JsonNode items, String wrapper) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get(wrapper).get("accountId").asLong()));
        return ids;
    }

    private void contact(String firstName, long accountId) {
        created(admin.post("/api/v1/contacts?confirmDuplicates=true", "{\"firstName\":\"" + firstName + "\",\"lastName\":\"شبکه" + random.nextInt(1_000_000)
                + "\",\"accountId\":" + accountId + "}"));
    }

    private RestClient user(String name, String roles) {
        RestClient.Reply reply = admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"کاربر " + name + "\",\"password\":\""
                + SECRET + "\",\"roles\":" + roles + "}");
        assertEquals(reply.body(), 201, reply.status());
        return RestClient.as(name, SECRET);
    }

    /** The workspace builds its menu from these view services. */
}
