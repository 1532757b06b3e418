package org.peyvand.module.accounts.internal.rest;

import java.io.OutputStream;
import java.util.function.Consumer;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

/** A CSV export streamed to the client as it is written, offered as a file download. */
final class CsvDownload {
    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private CsvDownload() {
    }

    static Response of(String fileName, Consumer<OutputStream> export) {
        StreamingOutput body = export::accept;
        return Response.ok(body, MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
