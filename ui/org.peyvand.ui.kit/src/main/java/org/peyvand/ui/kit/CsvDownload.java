package org.peyvand.ui.kit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.peyvand.ui.api.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Button;

/** Makes a button download a CSV export, written while the browser receives it. */
public final class CsvDownload {
    private static final Logger LOG = LoggerFactory.getLogger(CsvDownload.class);

    private CsvDownload() {
    }

    /** An "export" button for a list screen; {@code export} writes what the list shows when the download starts. */
    public static Button button(UiContext context, String fileName, Consumer<OutputStream> export) {
        Button button = new Button(context.messages().get("ui.action.export"), VaadinIcons.DOWNLOAD);
        button.setId("list-export");
        attach(button, fileName, () -> export);
        return button;
    }

    /** @param export asked when the download starts, so it exports what the screen filters at that moment */
    public static void attach(Button button, String fileName, Supplier<Consumer<OutputStream>> export) {
        StreamResource resource = new StreamResource(() -> {
            Consumer<OutputStream> writer = export.get();
            try {
                PipedInputStream in = new PipedInputStream(64 * 1024);
                PipedOutputStream out = new PipedOutputStream(in);
                Thread thread = new Thread(() -> {
                    try (out) {
                        writer.accept(out);
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("CSV export {} stopped: {}", fileName, e.toString());
                    }
                }, "crm-csv-export");
                thread.setDaemon(true);
                thread.start();
                return in;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, fileName);
        resource.setMIMEType("text/csv; charset=UTF-8");
        resource.setCacheTime(0);
        new FileDownloader(resource).extend(button);
    }
}
