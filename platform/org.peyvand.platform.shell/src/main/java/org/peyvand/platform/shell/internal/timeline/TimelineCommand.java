package org.peyvand.platform.shell.internal.timeline;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.timeline.TimelineEntry;
import org.peyvand.platform.timeline.TimelineService;
import org.peyvand.platform.timeline.TimelineSubject;
import org.peyvand.platform.timeline.TimelineSummary;

@Command(scope = "crm", name = "timeline", description = "Shows a record's timeline, newest first, such as crm:timeline accounts.account 42")
@Service
public class TimelineCommand extends CrmAction {
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @Reference(optional = true)
    TimelineService timeline;

    @Argument(index = 0, name = "type", required = true, description = "The record type, such as accounts.account")
    String type;

    @Argument(index = 1, name = "id", required = true, description = "The record's id")
    String id;

    @Option(name = "--kind", description = "Only entries of this kind, such as visits.visit")
    String kind;

    @Option(name = "--limit", description = "How many, at most 200")
    int limit = TimelineService.DEFAULT_LIMIT;

    @Override
    protected void run(Caller caller, Messages messages) {
        TimelineSubject subject = new TimelineSubject(type, id);
        Page<TimelineEntry> page = timeline.entries(caller, subject, null, limit, kind == null ? Set.of() : Set.of(kind));
        TimelineSummary summary = timeline.summary(caller, subject);
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        System.out.println(messages.get("shell.timeline.summary", summary.openItems(),
                summary.lastContact() == null ? "—" : format.dateTime(summary.lastContact(), TEHRAN), summary.owner() == null ? "—" : summary.owner()));
        ShellTable table = new ShellTable();
        for (String column : List.of("when", "kind", "title", "actor")) {
            table.column(messages.get("shell.timeline." + column));
        }
        for (TimelineEntry entry : page.items()) {
            table.addRow().addContent(format.dateTime(entry.time(), TEHRAN), entry.kind(), entry.title(), entry.actor() == null ? "" : entry.actor());
        }
        table.print(System.out);
        if (page.hasNext()) {
            System.out.println(messages.get("shell.timeline.more"));
        }
    }
}
