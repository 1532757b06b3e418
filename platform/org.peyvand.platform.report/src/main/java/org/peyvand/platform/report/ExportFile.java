package org.peyvand.platform.report;

import java.io.IOException;
import java.io.InputStream;

/** A finished export's file: what to call it, its kind and size, and its bytes, read when asked for. */
public record ExportFile(String name, String mediaType, long size, Content content) {

    @FunctionalInterface
    public interface Content {
        /** The file's bytes from the start; the caller closes the stream. */
        InputStream open() throws IOException;
    }
}
