package org.peyvand.module.accounts.internal.views;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.peyvand.ui.api.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Button;

/** A button that streams a CSV export of what the list shows, written while the browser downloads it. */
final class CsvDownload {
    private static final Logger LOG = LoggerFactory.getLogger(CsvDownload.class);

    private CsvDownload() {
    }

    static Button button(UiContext context, String fileName, Consumer<OutputStream> export) {
        Button button = new Button(context.messages().get("ui.action.export"), VaadinIcons.DOWNLOAD);
        button.setId("list-export");
        StreamResource resource = new StreamResource(() -> {
            try {
                PipedInputStream in = new PipedInputStream(64 * 1024);
                PipedOutputStream out = new PipedOutputStream(in);
                Thread writer = new Thread(() -> {
                    try (out) {
                        export.accept(out);
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("CSV export {} stopped: {}", fileName, e.toString());
                    }
                }, "crm-csv-export");
                writer.setDaemon(true);
                writer.start();
                return in;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, fileName);
        resource.setMIMEType("text/csv; charset=UTF-8");
        resource.setCacheTime(0);
        new FileDownloader(resource).extend(button);
        return button;
    }
}
