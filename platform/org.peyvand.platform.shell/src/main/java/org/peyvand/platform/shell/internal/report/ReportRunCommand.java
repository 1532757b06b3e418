package org.peyvand.platform.shell.internal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.report.ResultColumn;
import org.peyvand.platform.security.Caller;

@Command(scope = "crm", name = "report-run", description = "Runs a saved report, or one over a record type, and prints its rows")
@Service
public class ReportRunCommand extends ReportDefinitionAction {

    @Reference(optional = true)
    ReportService reports;

    @Override
    protected void run(Caller caller, Messages messages) {
        ReportResult result = reports.run(caller, definition(caller));
        ShellTable table = new ShellTable();
        String language = messages.locale().getLanguage();
        for (ResultColumn column : result.columns()) {
            String label = "fa".equals(language) ? column.label().fa() : column.label().en();
            table.column(column.aggregate() == null || column.field() == null ? label
                    : column.aggregate().name().toLowerCase(Locale.ROOT) + " " + label);
        }
        for (List<Object> row : result.rows()) {
            table.addRow().addContent(row.stream().map(cell -> text(cell, language)).toArray());
        }
        table.print(System.out);
        if (result.truncated()) {
            System.out.println(messages.get("report.shell.truncated", result.rows().size()));
        }
        if (!result.missingFields().isEmpty()) {
            System.out.println(messages.get("report.shell.missing", String.join(", ", result.missingFields())));
        }
    }

    private static String text(Object cell, String language) {
        if (cell == null) {
            return "";
        }
        return cell instanceof LocalDate day && "fa".equals(language) ? JalaliDate.from(day).toString() : cell.toString();
    }
}
