package org.peyvand.module.occasions.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.module.occasions.OccasionService;
import org.peyvand.module.occasions.Preview;
import org.peyvand.module.occasions.PreviewItem;
import org.peyvand.module.occasions.internal.Params;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "occasions", name = "preview", description = "Shows whom a greeting plan would greet on a day, and the texts, sending nothing")
@Service
public class OccasionPreviewCommand extends CrmAction {

    @Reference(optional = true)
    OccasionService service;

    @Option(name = "-d", aliases = "--date", description = "The day, 2026-03-20 or Jalali 1404/12/29; today when left out")
    String date;

    @Option(name = "-n", aliases = "--limit", description = "How many recipients to show, at most 200")
    int limit = 20;

    @Argument(index = 0, name = "plan-id", required = true, description = "The plan's id")
    long planId;

    @Override
    protected void run(Caller caller, Messages messages) {
        Preview preview = service.preview(caller, planId, Params.date(date, "date"), limit);
        if (!preview.occurs()) {
            System.out.println(messages.get("occasions.shell.notThatDay", DisplayFormat.of(caller.preferences()).date(preview.date())));
            return;
        }
        if (!preview.channelAvailable()) {
            System.out.println(messages.get("occasions.channel.unavailable"));
        }
        boolean fa = "fa".equals(caller.locale().getLanguage());
        ShellTable table = new ShellTable();
        table.column(messages.get("occasions.field.contact"));
        table.column(messages.get("occasions.field.text")).maxSize(70);
        table.column(messages.get("occasions.field.reachable"));
        for (PreviewItem item : preview.items()) {
            String text = fa && item.textFa() != null || item.textEn() == null ? item.textFa() : item.textEn();
            table.addRow().addContent(item.contactName(), text, messages.get(item.reachable() ? "occasions.yes" : "occasions.no"));
        }
        table.print(System.out);
        if (preview.more()) {
            System.out.println(messages.get("occasions.shell.more"));
        }
    }
}
