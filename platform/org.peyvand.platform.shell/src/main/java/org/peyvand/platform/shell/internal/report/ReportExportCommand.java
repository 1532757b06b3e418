package org.peyvand.platform.shell.internal.report;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.ExportFile;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ExportJob;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.security.Caller;

@Command(scope = "crm", name = "report-export", description = "Exports a report over a record type to an Excel or PDF file, "
        + "showing its progress; Ctrl-C cancels it")
@Service
public class ReportExportCommand extends ReportDefinitionAction {
    private static final long POLL_MILLIS = 500;

    @Reference(optional = true)
    ReportExports exports;

    @Option(name = "--format", description = "xlsx or pdf")
    String format = "xlsx";

    @Option(name = "--output", aliases = "-o", description = "The file to write; by default the report's name in the current folder")
    String output;

    @Override
    protected void run(Caller caller, Messages messages) throws Exception {
        ExportJob job = exports.start(caller, definition(caller), named(ExportFormat.class, format, "format"));
        Long shown = null;
        try {
            while (!job.state().finished()) {
                Thread.sleep(POLL_MILLIS);
                job = exports.job(caller, job.id());
                if (job.rowsExpected() != null && !Objects.equals(shown, job.rowsWritten())) {
                    shown = job.rowsWritten();
                    System.out.println(messages.get("report.shell.exportProgress", job.rowsWritten(), job.rowsExpected()));
                }
            }
        } catch (InterruptedException stopped) {
            exports.cancel(caller, job.id());
            Thread.currentThread().interrupt();
            return;
        }
        switch (job.state()) {
            case DONE -> {
                ExportFile file = exports.file(caller, job.id());
                Path target = Path.of(output == null || output.isBlank() ? file.name() : output).toAbsolutePath();
                try (InputStream in = file.content().open()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                System.out.println(messages.get("report.shell.exportWritten", target, job.rowsWritten()));
                if (job.truncated()) {
                    System.out.println(messages.get("report.shell.exportTruncated", job.rowsWritten()));
                }
            }
            case FAILED -> System.out.println(messages.get(job.errorKey(), job.errorArgs().toArray()));
            default -> System.out.println(messages.get("report.error.exportGone"));
        }
    }
}
