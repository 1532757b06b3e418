package org.peyvand.platform.shell.internal.report;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.ReportLibrary;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "report-list", description = "Lists the saved reports you see: yours, those shared with you and the modules' reports")
@Service
public class ReportListCommand extends CrmAction {

    @Reference(optional = true)
    ReportLibrary library;

    @Override
    protected void run(Caller caller, Messages messages) {
        String language = messages.locale().getLanguage();
        ShellTable table = new ShellTable();
        table.column(messages.get("report.shell.key"));
        table.column(messages.get("report.shell.title"));
        table.column(messages.get("report.shell.recordType"));
        table.column(messages.get("report.shell.from"));
        for (SavedReport report : library.list(caller)) {
            String from = report.module() != null ? report.module()
                    : report.editable() ? messages.get("report.shell.mine") : report.owner();
            table.addRow().addContent(report.key(), report.definition().title() == null ? "" : report.definition().title().in(language),
                    report.definition().recordType(), from);
        }
        table.print(System.out);
    }
}
