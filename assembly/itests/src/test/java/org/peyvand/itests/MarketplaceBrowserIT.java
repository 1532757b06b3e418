package org.peyvand.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.ClassRule;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.peyvand.itests.fixtures.Catalogs;
import org.peyvand.platform.testing.SignedCatalog;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.Browser;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;

/**
 * The marketplace in a real browser, in Persian: an administrator opens it from the administration
 * menu and adds a signed folder catalog, refused first on the field named; finds the visits plugin
 * by a word of its name typed with Arabic letters, reads what it is and which permissions it adds,
 * installs it after the same permissions are listed for confirmation and follows the job to its
 * end. Its menu entry arrives without reloading the page and opens its screen; uninstalled with
 * its data kept, the entry goes again.
 */
public class MarketplaceBrowserIT {
    private static final String VISITS = "بازدید از مشتری";

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(MarketplaceBrowserIT.class);

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void addACatalogInstallTheVisitsPluginOpenItsScreenAndUninstallIt() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("the accounts module", 180_000, () -> admin.get("/api/v1/contacts/count").status() == 200);
        String catalog = "examples-" + (100000 + new Random().nextInt(900000));
        SignedCatalog published = Catalogs.trusted(catalog);
        Catalogs.publishVisits(published);

        try (Browser browser = new Browser()) {
            browser.open("/crm/");
            browser.type("#login-username", PeyvandContainer.USER);
            browser.type("#login-password", PeyvandContainer.PASSWORD);
            browser.click("#login-submit");
            browser.element("#menu-marketplace");
            if ("ltr".equals(browser.direction())) {
                // the shared administrator may have been left in English by an earlier test on the same database
                browser.click("#language-switch");
                browser.waitForDirection("rtl");
            }
            browser.waitForText("#menu-marketplace", "بازارچهٔ افزونه‌ها");
            assertTrue("the plugin is not installed yet", browser.absent("#menu-visits"));
            browser.click("#menu-marketplace");
            browser.element("#view-marketplace #marketplace-grid");
            browser.waitForText("#marketplace-grid", "حساب‌ها و افراد");
            browser.screenshot("80-marketplace-add-ons");

            // what the service refuses is marked on the field it names, one field at a time
            browser.click("#marketplace-tab-catalogs");
            browser.element("#catalog-grid");
            browser.click("#catalog-add");
            browser.element("#catalog-dialog");
            browser.type("#catalog-id", "Examples");
            browser.type("#catalog-location", published.folder().toString());
            browser.click("#catalog-save");
            browser.waitForText("#catalog-errors", "شناسه: از ۲ تا ۴۰ حرف کوچک لاتین");
            browser.element("#catalog-id.v-textfield-error");
            assertTrue("the folder is not marked", browser.absent("#catalog-location.v-textfield-error"));
            browser.screenshot("81-catalog-refused-id");
            String missing = published.folder().resolveSibling(catalog + "-missing").toString();
            browser.type("#catalog-id", catalog);
            browser.type("#catalog-location", missing);
            browser.click("#catalog-save");
            browser.waitForText("#catalog-errors", "نشانی: پوشهٔ");
            browser.waitForText("#catalog-errors", missing);
            browser.waitForText("#catalog-errors", "روی سرور نیست.");
            browser.element("#catalog-location.v-textfield-error");
            assertTrue("the id is no longer marked", browser.absent("#catalog-id.v-textfield-error"));
            browser.screenshot("82-catalog-refused-folder");

            browser.type("#catalog-location", published.folder().toString());
            browser.click("#catalog-save");
            browser.waitUntilGone("#catalog-dialog");
            browser.waitForText(".v-Notification", "کاتالوگ " + catalog + " افزوده شد");
            browser.waitForText("#catalog-grid", catalog);
            browser.waitForText("#catalog-grid", "پوشه");
            assertTrue("it was read without an error", browser.absent("#catalog-grid td.crm-marketplace-failed"));
            browser.screenshot("83-catalog-added");

            // Arabic yeh as a user of an Arabic keyboard would type it
            browser.click("#marketplace-tab-addons");
            selectVisits(browser, "بازديد");
            browser.waitForText("#addon-name", VISITS);
            browser.waitForText("#addon-description", "ثبت بازدید از مشتریان با تاریخ شمسی");
            browser.waitForText("#addon-requires", "accounts");
            browser.waitForText("#addon-permissions", "مشاهده بازدیدها (visits.visit.read)");
            browser.waitForText("#addon-permissions", "حذف بازدید (visits.visit.delete)");
            assertTrue("not installed, so it cannot be removed", browser.absent("#addon-uninstall"));
            browser.screenshot("84-addon-details");

            browser.click("#addon-install");
            browser.waitForText("#addon-confirm", VISITS + " ");
            browser.waitForText("#addon-confirm-permissions", "مجوزهایی که می‌افزاید");
            browser.waitForText("#addon-confirm-permissions", "ثبت بازدید (visits.visit.create)");
            browser.waitForText("#addon-confirm-permissions", "ویرایش بازدید (visits.visit.update)");
            browser.screenshot("85-install-confirmation");
            browser.click("#addon-confirm-yes");
            browser.waitUntilGone("#addon-confirm");
            browser.element("#addon-progress");
            browser.waitForText("#addon-outcome", VISITS + " ");
            browser.waitForText("#addon-outcome", " نصب شد.");
            browser.waitForText("#addon-step", "٪۱۰۰");
            browser.element("#addon-uninstall");
            browser.screenshot("86-installed");

            // the menu follows without the page being loaded again
            browser.waitForText("#menu-visits", VISITS);
            browser.screenshot("87-visits-in-the-menu");
            browser.click("#menu-visits");
            browser.element("#view-visits");
            browser.element("#visit-new");
            browser.screenshot("88-visits-screen");

            browser.click("#menu-marketplace");
            selectVisits(browser, "بازدید");
            browser.waitForText("#addon-installed", "نصب شده است");
            browser.click("#addon-uninstall");
            browser.waitForText("#addon-confirm-permissions", "مجوزهایی که با آن می‌روند");
            browser.waitForText("#addon-confirm-permissions", "مشاهده بازدیدها (visits.visit.read)");
            assertFalse("its data is kept unless asked", browser.element("#addon-purge input").isSelected());
            browser.screenshot("89-uninstall-confirmation");
            browser.click("#addon-confirm-yes");
            browser.waitForText("#addon-outcome", VISITS + " حذف شد؛ داده‌هایش می‌مانند.");
            browser.waitUntilGone("#menu-visits");
            browser.element("#addon-install");
            browser.screenshot("90-uninstalled");
        }
    }

    /** Searches the add-ons and selects the visits plugin once the list shows what the search found. */
    private static void selectVisits(Browser browser, String words) {
        browser.type("#marketplace-search", words);
        Await.until("the list to show what the search found", 30_000, () -> {
            String listed = browser.element("#marketplace-grid").getText();
            return listed.contains(VISITS) && !listed.contains("حساب‌ها و افراد");
        });
        browser.clickContaining("#marketplace-grid td", VISITS);
    }
}
