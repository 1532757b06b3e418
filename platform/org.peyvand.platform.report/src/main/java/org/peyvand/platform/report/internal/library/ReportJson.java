package org.peyvand.platform.report.internal.library;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.report.Dashboard;
import org.peyvand.platform.report.ReportDefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Report and dashboard definitions as JSON: one per file in a module's {@code CRM-INF/reports}, and
 * a document of several reports ({@code {"reports": [...]}}) for export and import. Unknown properties are refused,
 * so a misspelt part is reported rather than silently dropped.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** The document export writes and import reads. */
    public record Document(List<ReportDefinition> reports) {
    }

    private ReportJson() {
    }

    /** A module's file: a dashboard when it has widgets, else a report. */
    public static Object readShipped(InputStream in) throws IOException {
        JsonNode tree = MAPPER.readTree(in);
        Class<?> kind = tree.has("widgets") ? Dashboard.class : ReportDefinition.class;
        return MAPPER.treeToValue(tree, kind);
    }

    public static Dashboard readDashboard(String json) {
        try {
            return MAPPER.readValue(json, Dashboard.class);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    public static String write(Dashboard dashboard) {
        try {
            return MAPPER.writeValueAsString(dashboard);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReportDefinition read(String json) {
        try {
            return MAPPER.readValue(json, ReportDefinition.class);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    public static String write(ReportDefinition definition) {
        try {
            return MAPPER.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String writeDocument(List<ReportDefinition> definitions) {
        try {
            return MAPPER.writeValueAsString(new Document(definitions));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws BadRequestException naming where the document is malformed */
    public static List<ReportDefinition> readDocument(String json) {
        try {
            Document document = json == null || json.isBlank() ? null : MAPPER.readValue(json, Document.class);
            if (document == null || document.reports() == null || document.reports().isEmpty()) {
                throw new BadRequestException("report.error.noReports");
            }
            return document.reports();
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    private static BadRequestException unreadable(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
        return new BadRequestException("report.error.json", where, e.getOriginalMessage());
    }
}
