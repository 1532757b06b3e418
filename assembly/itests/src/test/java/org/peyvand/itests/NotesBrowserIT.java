package org.peyvand.itests;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * Notes and lists in a browser: a note written on an account's Notes tab, a file attached to it
 * and offered for download, then the account in a static list on the Lists screen with its count.
 */
public class NotesBrowserIT {
    /** Whether a tab is wholly within the tab strip's visible part: a record screen holds more tabs than its window shows at once. */
    private static final String TAB_SHOWN = "var e = document.querySelector(arguments[0]); if (!e) { return false; }"
            + " var r = e.getBoundingClientRect(); var s = e.closest('.v-tabsheet-tabcontainer').getBoundingClientRect();"
            + " return r.width > 0 && r.left >= s.left - 1 && r.right <= s.right + 1;";
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(NotesBrowserIT.class);

    private final RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
    private final String tag = Integer.toString(new Random().nextInt(1_000_000));

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void aNoteWithAnAttachmentAndAListOfAccounts() throws Exception {
        PeyvandContainer.awaitWorkspace();
        Await.until("the notes module", 120_000, () -> admin.get("/api/v1/lists").status() == 200
                && admin.get("/api/v1/accounts/count").status() == 200);
        String name = "مشتری یادداشت " + tag;
        RestClient.Reply account = admin.post("/api/v1/accounts?confirmDuplicates=true", "{\"name\":\"" + name + "\"}");
        assertEquals(account.body(), 201, account.status());
        long accountId = account.json().get("id").asLong();
        String listName = "فهرست نمایشگاه " + tag;
        RestClient.Reply list = admin.post("/api/v1/lists", "{\"name\":\"" + listName + "\",\"recordType\":\"accounts.account\",\"kind\":\"STATIC\"}");
        assertEquals(list.body(), 201, list.status());
        admin.post("/api/v1/lists/" + list.json().get("id").asLong() + "/members", "{\"recordIds\":[" + accountId + "]}");
        Path card = Files.createTempFile("card", ".png");
        Files.write(card, PNG);

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.element("#menu-lists");

            browser.open("/crm/#!accounts/" + accountId);
            openTab(browser, "#tab-record-notes");
            browser.waitForText("#record-notes-list", "هنوز یادداشتی نیست");
            browser.type("#record-notes-text", "تماس درباره تمدید قرارداد");
            browser.click("#record-notes-add");
            browser.waitForText("#record-notes-list", "تماس درباره تمدید قرارداد");
            long note = admin.get("/api/v1/notes?recordType=accounts.account&recordId=" + accountId).json().get("items").get(0).get("id").asLong();
            browser.upload("#note-attach-" + note, card);
            browser.waitForText("#note-" + note, card.getFileName().toString());
            assertEquals("image/png", admin.get("/api/v1/notes/" + note).json().get("attachments").get(0).get("contentType").asText());
            assertEquals("rtl", browser.direction());
            browser.screenshot("notes-01-note-with-attachment");
            browser.click("#editor-cancel");
            browser.waitUntilGone("#account-editor");

            browser.open("/crm/#!lists");
            browser.clickContaining("#lists-grid td", listName);
            browser.waitForText("#lists-count", "عضو");
            browser.waitForText("#lists-members", name);
            browser.screenshot("notes-02-list-members");

            // the account is added to a second list from its own screen
            String second = "فهرست دوم " + tag;
            admin.post("/api/v1/lists", "{\"name\":\"" + second + "\",\"recordType\":\"accounts.account\",\"kind\":\"STATIC\"}");
            browser.open("/crm/#!accounts/" + accountId);
            openTab(browser, "#tab-record-lists");
            browser.pick("#record-lists-list", second);
            browser.click("#record-lists-add");
            Await.until("the account in the second list", 30_000, () -> members(second).contains("\"recordId\":" + accountId));
            browser.screenshot("notes-03-added-from-the-record");

            // deleting the account first says what leaves with it
            browser.click("#editor-delete");
            browser.waitForText(".crm-confirm-text", "یادداشت با پیوست‌هایشان");
            browser.waitForText(".crm-confirm-text", "عضویت در");
            browser.screenshot("notes-04-delete-says-what-leaves");
            browser.click("#confirm-yes");
            browser.waitUntilGone("#account-editor");
            assertEquals(404, admin.get("/api/v1/accounts/" + accountId).status());
            Await.until("the note to leave with the account", 30_000, () -> admin.get("/api/v1/notes/" + note).status() == 404);
            Await.until("the account to leave both lists", 30_000, () -> !members(second).contains("\"recordId\":" + accountId)
                    && !members(listName).contains("\"recordId\":" + accountId));
        } finally {
            Files.deleteIfExists(card);
        }
    }

    /** Scrolls the record's tab strip until the tab shows, then opens it. */
    private static void openTab(Browser browser, String tab) {
        browser.element("#record-tabs");
        for (int i = 0; i < 10 && !Boolean.TRUE.equals(browser.script(TAB_SHOWN, tab)); i++) {
            browser.click("#record-tabs .v-tabsheet-scrollerNext");
        }
        browser.click(tab);
    }

    private String members(String listName) {
        for (var list : admin.get("/api/v1/lists?limit=500").json().get("items")) {
            if (listName.equals(list.get("name").asText())) {
                return admin.get("/api/v1/lists/" + list.get("id").asLong() + "/members").body();
            }
        }
        return "";
    }
}
