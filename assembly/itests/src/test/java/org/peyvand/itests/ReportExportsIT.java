package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;

/**
 * Exports of a report over the accounts module's contacts in the running container: Excel and PDF
 * through REST in Persian, a user from whom a field is hidden getting a file without its column, a
 * user without the export permission refused, a list's search exported within the caller's record
 * scope, a cancel, and the shell writing a file. The workbook
 * is read as the zip of XML it is, since the test runs inside the container without POI.
 */
public class ReportExportsIT extends CrmInContainer {
    private static final String SECRET = "export-secret-2026";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    @Filter(timeout = 180_000)
    ReportExports exports;

    @Before
    public void ready() throws Exception {
        Await.until("reports over contacts", 180_000, () -> admin.get("/api/v1/reports/types").status() == 200
                && admin.get("/api/v1/reports/types").body().contains("\"accounts.contact\""));
    }

    @Test
    public void contactsExportToExcelAndPdfWithinTheCallersFieldRules() throws Exception {
        String tag = Integer.toString(100_000 + random.nextInt(900_000));
        for (String first : List.of("سارا", "رضا", "مریم")) {
            RestClient.Reply created = admin.post("/api/v1/contacts", "{\"firstName\":\"" + first + "\",\"lastName\":\"یزدانی" + tag
                    + "\",\"nationalCode\":\"" + TestData.nationalCode(random) + "\",\"birthDate\":\"1991-03-21\"}");
            assertEquals(created.body(), 201, created.status());
        }
        String definition = """
                {"recordType": "accounts.contact", "title": {"fa": "مخاطبان %s", "en": "Contacts %s"},
                 "columns": [{"field": "firstName"}, {"field": "lastName"}, {"field": "nationalCode"}, {"field": "birthDate"}],
                 "filters": [{"field": "lastName", "operator": "CONTAINS", "values": ["%s"]}]}
                """.formatted(tag, tag, tag);
        RestClient persian = admin.inLanguage("fa");

        JsonNode excel = finished(persian, start(persian, definition, "XLSX"));
        assertEquals(excel.toString(), "DONE", excel.get("state").asText());
        assertEquals(3, excel.get("rowsWritten").asInt());
        assertEquals(3, excel.get("rowsExpected").asInt());
        RestClient.Download workbook = persian.download("/api/v1/reports/exports/" + excel.get("id").asText() + "/file");
        assertEquals(200, workbook.status());
        assertTrue(workbook.contentType(), workbook.contentType().startsWith(XLSX));
        assertTrue(workbook.disposition(), workbook.disposition().contains("filename*=UTF-8''"));
        String sheet = sheet(workbook.body());
        assertTrue("a right-to-left sheet: " + sheet, sheet.matches("(?s).*rightToLeft=\"(1|true)\".*"));
        assertTrue(sheet, sheet.contains("کد ملی") && sheet.contains("یزدانی" + tag) && sheet.contains("مریم"));
        assertTrue("the birth date in Jalali: " + sheet, sheet.contains("۱۳۷۰/۰۱/۰۱"));

        JsonNode pdf = finished(persian, start(persian, definition, "PDF"));
        assertEquals(pdf.toString(), "DONE", pdf.get("state").asText());
        RestClient.Download document = persian.download("/api/v1/reports/exports/" + pdf.get("id").asText() + "/file");
        assertEquals("application/pdf", document.contentType());
        assertEquals("%PDF", new String(document.body(), 0, 4, StandardCharsets.ISO_8859_1));
        String mine = persian.get("/api/v1/reports/exports").body();
        assertTrue(mine, mine.contains(excel.get("id").asText()) && mine.contains(pdf.get("id").asText()));

        // an exporter from whom the national code is hidden
        RestClient reader = user(tag, "exporter", List.of("accounts.contact.read", "platform.report.read", "platform.report.export"), true);
        JsonNode narrowed = finished(reader, start(reader, definition, "XLSX"));
        assertEquals(narrowed.toString(), "DONE", narrowed.get("state").asText());
        assertEquals(3, narrowed.get("rowsWritten").asInt());
        String readersSheet = sheet(reader.download("/api/v1/reports/exports/" + narrowed.get("id").asText() + "/file").body());
        assertTrue(readersSheet, readersSheet.contains("Last name") && readersSheet.contains("یزدانی" + tag));
        assertFalse("no column of the hidden field: " + readersSheet, readersSheet.contains("National code"));
        assertEquals("another's export is not found", 404, reader.get("/api/v1/reports/exports/" + excel.get("id").asText()).status());
        assertEquals(404, reader.download("/api/v1/reports/exports/" + excel.get("id").asText() + "/file").status());

        RestClient viewer = user(tag, "viewer", List.of("accounts.contact.read", "platform.report.read"), false);
        RestClient.Reply refused = viewer.post("/api/v1/reports/exports", "{\"definition\": " + definition + ", \"format\": \"PDF\"}");
        assertEquals(refused.body(), 403, refused.status());
        assertTrue(refused.body(), refused.body().contains("platform.report.export"));
    }

    @Test
    public void aListsSearchTypedOnAnArabicKeyboardExportsOnlyTheContactsItFindsInTheCallersScope() throws Exception {
        String tag = Integer.toString(100_000 + random.nextInt(900_000));
        String role = "own" + tag;
        assertEquals(201, admin.post("/api/v1/roles", "{\"name\":\"" + role + "\",\"labelFa\":\"خودی\"}").status());
        for (String permission : List.of("accounts.contact.read", "accounts.contact.create", "platform.report.read", "platform.report.export")) {
            assertEquals(200, admin.put("/api/v1/roles/" + role + "/permissions/" + permission, "").status());
        }
        assertEquals(200, admin.put("/api/v1/roles/" + role + "/scopes/accounts.contact", "{\"level\":\"OWN\"}").status());
        String name = "o" + tag;
        assertEquals(201, admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"خودی\",\"password\":\""
                + SECRET + "\",\"roles\":[\"" + role + "\"]}").status());
        RestClient own = RestClient.as(name, SECRET).inLanguage("fa");
        // the tag in the job title, a word of its own the list's search finds
        createContact(own, "علی", "کریمی", tag);
        createContact(own, "مریم", "کریمی", tag);
        createContact(admin, "علی", "کریمی", tag);
        // Arabic yeh and kaf, Arabic-Indic digits, and the start of a word only
        String typed = "علي كريم " + arabicDigits(tag);
        String definition = """
                {"recordType": "accounts.contact", "title": {"fa": "افراد", "en": "Contacts"},
                 "columns": [{"field": "firstName"}, {"field": "lastName"}, {"field": "jobTitle"}],
                 "filters": [{"operator": "SEARCH", "values": ["%s"]}]}
                """.formatted(typed);

        JsonNode mine = finished(own, start(own, definition, "XLSX"));
        assertEquals(mine.toString(), "DONE", mine.get("state").asText());
        assertEquals("only the caller's own Ali Karimi", 1, mine.get("rowsWritten").asInt());
        String sheet = sheet(own.download("/api/v1/reports/exports/" + mine.get("id").asText() + "/file").body());
        assertTrue(sheet, sheet.contains("علی") && sheet.contains("کریمی") && !sheet.contains("مریم"));

        JsonNode everyone = finished(admin, start(admin, definition, "XLSX"));
        assertEquals("both Ali Karimis for a caller who sees all contacts", 2, everyone.get("rowsWritten").asInt());
    }

    @Test
    public void aCancelledExportLeavesNoFileAndBadDefinitionsAreRefusedByName() {
        String id = start(admin, """
                {"recordType": "accounts.contact", "columns": [{"field": "lastName"}]}
                """, "PDF");
        RestClient.Reply cancelled = admin.delete("/api/v1/reports/exports/" + id);
        assertEquals(cancelled.body(), 204, cancelled.status());
        // cancelled while it ran (it stops at its next row), or removed with its file if it had already finished
        RestClient.Reply[] after = new RestClient.Reply[1];
        Await.until("the cancel", 30_000, () -> {
            after[0] = admin.get("/api/v1/reports/exports/" + id);
            return after[0].status() == 404 || after[0].json().get("state").asText().equals("CANCELLED");
        });
        assertEquals(404, admin.download("/api/v1/reports/exports/" + id + "/file").status());

        RestClient.Reply noColumns = admin.post("/api/v1/reports/exports",
                "{\"definition\": {\"recordType\": \"accounts.contact\", \"columns\": []}, \"format\": \"XLSX\"}");
        assertEquals(noColumns.body(), 400, noColumns.status());
        assertTrue(noColumns.body(), noColumns.body().contains("\"columns\""));
        RestClient.Reply noFormat = admin.post("/api/v1/reports/exports",
                "{\"definition\": {\"recordType\": \"accounts.contact\", \"columns\": [{\"field\": \"lastName\"}]}}");
        assertEquals(noFormat.body(), 400, noFormat.status());
        assertTrue(noFormat.body(), noFormat.body().contains("\"format\""));
    }

    @Test
    public void theShellWritesTheExportToAFile() throws Exception {
        Path target = Files.createTempDirectory("export").resolve("contacts.pdf");
        String printed = new ShellRunner(sessions).run("crm:report-export --format pdf --output " + target + " -c lastName -c firstName accounts.contact");
        assertTrue(printed, printed.contains(target.toString()));
        assertTrue(Files.size(target) > 0);
        assertEquals("%PDF", new String(Files.readAllBytes(target), 0, 4, StandardCharsets.ISO_8859_1));
    }

    private void createContact(RestClient who, String first, String last, String jobTitle) {
        RestClient.Reply created = who.post("/api/v1/contacts", "{\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"jobTitle\":\"" + jobTitle + "\",\"nationalCode\":\"" + TestData.nationalCode(random) + "\"}");
        assertEquals(created.body(), 201, created.status());
    }

    private static String arabicDigits(String latin) {
        StringBuilder digits = new StringBuilder();
        latin.chars().forEach(c -> digits.append((char) ('\u0660' + (c - '0'))));
        return digits.toString();
    }

    private static String start(RestClient who, String definition, String format) {
        RestClient.Reply started = who.post("/api/v1/reports/exports", "{\"definition\": " + definition + ", \"format\": \"" + format + "\"}");
        assertEquals(started.body(), 202, started.status());
        return started.json().get("id").asText();
    }

    private static JsonNode finished(RestClient who, String id) {
        JsonNode[] job = new JsonNode[1];
        Await.until("export " + id, 60_000, () -> {
            job[0] = who.get("/api/v1/reports/exports/" + id).json();
            return List.of("DONE", "FAILED", "CANCELLED").contains(job[0].get("state").asText());
        });
        return job[0];
    }

    private RestClient user(String tag, String kind, List<String> permissions, boolean hideNationalCode) {
        String role = kind + tag;
        assertEquals(201, admin.post("/api/v1/roles", "{\"name\":\"" + role + "\",\"labelFa\":\"" + kind + "\"}").status());
        for (String permission : permissions) {
            assertEquals(200, admin.put("/api/v1/roles/" + role + "/permissions/" + permission, "").status());
        }
        assertEquals(200, admin.put("/api/v1/roles/" + role + "/scopes/accounts.contact", "{\"level\":\"ALL\"}").status());
        if (hideNationalCode) {
            assertEquals(200, admin.put("/api/v1/roles/" + role + "/fields/accounts.contact/nationalCode", "{\"access\":\"HIDDEN\"}").status());
        }
        String name = kind.charAt(0) + tag;
        assertEquals(201, admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"" + kind + "\",\"password\":\""
                + SECRET + "\",\"roles\":[\"" + role + "\"]}").status());
        return RestClient.as(name, SECRET);
    }

    /**
     * The first sheet's XML: SXSSF writes texts inline, so the cells' texts are in it. Read through
     * the zip's central directory, since its entries' local headers leave their sizes to the end.
     */
    private static String sheet(byte[] workbook) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
                assertTrue("a sheet in the workbook", entry != null);
                try (InputStream in = zip.getInputStream(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.delete(file);
        }
    }
}
