package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bell in a real browser, in Persian: a colleague refers a record to the signed-in user, the
 * open workspace's count shows it, the list names it, clicking it marks it read and opens the
 * cartable, and the user turns in-app delivery of referred work off.
 */
public class NotificationsBrowserIT {

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(NotificationsBrowserIT.class);

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void aReferralRingsTheBellOfTheOpenWorkspaceAndOpensTheCartable() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        String tag = Integer.toString(new Random().nextInt(36 * 36 * 36), 36);
        String colleague = "ntf" + tag;
        String password = "browser-secret-1";
        assertEquals(201, admin.post("/api/v1/users", "{\"username\":\"" + colleague + "\",\"displayNameFa\":\"همکار\",\"password\":\""
                + password + "\",\"roles\":[\"staff\"]}").status());
        assertEquals(200, admin.post("/api/v1/notifications/read-all", "{}").status());

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.element("#notification-bell");
            assertTrue("nothing unread", browser.absent("#notification-count"));

            String title = "بررسی قرارداد " + tag;
            RestClient.Reply referred = RestClient.as(colleague, password).post("/api/v1/cartable/referrals",
                    "{\"recordType\":\"accounts.account\",\"recordId\":\"1\",\"title\":\"" + title + "\",\"toUser\":\""
                            + PeyvandContainer.USER + "\"}");
            assertEquals(referred.body(), 201, referred.status());
            // nobody touches the open workspace: its next poll brings the count
            Await.until("the count on the open workspace, untouched", 30_000, () -> !browser.absent("#notification-count"));
            String count = browser.element("#notification-count").getText();
            assertTrue(count, count.equals("۱") || count.equals("1"));
            browser.screenshot("notifications-01-count");

            browser.click("#notification-bell");
            String text = "به شما ارجاع شد: " + title + " (از " + colleague + ")";
            browser.waitForText("#notification-list", text);
            browser.screenshot("notifications-02-list");
            browser.clickContaining("#notification-list .crm-notification", text);
            browser.element("#view-cartable");
            Await.until("the count to go", 30_000, () -> browser.absent("#notification-count"));
            browser.screenshot("notifications-03-cartable");

            browser.click("#notification-bell");
            browser.click("#notification-preferences");
            browser.waitForText("#notification-preference-list", "کارهای ارجاع‌شده به من");
            browser.screenshot("notifications-04-preferences");
            browser.click("#notification-choice-workflow_task-in-app label");
            Await.until("in-app off for referred work", 30_000, () -> {
                for (JsonNode p : admin.get("/api/v1/notifications/preferences").json().get("preferences")) {
                    if (p.get("kind").asText().equals("workflow.task") && p.get("channel").asText().equals("in-app")) {
                        return !p.get("enabled").asBoolean();
                    }
                }
                return false;
            });
        }
        assertEquals(0, admin.get("/api/v1/notifications/unread-count").json().get("unread").asLong());
    }
}
