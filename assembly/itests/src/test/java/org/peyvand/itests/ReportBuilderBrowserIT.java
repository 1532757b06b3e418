package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

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
 * The report builder in a real browser, in Persian: a report on contacts is designed by picking
 * the type, a group, a filter and a bar chart; the chart is drawn by Chart.js and the result grid
 * counts in Persian digits. A click on one bar opens exactly that group's contacts; grouped by the
 * Jalali month they were created in, the sub-total row of this month opens all of them. A sum of a
 * text is refused on that column's aggregate. The report
 * is saved shared with a role, found in the list of reports and opened again with its share, and a contact of its drill-down opens on
 * the contacts' screen. The accounts module's dashboard shows this month's new contacts as a figure
 * and per month as a chart whose bar opens them. A dashboard made in the editor over the module's
 * reports is refused on the fields named first, then saved with a figure and a chart, shown,
 * reopened as saved and deleted. A saved grouped report is exported to Excel: its progress window
 * ends offering the file, which downloads as a spreadsheet and is listed among the user's exports;
 * the report is then scheduled weekly, refused first on the report left out.
 */
public class ReportBuilderBrowserIT {
    private static final String EXPERT = "کارشناس";
    private static final String MANAGER = "مدیر";
    private static final String CHART = "#report-chart canvas";

    @ClassRule
    public static final PaxExamServer SERVER = new PaxExamServer(ReportBuilderBrowserIT.class);

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Test
    public void buildAGroupedChartDrillDownAndSave() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("the accounts module", 180_000, () -> admin.get("/api/v1/contacts/count").status() == 200);
        String token = Integer.toString(100000 + new Random().nextInt(900000));
        String family = "گزارشی" + token;
        Map<String, String> contacts = Map.of("علی", EXPERT, "مریم", EXPERT, "رضا", EXPERT, "سارا", MANAGER, "نیما", MANAGER);
        addContacts(admin, family, contacts);
        String title = "کارشناسان و مدیران " + token;

        try (Browser browser = new Browser()) {
            signIn(browser);
            designJobTitlesOf(browser, family);
            browser.waitForText("#report-result", "۳");
            browser.waitForText("#report-result", "۲");
            assertTrue("a bar chart unless told otherwise", browser.element("#report-chart-type input").getAttribute("value").contains("میله"));
            browser.element(CHART);
            assertEquals("a bar per job title, in the database's order", Set.of(EXPERT, MANAGER), Set.copyOf(labels(browser)));
            assertTrue("the canvas is drawn", ((Number) browser.script(
                    "var c = arguments[0]; return c.width * c.height;", browser.element(CHART))).longValue() > 0);
            assertEquals("the category axis runs from the right", Boolean.TRUE,
                    browser.script("return Chart.getChart(arguments[0]).options.scales.x.reverse;", browser.element(CHART)));
            browser.screenshot("60-report-builder-bar-chart");

            // one bar: exactly that group's contacts
            clickBar(browser, labels(browser).indexOf(MANAGER));
            browser.element("#report-drill #report-drill-grid");
            browser.waitForText("#report-drill-total", "۲");
            browser.screenshot("61-report-drill-down-from-a-bar");
            String managers = browser.element("#report-drill-grid").getText();
            assertTrue(managers, managers.contains("سارا") && managers.contains("نیما"));
            assertFalse("no other group's contact: " + managers, managers.contains("علی") || managers.contains("مریم") || managers.contains("رضا"));
            browser.click("#report-drill .v-window-closebox");
            browser.waitUntilGone("#report-drill");

            // grouped by the Jalali month they were created in: this month's sub-total holds them all
            browser.pick("#report-groups-0-field", "زمان ایجاد");
            browser.waitForText("#report-result", "۵");
            assertTrue("a Jalali month by its name", browser.element("#report-group-0-bucket input").getAttribute("value").contains("ماه"));
            browser.screenshot("62-report-builder-by-jalali-month");
            browser.clickContaining("#report-result td", "۵");
            browser.waitForText("#report-drill-total", "۵");
            String all = browser.element("#report-drill-grid").getText();
            for (String first : contacts.keySet()) {
                assertTrue(first + " was created this month", all.contains(first));
            }
            browser.click("#report-drill .v-window-closebox");
            browser.waitUntilGone("#report-drill");

            // what the kernel refuses is marked on the part it names, and goes with it
            browser.click("#report-columns-add");
            browser.pick("#report-columns-1-field", "نام خانوادگی");
            browser.pick("#report-columns-1-aggregate", "جمع");
            browser.waitForText("#report-errors", "عدد نیست");
            browser.element("#report-columns-1-aggregate.v-filterselect-error");
            browser.screenshot("63-report-builder-refused-part");
            browser.click("#report-column-1-remove");
            browser.waitUntilGone("#report-errors");
            browser.waitForText("#report-result", "۵");

            // a row dragged by its grip onto another takes its place
            browser.click("#report-columns-add");
            browser.pick("#report-columns-1-field", "نام خانوادگی");
            browser.pick("#report-columns-1-aggregate", "تعداد");
            browser.drag("#report-column-1 .crm-report-grip", "#report-column-0");
            awaitValue(browser, "#report-columns-0-field input", "نام خانوادگی");
            browser.click("#report-column-0-remove");
            browser.waitForText("#report-result", "۵");

            browser.click("#report-save");
            browser.type("#report-save-title-fa", title);
            browser.clickContaining("#report-share-kind label", "نقش");
            browser.settle();
            browser.pick("#report-share-role", "staff");
            browser.click("#report-share-add");
            browser.waitForText("#report-shares", "staff");
            browser.screenshot("64-report-save-shared-with-a-role");
            browser.click("#report-save-confirm");
            browser.waitForText(".v-Notification", "ذخیره شد");
            browser.waitForText("#report-heading", title);
            browser.click("#report-back");
            browser.waitForText("#reports-grid", title);
            browser.screenshot("65-reports-list");

            // the saved report opens as it was designed; a record of its drill-down opens on its own screen
            browser.clickContaining("#reports-grid td", title);
            browser.click("#reports-open");
            browser.waitForText("#report-heading", title);
            browser.click("#report-save");
            browser.waitForText("#report-shares", "staff");
            browser.click("#report-save-cancel");
            browser.waitUntilGone("#report-save-dialog");
            browser.waitForText("#report-result", "۵");
            browser.clickContaining("#report-result td", "۵");
            browser.waitForText("#report-drill-total", "۵");
            browser.doubleClickContaining("#report-drill-grid td", "سارا");
            browser.element("#contact-editor");
            assertEquals("سارا", browser.element("#field-firstName").getAttribute("value"));
            assertEquals(family, browser.element("#field-lastName").getAttribute("value"));
            browser.screenshot("66-report-record-opened-from-the-drill-down");
        }
    }

    @Test
    public void theDashboardShowsAFigureAndAChartThatDrillsDown() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("the accounts module", 180_000, () -> admin.get("/api/v1/contacts/count").status() == 200);
        String family = "داشبوردی" + (100000 + new Random().nextInt(900000));
        for (String first : List.of("پرویز", "ژاله", "کاوه")) {
            assertEquals(201, admin.post("/api/v1/contacts", "{\"firstName\":\"" + first + "\",\"lastName\":\"" + family + "\"}").status());
        }
        long thisMonth = admin.get("/api/v1/reports/definitions/accounts.newContactsThisMonth/figure").json().get("value").asLong();
        assertTrue("the three just made count: " + thisMonth, thisMonth >= 3);
        String chart = "#dashboard-chart-1 canvas";

        try (Browser browser = new Browser()) {
            signIn(browser);
            browser.click("#menu-dashboards");
            browser.element("#view-dashboards #dashboard-grid");
            browser.waitForText("#dashboard-kpi-0", persian(thisMonth));
            assertTrue("the accounts module's dashboard, the only one",
                    browser.element("#dashboard-pick input").getAttribute("value").contains("نمای مشتریان"));
            browser.element(chart);
            assertTrue("the chart is drawn", ((Number) browser.script("var c = arguments[0]; return c.width * c.height;",
                    browser.element(chart))).longValue() > 0);
            browser.element("#dashboard-list-3");
            browser.screenshot("67-dashboard");

            // this month's bar, the last one, opens this month's contacts
            clickBar(browser, chart, labels(browser, chart).size() - 1);
            browser.waitForText("#report-drill-total", persian(thisMonth));
            assertTrue(browser.element("#report-drill-grid").getText().contains("ژاله"));
            browser.screenshot("68-dashboard-drill-down");
        }
    }

    @Test
    public void exportAGroupedReportToExcelAndScheduleIt() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("the accounts module", 180_000, () -> admin.get("/api/v1/contacts/count").status() == 200);
        String token = Integer.toString(100000 + new Random().nextInt(900000));
        String family = "خروجی" + token;
        addContacts(admin, family, Map.of("بهرام", EXPERT, "شیرین", EXPERT, "فرهاد", MANAGER));
        String title = "سمت‌ها برای خروجی " + token;

        try (Browser browser = new Browser()) {
            signIn(browser);
            designJobTitlesOf(browser, family);
            browser.click("#report-save");
            browser.type("#report-save-title-fa", title);
            browser.click("#report-save-confirm");
            browser.waitForText("#report-heading", title);

            // the whole grouped result, one row per job title, written in the background and offered once done
            browser.click("#report-export-xlsx");
            browser.waitForText("#report-export .v-window-header", title);
            browser.element("#report-export-download");
            browser.waitForText("#report-export-status", "۲ ردیف");
            assertTrue("nothing left to stop", browser.absent("#report-export-stop"));
            browser.screenshot("72-report-export-done");
            browser.click("#report-export-download");
            List<Object> file = downloaded(browser);
            assertEquals(file.toString(), 200L, ((Number) file.get(0)).longValue());
            String disposition = String.valueOf(file.get(1));
            assertTrue("saved as an Excel file: " + file, disposition.startsWith("attachment") && disposition.contains(".xlsx"));
            assertEquals("an Excel file is a zip", "PK", file.get(2));
            browser.click("#report-export-close");
            browser.waitUntilGone("#report-export");

            // among the user's exports: ready, Excel, its size, and downloadable again
            browser.click("#menu-exports");
            browser.waitForText("#exports-grid", title);
            browser.clickContaining("#exports-grid td", title);
            String row = browser.element("#exports-grid tr.v-grid-row-selected").getText();
            assertTrue(row, row.contains("آماده") && row.contains("اکسل") && row.contains("۲ ردیف") && row.contains("کیلوبایت"));
            browser.screenshot("73-exports-list");

            // a schedule is refused without its report, on that field, then made weekly from Saturday
            browser.click("#schedules-add");
            browser.click("#schedule-save");
            browser.element("#schedule-report.v-filterselect-error");
            browser.pick("#schedule-report", title);
            browser.pick("#schedule-frequency", "هفتگی");
            browser.click("#schedule-save");
            browser.waitUntilGone("#schedule-dialog");
            browser.waitForText("#schedules-grid", title);
            browser.waitForText("#schedules-grid", "هر شنبه ساعت ۰۸:۰۰");
            browser.screenshot("74-report-schedules");
        }
        assertTrue("the schedule is the user's", admin.get("/api/v1/reports/schedules").json().toString().contains("\"WEEKLY\""));
    }

    /**
     * What the download button fetched: its status, how it is saved and its first two bytes, read again in the
     * page from the address Vaadin's downloader gave its hidden frame.
     */
    @SuppressWarnings("unchecked")
    private static List<Object> downloaded(Browser browser) {
        String frame = "iframe[src*='/dl/']";
        Await.until("the download's frame", 30_000, () -> !browser.absent(frame));
        return (List<Object>) browser.script("return fetch(document.querySelector(arguments[0]).src).then(r => r.arrayBuffer().then(b => "
                + "[r.status, r.headers.get('Content-Disposition'), String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 2)))]));", frame);
    }

    private static String persian(long number) {
        StringBuilder digits = new StringBuilder();
        for (char c : Long.toString(number).toCharArray()) {
            digits.append((char) ('۰' + (c - '0')));
        }
        return digits.toString();
    }

    private static List<String> labels(Browser browser) {
        return labels(browser, CHART);
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Browser browser, String canvas) {
        return (List<String>) browser.script("return Chart.getChart(arguments[0]).data.labels;", browser.element(canvas));
    }

    private static void clickBar(Browser browser, int index) {
        clickBar(browser, CHART, index);
    }

    /** Clicks the middle of a bar where Chart.js drew it. */
    @SuppressWarnings("unchecked")
    private static void clickBar(Browser browser, String canvas, int index) {
        Map<String, Number> centre = (Map<String, Number>) browser.script(
                "var p = Chart.getChart(arguments[0]).getDatasetMeta(0).data[arguments[1]].getCenterPoint(); return {x: p.x, y: p.y};",
                browser.element(canvas), index);
        browser.clickAt(canvas, centre.get("x").intValue(), centre.get("y").intValue());
        browser.settle();
    }

    private static void signIn(Browser browser) {
        browser.open("/crm/");
        browser.type("#login-username", PeyvandContainer.USER);
        browser.type("#login-password", PeyvandContainer.PASSWORD);
        browser.click("#login-submit");
        browser.waitForText("#menu-reports", "گزارش‌ها");
    }

    @Test
    public void aDashboardIsMadeWithAFigureAndAChartSeenAndDeleted() throws Exception {
        PeyvandContainer.awaitWorkspace();
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("the accounts module", 180_000, () -> admin.get("/api/v1/contacts/count").status() == 200);
        assertEquals(201, admin.post("/api/v1/contacts", "{\"firstName\":\"بهرام\",\"lastName\":\"تابلویی\"}").status());
        long thisMonth = admin.get("/api/v1/reports/definitions/accounts.newContactsThisMonth/figure").json().get("value").asLong();
        String title = "داشبورد فروش " + (100000 + new Random().nextInt(900000));

        try (Browser browser = new Browser()) {
            signIn(browser);
            browser.click("#menu-dashboards");
            browser.element("#view-dashboards #dashboard-grid");
            assertTrue("the module's dashboard is not the user's to change", browser.absent("#dashboard-edit") && browser.absent("#dashboard-delete"));
            browser.click("#dashboard-new");
            browser.element("#dashboard-editor");

            // the chart first, then a figure moved above it
            browser.click("#dashboard-edit-widget-add");
            browser.pick("#dashboard-edit-widget-0-report", "مخاطبان تازهٔ هر ماه");
            browser.pick("#dashboard-edit-widget-0-width", "۳");
            browser.click("#dashboard-edit-widget-add");
            browser.pick("#dashboard-edit-widget-1-report", "مخاطبان تازهٔ هر ماه");
            browser.pick("#dashboard-edit-widget-1-kind", "شاخص");

            // what the service refuses is marked on the field it names: no title, a figure of a report per month
            browser.click("#dashboard-edit-save");
            browser.waitForText("#dashboard-edit-refusals", "یک عدد نیست");
            browser.element("#dashboard-edit-title-fa.v-textfield-error");
            browser.element("#dashboard-edit-widget-1-kind.v-filterselect-error");
            assertTrue("the chart's row is not marked", browser.absent("#dashboard-edit-widget-0-kind.v-filterselect-error"));
            browser.screenshot("69-dashboard-editor-refused");

            browser.pick("#dashboard-edit-widget-1-report", "مخاطبان تازهٔ این ماه");
            browser.pick("#dashboard-edit-widget-1-width", "۱");
            browser.click("#dashboard-edit-widget-1-up");
            awaitValue(browser, "#dashboard-edit-widget-0-kind input", "شاخص");
            awaitValue(browser, "#dashboard-edit-widget-1-width input", "۳");
            browser.type("#dashboard-edit-title-fa", title);
            browser.clickContaining("#report-share-kind label", "نقش");
            browser.settle();
            browser.pick("#report-share-role", "staff");
            browser.click("#report-share-add");
            browser.waitForText("#report-shares", "staff");
            browser.screenshot("70-dashboard-editor");
            browser.click("#dashboard-edit-save");
            browser.waitForText(".v-Notification", "ذخیره شد");
            browser.waitUntilGone("#dashboard-editor");

            // the saved dashboard is shown: the figure, then the chart three columns wide beside it
            awaitValue(browser, "#dashboard-pick input", title);
            browser.waitForText("#dashboard-kpi-0", persian(thisMonth));
            String chart = "#dashboard-chart-1 canvas";
            assertTrue("the chart is drawn", ((Number) browser.script("var c = arguments[0]; return c.width * c.height;",
                    browser.element(chart))).longValue() > 0);
            browser.element("#dashboard-widget-0.crm-dashboard-span-1");
            browser.element("#dashboard-widget-1.crm-dashboard-span-3");
            assertTrue("two widgets", browser.absent("#dashboard-widget-2"));
            browser.screenshot("71-dashboard-made-in-the-editor");

            // it opens again as saved
            browser.click("#dashboard-edit");
            awaitValue(browser, "#dashboard-edit-title-fa", title);
            browser.waitForText("#report-shares", "staff");
            assertTrue(browser.element("#dashboard-edit-widget-1-report input").getAttribute("value").contains("مخاطبان تازهٔ هر ماه"));
            browser.click("#dashboard-edit-cancel");
            browser.waitUntilGone("#dashboard-editor");

            browser.click("#dashboard-delete");
            browser.click("#confirm-yes");
            browser.waitForText(".v-Notification", "حذف شد");
            awaitValue(browser, "#dashboard-pick input", "نمای مشتریان");
            assertFalse("gone for good", admin.get("/api/v1/dashboards").body().contains(title));
        }
    }

    /** Waits until an input shows {@code text}: a combo box's choice or a field's value. */
    /** People of one family name, each with the job title given for their first name. */
    private static void addContacts(RestClient admin, String family, Map<String, String> jobs) {
        jobs.forEach((first, job) -> assertEquals(201, admin.post("/api/v1/contacts", "{\"firstName\":\"" + first + "\",\"lastName\":\""
                + family + "\",\"jobTitle\":\"" + job + "\"}").status()));
    }

    /** A new report counting the people of one family by job title, shown once its result has the managers. */
    private static void designJobTitlesOf(Browser browser, String family) {
        browser.click("#menu-reports");
        browser.element("#view-reports #reports-grid");
        browser.click("#reports-new");
        browser.pick("#report-type", "فرد");
        // a new design counts the records at once
        browser.waitForText("#report-result", "تعداد");
        browser.click("#report-groups-add");
        browser.pick("#report-groups-0-field", "سمت");
        browser.click("#report-filters-add");
        browser.pick("#report-filters-0-field", "نام خانوادگی");
        browser.pick("#report-filter-0-operator", "دارای");
        browser.typeAndLeave("#report-filter-0-value", family);
        browser.waitForText("#report-result", MANAGER);
    }

    private static void awaitValue(Browser browser, String css, String text) {
        Await.until(css + " showing " + text, 30_000, () -> browser.element(css).getAttribute("value").contains(text));
    }
}
