package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.junit.Test;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;

/**
 * Users, units, roles, record scopes, field rules, lockout, tokens and the shell over SSH, through
 * the faces an administrator and an integrator use.
 */
public class SecurityIT extends CrmInContainer {
    private static final String SECRET = "a-long-secret-1";

    @Test
    public void theSetupTokenWorksOnlyOnce() {
        RestClient.Reply again = RestClient.anonymous().post("/api/v1/setup",
                "{\"token\":\"anything\",\"username\":\"intruder\",\"displayName\":\"x\",\"password\":\"" + SECRET + "\"}");
        assertEquals(again.body(), 409, again.status());
        assertEquals(401, RestClient.anonymous().get("/api/v1/users").status());
    }

    @Test
    public void recordScopesNarrowListsCountsSearchesAndExports() {
        String tag = tag();
        long sales = unit("S" + tag, null);
        long tehran = unit("T" + tag, sales);
        long support = unit("P" + tag, null);
        String role = "own" + tag.toLowerCase();
        assertEquals(201, admin.post("/api/v1/roles", "{\"name\":\"" + role + "\",\"labelFa\":\"فقط خودم\"}").status());
        for (String permission : List.of("accounts.contact.read", "accounts.contact.create", "accounts.contact.export")) {
            assertEquals(200, admin.put("/api/v1/roles/" + role + "/permissions/" + permission, "").status());
        }
        assertEquals(200, admin.put("/api/v1/roles/" + role + "/scopes/accounts.contact", "{\"level\":\"OWN\"}").status());
        String unitRole = "unit" + tag.toLowerCase();
        admin.post("/api/v1/roles", "{\"name\":\"" + unitRole + "\",\"labelFa\":\"واحد\"}");
        for (String permission : List.of("accounts.contact.read", "accounts.contact.create")) {
            admin.put("/api/v1/roles/" + unitRole + "/permissions/" + permission, "");
        }
        admin.put("/api/v1/roles/" + unitRole + "/scopes/accounts.contact", "{\"level\":\"UNIT_TREE\"}");

        RestClient ownA = user("a" + tag, sales, role);
        RestClient ownB = user("b" + tag, tehran, role);
        RestClient ownC = user("c" + tag, support, role);
        RestClient lead = user("l" + tag, sales, unitRole);
        String family = "خانواده" + tag;
        long contactOfA = contact(ownA, family);
        contact(ownA, family);
        long contactOfB = contact(ownB, family);
        long contactOfC = contact(ownC, family);

        assertEquals(2, count(ownA, family));
        assertEquals(2, ownA.get("/api/v1/contacts?q=" + family).json().get("items").size());
        assertEquals(1, count(ownB, family));
        assertEquals(3, count(lead, family));
        assertEquals(4, count(admin, family));
        assertEquals(404, ownA.get("/api/v1/contacts/" + contactOfB).status());
        assertEquals(404, lead.get("/api/v1/contacts/" + contactOfC).status());
        assertEquals(200, lead.get("/api/v1/contacts/" + contactOfB).status());
        assertEquals(200, ownA.get("/api/v1/contacts/" + contactOfA).status());
        String export = ownA.get("/api/v1/contacts/export?q=" + family).body();
        assertEquals(3, export.lines().count());

        // the global search keeps to the same scopes, on every face
        assertEquals(2, searchHits(ownA, family));
        assertEquals(1, searchHits(ownB, family));
        assertEquals(3, searchHits(lead, family));
        assertEquals(4, searchHits(admin, family));
        String bare = "bare" + tag.toLowerCase();
        assertEquals(201, admin.post("/api/v1/roles", "{\"name\":\"" + bare + "\",\"labelFa\":\"بی‌دسترسی\"}").status());
        assertEquals("one without any accounts permission finds nothing, and is not refused", 0,
                searchHits(user("n" + tag, support, bare), family));
        RestClient.Reply blank = admin.inLanguage("en").get("/api/v1/search?q=");
        assertEquals(blank.body(), 400, blank.status());
        assertTrue(blank.body(), blank.body().contains("\"q\""));
        // Arabic kaf and ye find the Persian letters
        contact(admin, "کیانی" + tag);
        assertEquals(1, searchHits(admin, "كياني" + tag));
    }

    @Test
    public void theShellSearchesEveryModuleAsTheSignedInUser() throws Exception {
        String family = "پوسته" + tag();
        contact(admin, family);
        String found = new ShellRunner(sessions).run("crm:search " + family);
        assertTrue(found, found.contains(family) && found.contains("accounts.contact"));
        assertTrue(new ShellRunner(sessions).run("crm:search ناموجود" + tag()).contains("Nothing found"));
    }

    /** How many people the global search finds for the user. */
    private static int searchHits(RestClient as, String q) {
        RestClient.Reply reply = as.get("/api/v1/search?limit=50&q=" + q);
        assertEquals(reply.body(), 200, reply.status());
        int hits = 0;
        for (JsonNode group : reply.json()) {
            if (group.get("recordType").asText().equals("accounts.contact")) {
                hits += group.get("hits").size();
            }
        }
        return hits;
    }

    @Test
    public void hiddenFieldsAreBlankEverywhereAndReadOnlyOnesRefuseChanges() {
        String tag = tag();
        String role = "nomobile" + tag.toLowerCase();
        admin.post("/api/v1/roles", "{\"name\":\"" + role + "\",\"labelFa\":\"بدون همراه\"}");
        for (String permission : List.of("accounts.contact.read", "accounts.contact.update", "accounts.contact.export")) {
            admin.put("/api/v1/roles/" + role + "/permissions/" + permission, "");
        }
        assertEquals(200, admin.put("/api/v1/roles/" + role + "/fields/accounts.contact/mobile", "{\"access\":\"HIDDEN\"}").status());
        assertEquals(200, admin.put("/api/v1/roles/" + role + "/fields/accounts.contact/jobTitle", "{\"access\":\"READ_ONLY\"}").status());
        RestClient clerk = user("m" + tag, 1, role);
        String family = "همراه" + tag;
        String mobile = "0912" + (1_000_000 + random.nextInt(8_999_999));
        RestClient.Reply stored = admin.post("/api/v1/contacts?confirmDuplicates=true", "{\"firstName\":\"نگار\",\"lastName\":\"" + family
                + "\",\"mobile\":\"" + mobile + "\",\"jobTitle\":\"مدیر خرید\"}");
        assertEquals(stored.body(), 201, stored.status());
        JsonNode created = stored.json();
        long id = created.get("id").asLong();

        assertTrue(blank(clerk.get("/api/v1/contacts/" + id).json(), "mobile"));
        assertTrue(blank(clerk.get("/api/v1/contacts?q=" + family).json().get("items").get(0), "mobile"));
        assertFalse(clerk.get("/api/v1/contacts/export?q=" + family).body().contains(mobile.substring(4)));
        RestClient.Reply changeJob = clerk.put("/api/v1/contacts/" + id, "{\"firstName\":\"نگار\",\"lastName\":\"" + family
                + "\",\"jobTitle\":\"مدیر فروش\",\"version\":" + created.get("version").asLong() + "}");
        assertEquals(changeJob.body(), 400, changeJob.status());
        assertEquals("jobTitle", changeJob.json().get("fieldErrors").get(0).get("field").asText());
        RestClient.Reply rename = clerk.put("/api/v1/contacts/" + id, "{\"firstName\":\"نگار\",\"lastName\":\"" + family
                + "ی\",\"jobTitle\":\"مدیر خرید\",\"version\":" + created.get("version").asLong() + "}");
        assertEquals(rename.body(), 200, rename.status());
        assertTrue(admin.get("/api/v1/contacts/" + id).json().get("mobile").asText().endsWith(mobile.substring(1)));
        JsonNode history = admin.get("/api/v1/audit?objectType=accounts.contact&objectId=" + id).json().get("items");
        assertEquals("updated", history.get(0).get("action").asText());
        assertEquals("lastName", history.get(0).get("changes").get(0).get("field").asText());
    }

    @Test
    public void repeatedWrongPasswordsBlockTheAccountAndAreAudited() {
        String name = "w" + tag().toLowerCase();
        user(name, 1, "staff");
        RestClient wrong = RestClient.as(name, "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("/api/v1/me").status());
        }
        assertEquals("blocked even with the right password", 401, RestClient.as(name, SECRET).get("/api/v1/me").status());
        JsonNode trail = admin.get("/api/v1/audit?actor=" + name + "&limit=20").json().get("items");
        Set<String> actions = new HashSet<>();
        trail.forEach(line -> actions.add(line.get("action").asText()));
        assertTrue(actions.toString(), actions.containsAll(Set.of("login.failed", "login.lockout", "login.refused")));
        assertEquals(200, admin.post("/api/v1/users/" + name + "/unlock", "").status());
        assertEquals(200, RestClient.as(name, SECRET).get("/api/v1/me").status());
    }

    @Test
    public void nobodyChangesTheirOwnRolesAndStaffCannotManageUsers() {
        String name = "s" + tag().toLowerCase();
        RestClient staff = user(name, 1, "staff");
        assertEquals(403, staff.get("/api/v1/users").status());
        assertEquals(403, staff.put("/api/v1/users/" + name + "/roles", "[\"administrator\"]").status());
        RestClient.Reply own = admin.put("/api/v1/users/" + PeyvandContainer.USER + "/roles", "[\"staff\"]");
        assertEquals(own.body(), 400, own.status());
        assertEquals("roles", own.json().get("fieldErrors").get(0).get("field").asText());
    }

    @Test
    public void personalTokensActWithinTheirPermissionsUntilRevoked() {
        String name = "t" + tag().toLowerCase();
        RestClient staff = user(name, 1, "staff");
        String expiry = Instant.now().plus(Duration.ofDays(30)).toString();
        RestClient.Reply created = staff.post("/api/v1/me/tokens", "{\"name\":\"sync\",\"expiresAt\":\"" + expiry
                + "\",\"permissions\":[\"accounts.contact.read\"]}");
        assertEquals(created.body(), 201, created.status());
        String secret = created.json().get("secret").asText();
        long id = created.json().get("token").get("id").asLong();
        RestClient token = RestClient.bearer(secret);
        assertEquals(200, token.get("/api/v1/contacts/count").status());
        assertEquals(403, token.post("/api/v1/contacts", "{\"firstName\":\"x\",\"lastName\":\"y\"}").status());
        RestClient.Reply beyond = staff.post("/api/v1/me/tokens", "{\"name\":\"more\",\"expiresAt\":\"" + expiry
                + "\",\"permissions\":[\"platform.user.manage\"]}");
        assertEquals(beyond.body(), 400, beyond.status());
        assertEquals("permissions", beyond.json().get("fieldErrors").get(0).get("field").asText());
        assertEquals(204, staff.delete("/api/v1/me/tokens/" + id).status());
        assertEquals("revoked at once, though remembered", 401, token.get("/api/v1/contacts/count").status());
    }

    @Test
    public void theShellOverSshAcceptsAdministratorsAndRefusesStaffAdminCommands() throws Exception {
        String name = "h" + tag().toLowerCase();
        user(name, 1, "staff");
        // Karaf opens its SSH port after the features are in place, later on a loaded machine
        Await.until("the SSH port to accept connections", 120_000, () -> {
            try (Socket probe = new Socket("localhost", PeyvandContainer.SSH_PORT)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
        String asAdmin = ssh(PeyvandContainer.USER, PeyvandContainer.PASSWORD, "crm:user-list " + name);
        assertTrue(asAdmin, asAdmin.contains(name));
        String asStaff = ssh(name, SECRET, "crm:user-add --name x --password " + SECRET + " x" + name);
        assertTrue(asStaff, asStaff.contains("platform.user.manage"));
        String wrong = ssh(name, "not-the-password", "crm:status");
        assertTrue(wrong, wrong.startsWith("refused"));
    }

    @Test
    public void theShellCommandsManageUsersRolesAndUnits() throws Exception {
        ShellRunner shell = new ShellRunner(sessions);
        String tag = tag();
        String unitOut = shell.run("crm:unit-add --name واحد" + tag + " --kind BRANCH U" + tag);
        assertTrue(unitOut, unitOut.contains("Created unit"));
        String name = "k" + tag.toLowerCase();
        assertTrue(shell.run("crm:user-add --name کاربر --role staff --password " + SECRET + " " + name).contains("Created " + name));
        assertTrue(shell.run("crm:user-lock " + name).contains("Locked"));
        assertEquals(401, RestClient.as(name, SECRET).get("/api/v1/me").status());
        assertTrue(shell.run("crm:user-unlock " + name).contains("Unlocked"));
        assertTrue(shell.run("crm:role-grant staff accounts.contact.export").contains("now holds"));
        assertTrue(shell.run("crm:role-list").contains("accounts.contact.export"));
        assertTrue(shell.run("crm:role-revoke staff accounts.contact.export").contains("no longer holds"));
        String audit = shell.run("crm:audit --actor " + PeyvandContainer.USER + " -n 50");
        assertTrue(audit, audit.contains("user.locked") && audit.contains("role.granted"));
        String refused = shell.runAs(name, "crm:role-grant staff accounts.contact.export");
        assertTrue(refused, refused.contains("platform.role.manage"));
    }

    private static boolean blank(JsonNode record, String field) {
        return record.path(field).isMissingNode() || record.path(field).isNull();
    }

    private long unit(String code, Long parent) {
        RestClient.Reply reply = admin.post("/api/v1/units", "{\"code\":\"" + code + "\",\"nameFa\":\"واحد " + code + "\",\"kind\":\"DEPARTMENT\""
                + (parent == null ? "" : ",\"parentId\":" + parent) + "}");
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private RestClient user(String name, long unit, String role) {
        RestClient.Reply reply = admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"کاربر " + name
                + "\",\"unitId\":" + unit + ",\"password\":\"" + SECRET + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(reply.body(), 201, reply.status());
        return RestClient.as(name, SECRET);
    }

    private long contact(RestClient as, String lastName) {
        RestClient.Reply reply = as.post("/api/v1/contacts?confirmDuplicates=true", "{\"firstName\":\"علی\",\"lastName\":\"" + lastName + "\"}");
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private static long count(RestClient as, String q) {
        RestClient.Reply reply = as.get("/api/v1/contacts/count?q=" + q);
        assertEquals(reply.body(), 200, reply.status());
        return reply.json().get("count").asLong();
    }

    private String tag() {
        return Integer.toString(1000 + random.nextInt(9000), 36).toUpperCase() + Integer.toString(random.nextInt(36 * 36), 36).toUpperCase();
    }

    /** Runs one command over SSH; "refused" when the login is not accepted. */
    private static String ssh(String user, String password, String command) throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        client.start();
        try (ClientSession session = client.connect(user, "localhost", PeyvandContainer.SSH_PORT).verify(10, TimeUnit.SECONDS).getSession()) {
            session.addPasswordIdentity(password);
            try {
                session.auth().verify(15, TimeUnit.SECONDS);
            } catch (Exception refused) {
                return "refused: " + refused.getMessage();
            }
            try (ChannelExec channel = session.createExecChannel(command)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                channel.setOut(out);
                channel.setErr(out);
                channel.open().verify(10, TimeUnit.SECONDS);
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TimeUnit.SECONDS.toMillis(30));
                return out.toString(StandardCharsets.UTF_8);
            }
        } finally {
            client.stop();
        }
    }
}
