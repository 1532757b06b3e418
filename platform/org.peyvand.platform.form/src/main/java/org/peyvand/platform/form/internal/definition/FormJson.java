package org.peyvand.platform.form.internal.definition;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.form.FormDefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Form definitions as JSON: one definition per file in a module's {@code CRM-INF/forms}, and a
 * document of several ({@code {"forms": [...]}}) for export and import. Unknown properties are
 * refused, so a misspelt rule is reported rather than silently dropped.
 */
public final class FormJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_DEFAULT)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** The document export writes and import reads. */
    public record Document(List<FormDefinition> forms) {
    }

    private FormJson() {
    }

    public static FormDefinition read(InputStream in) throws IOException {
        return MAPPER.readValue(in, FormDefinition.class);
    }

    public static FormDefinition read(String json) {
        try {
            return MAPPER.readValue(json, FormDefinition.class);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    public static String write(FormDefinition form) {
        try {
            return MAPPER.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String writeDocument(List<FormDefinition> forms) {
        try {
            return MAPPER.writeValueAsString(new Document(forms));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws BadRequestException naming where the document is malformed */
    public static List<FormDefinition> readDocument(String json) {
        try {
            Document document = MAPPER.readValue(json, Document.class);
            if (document == null || document.forms() == null) {
                throw new BadRequestException("form.error.noForms");
            }
            return document.forms();
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    private static BadRequestException unreadable(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
        return new BadRequestException("form.error.json", where, e.getOriginalMessage());
    }
}
