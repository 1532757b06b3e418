package org.peyvand.itests;

import static org.junit.Assert.assertEquals;

import java.util.List;
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
 * The relationships screen in a browser: a record's links read from it in Persian and English, a
 * link added through the form, a self-link refused on the form, and its graph, whose records open
 * on click, showing their relationships in a tab; an administrator adds a relationship type.
 */
public class RelationsBrowserIT {
    private static final String GRAPH = "#relations-graph .crm-relation-graph-box";
    /** The pixel of the graph's record with a key, once ECharts has drawn it; null before. */
    private static final String NODE_PIXEL = "var chart = window.echarts && echarts.getInstanceByDom(document.querySelector(arguments[0]));"
            + " if (!chart) { return null; } var data = chart.getModel().getSeriesByIndex(0).getData();"
            + " for (var i = 0; i < data.count(); i++) { if (data.getId(i) === arguments[1]) {"
            + " var p = chart.convertToPixel({ seriesIndex: 0 }, data.getItemLayout(i)); return [Math.round(p[0]), Math.round(p[1])]; } }"
            + " return null;";

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(RelationsBrowserIT.class);

    private final RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
    private final String tag = Integer.toString(new Random().nextInt(1_000_000));

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void aRecordsRelationshipsAndGraph() throws Exception {
        PeyvandContainer.awaitWorkspace();
        Await.until("the relationships module", 120_000, () -> admin.get("/api/v1/relations/types").status() == 200
                && admin.get("/api/v1/accounts/count").status() == 200 && admin.get("/api/v1/contacts/count").status() == 200);
        long holding = account("هلدینگ نمونه " + tag);
        long refinery = account("پالایشگاه نمونه " + tag);
        account("رقیب نمونه " + tag);
        RestClient.Reply contact = admin.post("/api/v1/contacts?confirmDuplicates=true", "{\"firstName\":\"مینا\",\"lastName\":\"گراف" + tag + "\"}");
        assertEquals(contact.body(), 201, contact.status());
        long mina = contact.json().get("id").asLong();
        link("subsidiary-of", "account", refinery, "account", holding);
        link("employee-of", "contact", mina, "account", refinery);

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.waitForText("#menu-relations", "ارتباطات");
            browser.open("/crm/#!relations/account:" + refinery);
            // seen from the refinery: its parent company by the type's name, its employee by the inverse name
            browser.waitForText("#relations-grid", "زیرمجموعه");
            browser.waitForText("#relations-grid", "کارفرما");
            browser.waitForText("#relations-grid", "هلدینگ نمونه " + tag);
            Await.until("the graph of three records", 30_000, () -> nodePixel(browser, "account:" + holding) != null
                    && nodePixel(browser, "contact:" + mina) != null);
            assertEquals("rtl", browser.direction());
            browser.screenshot("relations-01-graph-persian");

            browser.click("#relation-new");
            browser.element("#relation-editor");
            browser.pick("#relation-type", "رقیب");
            browser.pick("#relation-other-account", "رقیب نمونه " + tag);
            browser.screenshot("relations-02-add");
            browser.click("#editor-save");
            browser.waitUntilGone("#relation-editor");
            browser.waitForText("#relations-grid", "رقیب نمونه " + tag);

            browser.click("#relation-new");
            browser.element("#relation-editor");
            browser.pick("#relation-type", "شریک تجاری");
            browser.pick("#relation-other-account", "پالایشگاه نمونه " + tag);
            browser.click("#editor-save");
            browser.waitForText("#relation-problems", "نمی‌تواند خود همان رکورد باشد");
            browser.screenshot("relations-03-self-refused");
            browser.click("#editor-cancel");
            browser.waitUntilGone("#relation-editor");

            // an administrator adds a relationship type of their own
            browser.click("#relations-types");
            browser.element("#relation-types");
            browser.type("#relation-type-code", "mentor-" + tag);
            browser.type("#relation-type-name-fa", "مربی");
            browser.type("#relation-type-name-en", "Mentor of");
            browser.type("#relation-type-inverse-fa", "شاگرد");
            browser.type("#relation-type-inverse-en", "Mentee of");
            browser.click("#relation-type-add");
            Await.until("the type to be stored", 30_000, () -> admin.get("/api/v1/relations/types").body().contains("mentor-" + tag));
            browser.screenshot("relations-04-types");
            browser.click("#relation-types-close");
            browser.waitUntilGone("#relation-types");

            // a click on the holding in the graph opens its account
            browser.scrollTo(GRAPH);
            List<?> pixel = nodePixel(browser, "account:" + holding);
            browser.clickAt(GRAPH, ((Number) pixel.get(0)).intValue(), ((Number) pixel.get(1)).intValue());
            browser.element("#account-editor");
            // its screen has the relationships tab, read from the holding
            browser.click("#tab-record-relations");
            browser.waitForText("#record-relations-grid", "شرکت مادر");
            browser.waitForText("#record-relations-grid", "پالایشگاه نمونه " + tag);
            browser.screenshot("relations-05-opened");
            // and leads back to the holding's own graph
            browser.click("#record-relations-graph");
            browser.waitUntilGone("#account-editor");
            browser.waitForText("#relations-grid", "شرکت مادر");

            browser.click("#language-switch");
            browser.waitForDirection("ltr");
            // the workspace rebuilt in English shows the holding again before it is asked for another record
            browser.waitForText("#relations-grid", "Parent company of");
            browser.open("/crm/#!relations/contact:" + mina);
            browser.waitForText("#relations-grid", "Employee of");
            browser.screenshot("relations-06-english");
            browser.click("#language-switch");
            browser.waitForDirection("rtl");
        }
    }

    private static List<?> nodePixel(Browser browser, String key) {
        return (List<?>) browser.script(NODE_PIXEL, GRAPH, key);
    }

    private long account(String name) {
        RestClient.Reply reply = admin.post("/api/v1/accounts?confirmDuplicates=true", "{\"name\":\"" + name + "\"}");
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private void link(String type, String fromKind, long fromId, String toKind, long toId) {
        long typeId = -1;
        for (var relationType : admin.get("/api/v1/relations/types").json()) {
            if (type.equals(relationType.get("code").asText())) {
                typeId = relationType.get("id").asLong();
            }
        }
        RestClient.Reply reply = admin.post("/api/v1/relations", "{\"typeId\":" + typeId + ",\"fromKind\":\"" + fromKind + "\",\"fromId\":" + fromId
                + ",\"toKind\":\"" + toKind + "\",\"toId\":" + toId + "}");
        assertEquals(reply.body(), 201, reply.status());
    }
}
