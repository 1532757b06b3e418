package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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

/**
 * The workflow screens in a real browser, in Persian: a process is drawn in the bpmn-js designer
 * (start, a user task assigned to the signed-in user, end) with clicks on the diagram's own
 * context pad and replace menu, refused while its task leads nowhere (the task is named and
 * marked), deployed, started by hand, and its task completed from the cartable; a second tab that
 * completes the same item first leaves the first with the service's message. The instance then
 * shows completed, its diagram marked, in the monitoring screen. An organisation is referred from
 * its own screen to a colleague, who sees the count on the cartable's menu entry, opens the account
 * from the item, answers, and the referrer closes it; the account's Referrals tab shows its trail.
 */
public class WorkflowBrowserIT {
    private static final String TASK = "تأیید مرخصی";

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(WorkflowBrowserIT.class);

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void drawDeployStartAndCompleteAProcessFromTheCartable() throws Exception {
        PeyvandContainer.awaitWorkspace();
        String key = "itest_leave_" + (100000 + new Random().nextInt(900000));
        String name = "مرخصی آزمایشی " + key.substring(key.length() - 6);

        try (Browser browser = new Browser(); Browser other = new Browser()) {
            signIn(browser);
            assertEquals("Persian is the default language", "rtl", browser.direction());

            browser.click("#menu-processes");
            browser.element("#view-processes");
            browser.click("#processes-new");
            browser.element("#designer-diagram .djs-palette");
            browser.element("#designer-diagram [data-element-id='StartEvent_1']");
            browser.waitForText("#bpmn-properties-type", "فرایند");
            browser.screenshot("39-designer-new");
            assertTrue("the bpmn.io mark stays, as its licence asks", !browser.absent("#designer-diagram .bjs-powered-by"));

            browser.typeAndLeave("#bpmn-property-key", key);
            browser.waitForText("#bpmn-properties-type", key);
            browser.typeAndLeave("#bpmn-property-name", name);

            // the task is appended from the start event's context pad and turned into a user task
            // through its replace menu: bpmn-js's own buttons, clicked as a user would
            browser.click("#designer-diagram .djs-shape[data-element-id='StartEvent_1'] .djs-hit");
            browser.click(".djs-context-pad.open .entry[data-action='append.append-task']");
            browser.click(".djs-context-pad .entry[data-action='replace']");
            browser.click(".djs-popup .entry[data-id='replace-with-user-task']");
            browser.waitForText("#bpmn-properties-type", "کار کاربری");
            browser.typeAndLeave("#bpmn-property-name", TASK);
            browser.pick("#bpmn-property-assignee", "آزمون");
            browser.typeAndLeave("#bpmn-property-dueDate", "PT8H");
            browser.waitForText("#designer-diagram", TASK);

            // a task leading nowhere: the engine refuses, the task is named and marked in the diagram
            browser.click("#designer-deploy");
            browser.type("#deploy-comment", "نخستین نسخه");
            browser.click("#deploy-confirm");
            browser.waitForText("#designer-refusals", TASK);
            browser.element("#designer-diagram .djs-element.crm-refused");
            browser.screenshot("40-designer-refused");

            // the refused task is selected, its context pad open: the end event is appended from there
            browser.click(".djs-context-pad.open .entry[data-action='append.end-event']");
            browser.element("#designer-diagram .djs-shape[data-element-id^='Event_']");
            browser.screenshot("41-designer-drawn");

            browser.click("#designer-deploy");
            browser.type("#deploy-comment", "نخستین نسخه");
            browser.click("#deploy-confirm");
            browser.waitForText(".v-Notification", "مستقر شد");
            assertTrue("nothing left refused", browser.absent("#designer-diagram .djs-element.crm-refused"));
            browser.screenshot("42-designer-deployed");

            browser.click("#designer-back");
            browser.waitForText("#processes-grid", name);
            browser.clickContaining("#processes-grid td", name);
            browser.click("#processes-start");
            browser.click("#start-confirm");
            browser.waitForText(".v-Notification", "آغاز شد");
            browser.screenshot("43-process-started");

            browser.click("#menu-cartable");
            browser.waitForText("#cartable-grid-MINE", TASK);
            browser.waitForText("#cartable-grid-MINE", name);
            browser.waitForText("#cartable-grid-MINE-total", "مجموع");
            browser.element("#cartable-grid-MINE tr.crm-sla-on-time");
            browser.screenshot("44-cartable");
            browser.clickContaining("#cartable-grid-MINE td", TASK);
            browser.element("#work-item #work-item-complete");
            // the item's instance opens from it, with its diagram
            browser.click("#work-item-instance");
            browser.element("#instance-window #instance-diagram .djs-container");
            browser.click("#instance-window .v-window-closebox");
            browser.waitUntilGone("#instance-window");

            // the same item completed first in another tab
            signIn(other);
            other.click("#menu-cartable");
            other.waitForText("#cartable-grid-MINE", TASK);
            other.clickContaining("#cartable-grid-MINE td", TASK);
            other.type("#work-item-comment", "موافقت شد");
            other.click("#work-item-complete");
            other.waitForText(".v-Notification", "انجام شد");
            other.screenshot("45-cartable-completed");

            browser.type("#work-item-comment", "موافقم");
            browser.click("#work-item-complete");
            browser.waitForText(".v-Notification", "پیش‌تر");
            browser.screenshot("46-cartable-already-completed");
            assertTrue("the item shows as it stands: closed, nothing left to complete", browser.absent("#work-item-complete"));
            browser.click(".v-Notification");
            browser.waitUntilGone(".v-Notification");
            browser.click("#work-item .v-window-closebox");
            browser.waitUntilGone("#work-item");
            assertFalse("no longer among my open items", browser.element("#cartable-grid-MINE").getText().contains(TASK));
            browser.click("#cartable-box-DONE");
            browser.waitForText("#cartable-grid-DONE", TASK);

            browser.click("#menu-process-monitor");
            browser.waitForText("#monitor-grid", name);
            browser.waitForText("#monitor-grid-total", "مجموع");
            browser.clickContaining("#monitor-grid td", name);
            browser.element("#instance-diagram .djs-container");
            browser.waitForText("#instance-summary", "پایان‌یافته");
            browser.element("#instance-diagram .djs-element.crm-done");
            browser.waitForText("#instance-history", TASK);
            browser.screenshot("47-monitor-instance");
            browser.click("#instance-window .v-window-closebox");
            browser.waitUntilGone("#instance-window");

            // the deployed diagram opens again in the designer, in English left to right
            browser.click("#language-switch");
            browser.waitForDirection("ltr");
            browser.waitForText("#menu-processes", "Processes");
            browser.click("#menu-processes");
            browser.clickContaining("#processes-grid td", key);
            browser.click("#processes-open");
            browser.waitForText("#designer-title", name + ", version 1");
            browser.element("#designer-diagram .djs-shape[data-element-id='StartEvent_1']");
            browser.waitForText("#bpmn-properties-type", "Process");
            browser.screenshot("48-designer-english");
            browser.click("#designer-export");
            browser.waitForText("#designer-download", key + ".bpmn");
            browser.click("#designer-export-dialog .v-window-closebox");
            browser.waitUntilGone("#designer-export-dialog");
            browser.click("#language-switch");
            browser.waitForDirection("rtl");
        }
    }

    @Test
    public void referAnAccountFromItsScreenAndFollowItUntilItCloses() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("the accounts module", 180_000, () -> admin.get("/api/v1/accounts/count").status() == 200);
        String tag = Integer.toString(100000 + new Random().nextInt(900000));
        String account = "پالایش نفت " + tag;
        RestClient.Reply created = admin.post("/api/v1/accounts?confirmDuplicates=true", "{\"name\":\"" + account + "\"}");
        assertEquals(created.body(), 201, created.status());
        long accountId = created.json().get("id").asLong();
        String colleague = "ref" + tag;
        String colleagueName = "مینا " + tag;
        String password = "referral-secret-1";
        RestClient.Reply user = admin.post("/api/v1/users", "{\"username\":\"" + colleague + "\",\"displayNameFa\":\"" + colleagueName
                + "\",\"password\":\"" + password + "\",\"roles\":[\"staff\"]}");
        assertEquals(user.body(), 201, user.status());
        // a referrer of its own: the shared administrator's cartable fills up over a run on one database
        String referrer = "mgr" + tag;
        RestClient.Reply manager = admin.post("/api/v1/users", "{\"username\":\"" + referrer + "\",\"displayNameFa\":\"مدیر " + tag
                + "\",\"password\":\"" + password + "\",\"roles\":[\"manager\"]}");
        assertEquals(manager.body(), 201, manager.status());

        try (Browser browser = new Browser(); Browser other = new Browser()) {
            signIn(browser, referrer, password);
            browser.open("/crm/#!accounts/" + accountId);
            browser.element("#record-tabs");
            browser.click("#tab-record-referrals");
            browser.click("#record-refer");
            browser.pick("#field-toUser", colleagueName);
            browser.type("#field-comment", "لطفاً با مشتری تماس بگیرید");
            browser.click("#referral-confirm");
            browser.waitForText(".v-Notification", "رکورد ارجاع شد");
            browser.waitForText("#record-items", account);
            browser.waitForText("#record-item-trail", "لطفاً با مشتری تماس بگیرید");
            browser.screenshot("49-account-referred");

            signIn(other, colleague, password);
            other.waitForText("#menu-cartable .valo-menu-badge", "۱");
            other.click("#menu-cartable");
            other.waitForText("#cartable-grid-MINE", account);
            other.clickContaining("#cartable-grid-MINE td", account);
            // the item links to the account's own screen, which shows the same trail
            other.click("#work-item-record");
            other.waitUntilGone("#work-item");
            other.element("#record-tabs");
            other.click("#tab-record-referrals");
            other.waitForText("#record-item-trail", "لطفاً با مشتری تماس بگیرید");
            other.screenshot("50-referred-account-opened-from-the-cartable");
            other.click("#editor-cancel");
            other.click("#menu-cartable");
            other.clickContaining("#cartable-grid-MINE td", account);
            other.element("#work-item #work-item-complete");
            other.type("#work-item-comment", "تماس گرفته شد");
            other.click("#work-item-complete");
            other.waitForText(".v-Notification", "انجام شد");
            assertTrue("nothing left open for the colleague", other.absent("#menu-cartable .valo-menu-badge"));

            // answered, the referral is back with the referrer, who closes it
            browser.click("#editor-cancel");
            browser.click("#menu-cartable");
            browser.waitForText("#cartable-grid-MINE", account);
            browser.clickContaining("#cartable-grid-MINE td", account);
            browser.waitForText("#work-item-details", "تماس گرفته شد");
            browser.click("#work-item-complete");
            browser.waitForText(".v-Notification", "انجام شد");
            browser.open("/crm/#!accounts/" + accountId);
            browser.element("#record-tabs");
            browser.click("#tab-record-referrals");
            browser.waitForText("#record-items", "انجام‌شده");
            browser.waitForText("#record-item-trail", "تماس گرفته شد");
            browser.screenshot("51-account-referral-closed");
        }
    }

    private static void signIn(Browser browser) {
        signIn(browser, PeyvandContainer.USER, PeyvandContainer.PASSWORD);
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.open("/crm/");
        browser.type("#login-username", username);
        browser.type("#login-password", password);
        browser.click("#login-submit");
        browser.waitForText("#menu-cartable", "کارتابل");
    }
}
