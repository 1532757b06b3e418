package org.peyvand.itests;

import static org.junit.Assert.assertEquals;

import java.util.Random;

import org.junit.ClassRule;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.Browser;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;

/**
 * The sales network screen in a browser, in Persian: a tree opened from an organisation, a level
 * read as it is expanded, a role set in the side panel, and a city added by an administrator.
 */
public class NetworkBrowserIT {
    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(NetworkBrowserIT.class);

    private final RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
    private final String tag = Integer.toString(new Random().nextInt(1_000_000));

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void aTreeExpandedAndANodeSet() throws Exception {
        PeyvandContainer.awaitWorkspace();
        Await.until("the network module", 120_000, () -> admin.get("/api/v1/network/classes").status() == 200
                && admin.get("/api/v1/relations/types").status() == 200 && admin.get("/api/v1/accounts/count").status() == 200);
        long holding = account("هلدینگ شبکه " + tag);
        long agency = account("نمایندگی شبکه " + tag);
        subsidiary(agency, holding);
        RestClient.Reply head = admin.put("/api/v1/network/nodes/" + holding, "{\"role\":\"HEAD_OFFICE\",\"regionId\":8}");
        assertEquals(head.body(), 200, head.status());

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.waitForText("#menu-network", "شبکه فروش");
            browser.open("/crm/#!network/" + holding);
            browser.waitForText("#network-grid", "هلدینگ شبکه " + tag);
            browser.waitForText("#network-grid", "دفتر مرکزی");
            assertEquals("rtl", browser.direction());

            // the level beneath is read when the holding is expanded
            browser.click("#network-grid .v-tree-grid-expander");
            browser.waitForText("#network-grid", "نمایندگی شبکه " + tag);
            browser.screenshot("network-01-tree");

            browser.clickContaining("#network-grid td", "نمایندگی شبکه " + tag);
            browser.waitForText("#network-node-title", "نمایندگی شبکه " + tag);
            browser.pick("#network-node-role", "نمایندگی");
            browser.pick("#network-node-province", "گیلان");
            browser.click("#network-node-save");
            Await.until("the role to be stored", 30_000, () -> admin.get("/api/v1/network/nodes/" + agency).body().contains("AGENCY"));
            browser.screenshot("network-02-set");

            browser.click("#network-regions");
            browser.element("#network-regions-window");
            browser.pick("#network-regions-province", "گیلان");
            browser.type("#network-city-name-fa", "لاهیجان " + tag);
            browser.type("#network-city-name-en", "Lahijan " + tag);
            browser.click("#network-city-add");
            browser.waitForText("#network-regions-cities", "لاهیجان " + tag);
            browser.screenshot("network-03-regions");
            browser.click("#network-regions-close");
            browser.waitUntilGone("#network-regions-window");
        }
    }

    private long account(String name) {
        RestClient.Reply reply = admin.post("/api/v1/accounts?confirmDuplicates=true", "{\"name\":\"" + name + "\"}");
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private void subsidiary(long child, long parent) {
        long typeId = -1;
        for (var type : admin.get("/api/v1/relations/types").json()) {
            if ("subsidiary-of".equals(type.get("code").asText())) {
                typeId = type.get("id").asLong();
            }
        }
        RestClient.Reply reply = admin.post("/api/v1/relations", "{\"typeId\":" + typeId + ",\"fromKind\":\"account\",\"fromId\":" + child
                + ",\"toKind\":\"account\",\"toId\":" + parent + "}");
        assertEquals(reply.body(), 201, reply.status());
    }
}
