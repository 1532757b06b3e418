package org.peyvand.module.notes.internal;

import java.util.List;

import org.peyvand.platform.report.ReportFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A dynamic list's filters as stored: the report builder's filters, as JSON. */
public final class FiltersJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ReportFilter>> FILTERS = new TypeReference<>() {
    };

    private FiltersJson() {
    }

    public static String write(List<ReportFilter> filters) {
        try {
            return JSON.writeValueAsString(filters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("filters not writable as JSON", e);
        }
    }

    public static List<ReportFilter> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, FILTERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored filters unreadable", e);
        }
    }
}
