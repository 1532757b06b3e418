package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.inject.Inject;

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
import org.peyvand.platform.report.ReportService;

import com.fasterxml.jackson.databind.JsonNode;

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
        String role = "reporter" + tag;
        assertEquals(201, admin.post("/api/v1/roles", "{\"name\":\"" + role + "\",\"labelFa\":\"گزارش‌گیر\"}").status());
        for (String permission : List.of("accounts.account.read", "accounts.account.create", "platform.report.read")) {
            assertEquals(200, admin.put("/api/v1/roles/" + role + "/permissions/" + permission, "").status());
        }
        assertEquals(200, admin.put("/api/v1/roles/" + role + "/scopes/accounts.account", "{\"level\":\"OWN\"}").status());
        assertEquals(200, admin.put("/api/v1/roles/" + role + "/fields/accounts.account/industry", "{\"access\":\"HIDDEN\"}").status());
        String name = "r" + tag;
        assertEquals(201, admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"گزارش‌گیر\",\"password\":\""
                + SECRET + "\",\"roles\":[\"" + role + "\"]}").status());
        RestClient reader = RestClient.as(name, SECRET);
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
            row.forEach(cell -> cells.add(cell.isNumber() ? (Object) cell.asInt() : cell.asText()));
            rows.add(cells);
        }
        return rows;
    }

    private static void account(RestClient who, String name, String industry) {
        RestClient.Reply created = who.post("/api/v1/accounts?confirmDuplicates=true", "{\"name\":\"" + name + "\""
                + (industry == null ? "" : ",\"industry\":\"" + industry + "\"") + "}");
        assertEquals(created.body(), 201, created.status());
    }
}
