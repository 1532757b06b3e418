package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.form.RecordDayCounts;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;

/**
 * Reports in the running container, over the accounts module's organisations: grouped counts by a
 * field and by Jalali month in one query, a user whose record scope and field rules narrow the
 * same report, the shell, and refusals that name what is wrong.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReportsIT {
    private static final String SECRET = "report-secret-2026";
    private final RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
    private final Random random = new Random();

    @Inject
    @Filter(timeout = 180_000)
    ReportService reports;

    @Inject
    @Filter(timeout = 120_000)
    SessionFactory sessions;

    /** Offered once the form kernel's daily counts hold every record. */
    @Inject
    @Filter(timeout = 120_000)
    RecordDayCounts dayCounts;

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Before
    public void ready() {
        PeyvandContainer.ensureAdministrator();
        Await.until("reports over accounts", 180_000, () -> admin.get("/api/v1/reports/types").status() == 200
                && admin.get("/api/v1/reports/types").body().contains("\"accounts.account\"") && admin.get("/api/v1/accounts/count").status() == 200);
    }

    @Test
    public void organisationsCountByIndustryAndByJalaliMonthWithinTheCallersScope() throws Exception {
        String tag = Integer.toString(100_000 + random.nextInt(900_000));
        String petrochemical = "پتروشیمی " + tag;
        String steel = "فولاد " + tag;
        account(admin, "مارون " + tag, petrochemical);
        account(admin, "جم " + tag, petrochemical);
        account(admin, "مبارکه " + tag, steel);

        JsonNode byIndustry = run(admin, """
                {"recordType": "accounts.account", "groups": [{"field": "industry"}], "columns": [{"aggregate": "COUNT"}],
                 "filters": [{"field": "industry", "operator": "IN", "values": ["%s", "%s"]}], "sorts": [{"column": 1, "descending": true}]}
                """.formatted(petrochemical, steel));
        assertEquals(byIndustry.toString(), List.of(List.of(petrochemical, 2), List.of(steel, 1)), rows(byIndustry));
        assertEquals("industry", byIndustry.get("columns").get(0).get("field").asText());

        JsonNode byMonth = run(admin, """
                {"recordType": "accounts.account", "groups": [{"field": "createdAt", "bucket": "JALALI_MONTH"}],
                 "columns": [{"aggregate": "COUNT"}, {"field": "name", "aggregate": "COUNT_DISTINCT"}],
                 "filters": [{"field": "createdAt", "operator": "IN_PERIOD", "period": {"kind": "THIS_MONTH"}},
                             {"field": "industry", "operator": "CONTAINS", "values": ["%s"]}]}
                """.formatted(tag));
        JalaliDate today = JalaliDate.from(LocalDate.now(ZoneId.of("Asia/Tehran")));
        String firstOfMonth = JalaliDate.of(today.year(), today.month(), 1).toLocalDate().toString();
        assertEquals(byMonth.toString(), List.of(List.of(firstOfMonth, 3, 3)), rows(byMonth));

        // a reader of their own organisations, from whom the industry is hidden
        String name = "r" + tag;
        RestClient reader = userWithRole("reporter" + tag, name, "گزارش‌گیر",
                List.of("accounts.account.read", "accounts.account.create", "platform.report.read"), Map.of("accounts.account", "OWN"), "industry");
        // the industry is hidden from the reader, who can neither set nor see it
        account(reader, "تبریز " + tag, null);

        JsonNode mine = run(reader, """
                {"recordType": "accounts.account", "groups": [{"field": "industry"}, {"field": "owner"}], "columns": [{"aggregate": "COUNT"}],
                 "filters": [{"field": "name", "operator": "CONTAINS", "values": ["%s"]}]}
                """.formatted(tag));
        assertEquals(mine.toString(), List.of(List.of(name, 1)), rows(mine));
        assertEquals("the hidden field is left out and named", "industry", mine.get("missingFields").get(0).asText());
        assertEquals(4, rows(run(admin, """
                {"recordType": "accounts.account", "columns": [{"field": "name"}], "filters": [{"field": "name", "operator": "CONTAINS", "values": ["%s"]}]}
                """.formatted(tag))).size());

        String printed = new ShellRunner(sessions).run("crm:report-run -g industry -c count -f \"industry:IN:" + steel + "\" accounts.account");
        assertTrue(printed, printed.contains(steel) && printed.contains("1"));
    }

    @Test
    public void contactsCountByTheirOrganisationsIndustryWithinTheCallersScopeOfOrganisations() {
        String tag = Integer.toString(100_000 + random.nextInt(900_000));
        String gas = "گاز " + tag;
        long pars = accountId(admin, "پارس " + tag, gas);
        long kangan = accountId(admin, "کنگان " + tag, gas);
        for (long account : List.of(pars, pars, kangan)) {
            assertEquals(201, admin.post("/api/v1/contacts", "{\"firstName\":\"نیما\",\"lastName\":\"" + tag + "\",\"accountId\":" + account + "}")
                    .status());
        }
        assertEquals(201, admin.post("/api/v1/contacts", "{\"firstName\":\"بی‌حساب\",\"lastName\":\"" + tag + "\"}").status());
        String byIndustry = """
                {"recordType": "accounts.contact", "groups": [{"field": "accountId.industry"}], "columns": [{"aggregate": "COUNT"}],
                 "filters": [{"field": "lastName", "operator": "EQUALS", "values": ["%s"]}]}
                """.formatted(tag);

        JsonNode all = run(admin, byIndustry);
        assertEquals(all.toString(), List.of(List.of(gas, 3), Arrays.asList(null, 1)), rows(all));
        assertEquals("حساب › صنعت", all.get("columns").get(0).get("label").get("fa").asText());

        // a reader of every contact but only of their own organisations: the industries of others' stay empty
        RestClient reader = userWithRole("linked" + tag, "l" + tag, "خواننده", List.of("accounts.contact.read", "accounts.account.read",
                "platform.report.read"), Map.of("accounts.contact", "ALL", "accounts.account", "OWN"));
        JsonNode theirs = run(reader, byIndustry);
        assertEquals(theirs.toString(), List.of(Arrays.asList(null, 4)), rows(theirs));
    }

    @Test
    public void badDefinitionsAreRefusedByName() {
        RestClient.Reply unknown = admin.post("/api/v1/reports/run", "{\"recordType\": \"nothing.here\", \"columns\": [{\"aggregate\": \"COUNT\"}]}");
        assertEquals(unknown.body(), 404, unknown.status());
        RestClient.Reply bucket = admin.post("/api/v1/reports/run", """
                {"recordType": "accounts.account", "groups": [{"field": "name", "bucket": "JALALI_MONTH"}], "columns": [{"aggregate": "COUNT"}]}
                """);
        assertEquals(bucket.body(), 400, bucket.status());
        assertTrue(bucket.body(), bucket.body().contains("groups[0].bucket"));
        RestClient.Reply sum = admin.post("/api/v1/reports/run", """
                {"recordType": "accounts.account", "groups": [{"field": "industry"}], "columns": [{"field": "name", "aggregate": "SUM"}]}
                """);
        assertEquals(sum.body(), 400, sum.status());
        assertTrue(sum.body(), sum.body().contains("columns[0].aggregate"));
        RestClient.Reply date = admin.post("/api/v1/reports/run", """
                {"recordType": "accounts.account", "columns": [{"aggregate": "COUNT"}],
                 "filters": [{"field": "createdAt", "operator": "GREATER", "values": ["1405/13/40"]}]}
                """);
        assertEquals(date.body(), 400, date.status());
        assertTrue(date.body(), date.body().contains("filters[0].values"));
    }

    @Test
    public void savedReportsAreSharedRunNarrowedAndMovedAsJson() throws Exception {
        String tag = Integer.toString(100_000 + random.nextInt(900_000));
        String industry = "پالایش " + tag;
        account(admin, "بندرعباس " + tag, industry);
        account(admin, "لاوان " + tag, industry);

        JsonNode library = admin.get("/api/v1/reports/definitions").json();
        JsonNode shipped = find(library, "accounts.accountsByIndustry");
        assertEquals("org.peyvand.module.accounts", shipped.get("module").asText());
        assertFalse(shipped.get("editable").asBoolean());
        JsonNode byIndustry = runSaved(admin, "accounts.accountsByIndustry",
                "{\"filters\": [{\"field\": \"industry\", \"operator\": \"EQUALS\", \"values\": [\"" + industry + "\"]}]}");
        assertEquals(byIndustry.toString(), List.of(List.of(industry, 2)), rows(byIndustry));
        assertEquals(400, admin.delete("/api/v1/reports/definitions/accounts.accountsByIndustry").status());

        // a reader who sees only their own organisations and not the industry
        String name = "v" + tag;
        RestClient reader = userWithRole("viewer" + tag, name, "بیننده", List.of("accounts.account.read", "platform.report.read"),
                Map.of("accounts.account", "OWN"), "industry");

        String definition = """
                {"title": {"fa": "سازمان‌های %s"}, "recordType": "accounts.account", "groups": [{"field": "industry"}],
                 "columns": [{"aggregate": "COUNT"}], "filters": [{"field": "name", "operator": "CONTAINS", "values": ["%s"]}], "chart": "BAR"}
                """.formatted(tag, tag);
        RestClient.Reply saved = admin.post("/api/v1/reports/definitions", "{\"definition\": " + definition
                + ", \"shares\": [{\"kind\": \"USER\", \"id\": \"" + name + "\"}]}");
        assertEquals(saved.body(), 201, saved.status());
        String key = saved.json().get("definition").get("key").asText();
        assertTrue(key, key.startsWith("report."));
        RestClient.Reply untitled = admin.post("/api/v1/reports/definitions", "{\"definition\": " + definition.replace("\"title\"", "\"x\"") + "}");
        assertEquals(untitled.body(), 400, untitled.status());

        JsonNode seen = find(reader.get("/api/v1/reports/definitions").json(), key);
        assertFalse(seen.get("editable").asBoolean());
        JsonNode readersRun = runSaved(reader, key, "");
        assertFalse("the reader's scope holds none of the admin's organisations", readersRun.toString().contains(tag));
        assertEquals("industry", readersRun.get("missingFields").get(0).asText());
        assertEquals(403, reader.post("/api/v1/reports/definitions", "{\"definition\": " + definition + "}").status());
        assertEquals(403, reader.delete("/api/v1/reports/definitions/" + key).status());

        String listed = new ShellRunner(sessions).run("crm:report-list");
        assertTrue(listed, listed.contains(key) && listed.contains("accounts.contactsPerOwner"));
        String printed = new ShellRunner(sessions).run("crm:report-run " + key);
        assertTrue(printed, printed.contains(industry) && printed.contains("2"));

        RestClient.Reply schedule = admin.post("/api/v1/reports/schedules", """
                {"report": "%s", "format": "XLSX", "frequency": "MONTHLY", "day": 31, "hour": 7}
                """.formatted(key));
        assertEquals(schedule.body(), 201, schedule.status());
        assertTrue(schedule.body(), schedule.json().hasNonNull("nextRun"));
        RestClient.Reply badDay = admin.post("/api/v1/reports/schedules", """
                {"report": "%s", "format": "PDF", "frequency": "WEEKLY", "day": 9, "hour": 7}
                """.formatted(key));
        assertEquals(badDay.body(), 400, badDay.status());
        assertTrue(badDay.body(), badDay.body().contains("\"day\""));
        assertEquals(204, admin.delete("/api/v1/reports/schedules/" + schedule.json().get("id").asLong()).status());

        String exported = admin.get("/api/v1/reports/definitions/export?key=" + key).body();
        assertEquals(204, admin.delete("/api/v1/reports/definitions/" + key).status());
        assertEquals(404, admin.get("/api/v1/reports/definitions/" + key).status());
        RestClient.Reply imported = admin.post("/api/v1/reports/definitions/import", exported);
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(key, imported.json().get(0).get("definition").get("key").asText());
        assertEquals(List.of(List.of(industry, 2)), rows(runSaved(admin, key, "")));
        RestClient.Reply foreign = reader.post("/api/v1/reports/definitions/import", exported);
        assertEquals(foreign.body(), 403, foreign.status());
    }

    @Test
    public void dashboardsShowFiguresAndOpenFirstForTheirRoles() {
        String tag = Integer.toString(100_000 + random.nextInt(900_000));
        JsonNode overview = findDashboard(admin.get("/api/v1/dashboards").json(), "accounts.overview");
        assertEquals(4, overview.get("dashboard").get("widgets").size());
        JsonNode before = admin.get("/api/v1/reports/definitions/accounts.newContactsThisMonth/figure").json();
        assertEquals(201, admin.post("/api/v1/contacts", "{\"firstName\":\"یلدا\",\"lastName\":\"" + tag + "\"}").status());
        JsonNode after = admin.get("/api/v1/reports/definitions/accounts.newContactsThisMonth/figure").json();
        assertEquals(after.toString(), before.get("value").asLong() + 1, after.get("value").asLong());
        assertTrue("compared with last month: " + after, after.has("previous"));
        assertEquals(400, admin.get("/api/v1/reports/definitions/accounts.contactsPerOwner/figure").status());

        String role = "board" + tag;
        String name = "b" + tag;
        RestClient member = userWithRole(role, name, "هیئت", List.of("accounts.contact.read", "platform.report.read"), Map.of());
        assertEquals("no dashboard is theirs yet", 204, member.get("/api/v1/dashboards/home").status());

        RestClient.Reply refused = admin.post("/api/v1/dashboards", """
                {"dashboard": {"title": {"fa": "هیئت %s"}, "widgets": [{"kind": "KPI", "report": "accounts.contactsPerOwner"}]}}
                """.formatted(tag));
        assertEquals(refused.body(), 400, refused.status());
        assertTrue(refused.body(), refused.body().contains("widgets[0].kind"));
        RestClient.Reply saved = admin.post("/api/v1/dashboards", """
                {"dashboard": {"title": {"fa": "هیئت %s"}, "defaultFor": ["%s"],
                 "widgets": [{"kind": "KPI", "report": "accounts.newContactsThisMonth"}, {"kind": "CHART", "report": "accounts.contactsPerOwner", "width": 3}]}}
                """.formatted(tag, role));
        assertEquals(saved.body(), 201, saved.status());
        String key = saved.json().get("dashboard").get("key").asText();
        assertEquals(key, member.get("/api/v1/dashboards/home").json().get("dashboard").get("key").asText());
        assertEquals(200, member.get("/api/v1/reports/definitions/accounts.newContactsThisMonth/figure").status());
        assertEquals(403, member.delete("/api/v1/dashboards/" + key).status());
        assertEquals(204, admin.delete("/api/v1/dashboards/" + key).status());
        assertEquals(204, member.get("/api/v1/dashboards/home").status());
    }

    private static JsonNode findDashboard(JsonNode dashboards, String key) {
        for (JsonNode dashboard : dashboards) {
            if (key.equals(dashboard.get("dashboard").get("key").asText())) {
                return dashboard;
            }
        }
        throw new AssertionError(key + " is not in " + dashboards);
    }

    private static JsonNode find(JsonNode library, String key) {
        for (JsonNode report : library) {
            if (key.equals(report.get("definition").get("key").asText())) {
                return report;
            }
        }
        throw new AssertionError(key + " is not in " + library);
    }

    @Test
    public void designedRecordsCountFromTheirDailyCountsAsFromTheRecordsThemselves() {
        String tag = Integer.toString(100_000 + random.nextInt(900_000));
        String type = "custom.call" + tag;
        RestClient.Reply published = admin.put("/api/v1/forms/" + type, """
                {"key": "%s", "kind": "RECORD_TYPE", "menuSection": "sales", "label": {"fa": "تماس", "en": "Call"},
                 "fields": [{"name": "subject", "type": "TEXT", "label": {"fa": "موضوع", "en": "Subject"}},
                            {"name": "callDate", "type": "DATE", "label": {"fa": "تاریخ تماس", "en": "Call date"}}],
                 "listColumns": ["subject"]}""".formatted(type));
        assertEquals(published.body(), 200, published.status());
        Await.until("the type's permissions", 30_000, () -> admin.get("/api/v1/records/" + type + "/count").status() == 200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
        record(admin, type, today);
        long moved = record(admin, type, today.minusDays(40));
        record(admin, type, null);
        long removed = record(admin, type, today);
        String name = "c" + tag;
        RestClient caller = userWithRole("caller" + tag, name, "تماس‌گیر", List.of(type + ".read", type + ".create", "platform.report.read"),
                Map.of(type, "OWN"));
        record(caller, type, today);
        JsonNode was = admin.get("/api/v1/records/" + type + "/" + moved).json();
        assertEquals(200, admin.put("/api/v1/records/" + type + "/" + moved, "{\"version\":" + was.get("version").asLong()
                + ",\"values\":{\"callDate\":\"" + JalaliDate.from(today.minusDays(3)) + "\"}}").status());
        assertEquals(204, admin.delete("/api/v1/records/" + type + "/" + removed).status());

        // the same report counted from the daily counts (COUNT) and from the records (COUNT of ids)
        String perOwnerAndMonth = """
                {"recordType": "%s", "groups": [{"field": "owner"}, {"field": "createdAt", "bucket": "JALALI_MONTH"}], "columns": [{%s}],
                 "filters": [{"field": "createdAt", "operator": "IN_PERIOD", "period": {"kind": "LAST_DAYS", "days": 30}}]}""";
        String month = JalaliDate.of(JalaliDate.from(today).year(), JalaliDate.from(today).month(), 1).toLocalDate().toString();
        // owners in order: "c…" before the administrator "itest"
        List<List<Object>> expected = List.of(List.of(name, month, 1), List.of(PeyvandContainer.USER, month, 3));
        assertEquals(expected, rows(run(admin, perOwnerAndMonth.formatted(type, "\"aggregate\": \"COUNT\""))));
        assertEquals(expected, rows(run(admin, perOwnerAndMonth.formatted(type, "\"field\": \"id\", \"aggregate\": \"COUNT\""))));
        assertEquals("within the caller's scope", List.of(List.of(name, month, 1)),
                rows(run(caller, perOwnerAndMonth.formatted(type, "\"aggregate\": \"COUNT\""))));

        String perCallDay = """
                {"recordType": "%s", "groups": [{"field": "callDate", "bucket": "DAY"}], "columns": [{%s}],
                 "filters": [{"field": "callDate", "operator": "IN_PERIOD", "period": {"kind": "LAST_DAYS", "days": 60}}]}""";
        List<List<Object>> perDay = List.of(List.of(today.minusDays(3).toString(), 1), List.of(today.toString(), 2));
        assertEquals(perDay, rows(run(admin, perCallDay.formatted(type, "\"aggregate\": \"COUNT\""))));
        assertEquals(perDay, rows(run(admin, perCallDay.formatted(type, "\"field\": \"id\", \"aggregate\": \"COUNT\""))));
    }

    private static long record(RestClient who, String type, LocalDate callDate) {
        RestClient.Reply created = who.post("/api/v1/records/" + type, "{\"values\":{\"subject\":\"تماس\""
                + (callDate == null ? "" : ",\"callDate\":\"" + JalaliDate.from(callDate) + "\"") + "}}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private static JsonNode runSaved(RestClient who, String key, String parameters) {
        RestClient.Reply reply = who.post("/api/v1/reports/definitions/" + key + "/run", parameters.isEmpty() ? "{}" : parameters);
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }

    private JsonNode run(RestClient who, String definition) {
        RestClient.Reply reply = who.post("/api/v1/reports/run", definition);
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }

    /** The rows as plain values: texts, and whole numbers as integers. */
    private static List<List<Object>> rows(JsonNode result) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode row : result.get("rows")) {
            List<Object> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell.isNull() ? null : cell.isNumber() ? (Object) cell.asInt() : cell.asText()));
            rows.add(cells);
        }
        return rows;
    }

    /**
     * A user whose one role, made for them, grants {@code permissions}, the record scopes given by
     * record type, and hides {@code hiddenAccountFields} of organisations; signed in over REST.
     */
    private RestClient userWithRole(String role, String name, String label, List<String> permissions, Map<String, String> scopes,
            String... hiddenAccountFields) {
        assertEquals(201, admin.post("/api/v1/roles", "{\"name\":\"" + role + "\",\"labelFa\":\"" + label + "\"}").status());
        for (String permission : permissions) {
            assertEquals(200, admin.put("/api/v1/roles/" + role + "/permissions/" + permission, "").status());
        }
        scopes.forEach((type, level) -> assertEquals(200,
                admin.put("/api/v1/roles/" + role + "/scopes/" + type, "{\"level\":\"" + level + "\"}").status()));
        for (String field : hiddenAccountFields) {
            assertEquals(200, admin.put("/api/v1/roles/" + role + "/fields/accounts.account/" + field, "{\"access\":\"HIDDEN\"}").status());
        }
        assertEquals(201, admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"" + label + "\",\"password\":\""
                + SECRET + "\",\"roles\":[\"" + role + "\"]}").status());
        return RestClient.as(name, SECRET);
    }

    private static void account(RestClient who, String name, String industry) {
        accountId(who, name, industry);
    }

    private static long accountId(RestClient who, String name, String industry) {
        RestClient.Reply created = who.post("/api/v1/accounts?confirmDuplicates=true", "{\"name\":\"" + name + "\""
                + (industry == null ? "" : ",\"industry\":\"" + industry + "\"") + "}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }
}
