package org.peyvand.ui.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.report.ExportJob;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.ui.api.UiContext;

import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Button;

/** Makes a button download a finished export's file, read from the user's exports when the browser asks for it. */
public final class ExportDownload implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient ReportExports exports;
    private final Button button;
    private FileDownloader downloader;
    private String shown;

    public ExportDownload(UiContext context, ReportExports exports, Button button) {
        this.context = context;
        this.exports = exports;
        this.button = button;
    }

    /** The export the button downloads from now on. */
    public void show(ExportJob job) {
        String id = job.id();
        if (id.equals(shown)) {
            return;
        }
        shown = id;
        StreamResource resource = new StreamResource(() -> open(id), job.fileName());
        resource.setMIMEType(job.format().mediaType());
        resource.setCacheTime(0);
        if (downloader == null) {
            downloader = new FileDownloader(resource);
            downloader.extend(button);
        } else {
            downloader.setFileDownloadResource(resource);
        }
    }

    private InputStream open(String id) {
        try {
            return exports.file(context.caller(), id).content().open();
        } catch (CrmException | IOException gone) {
            // removed or expired since it was listed: the browser gets nothing to save
            return null;
        }
    }
}
