package org.peyvand.ui.kit;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditQuery;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.Grid;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The History tab of a record: who changed what and when, newest first, from the audit trail,
 * with each changed field as "label: old → new" (the arrow follows the reading direction) in the
 * user's language and digits.
 */
public final class RecordHistory {
    /** The newest lines shown; older history is in the audit search. */
    static final int LINES = 200;
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private RecordHistory() {
    }

    /**
     * @param objectType e.g. {@code accounts.contact}
     * @param fieldLabel the label of a record field in the user's language
     */
    public static Grid<AuditEntry> of(UiContext context, AuditTrail audit, String objectType, long id, Function<String, String> fieldLabel) {
        Messages messages = context.messages();
        List<AuditEntry> lines = audit.search(context.caller(), AuditQuery.ofObject(objectType, String.valueOf(id)),
                PageRequest.first(LINES, "id", true)).items();
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("record-history");
        grid.addStyleName(ValoTheme.TABLE_COMPACT);
        grid.setItems(lines);
        grid.addColumn(e -> context.format().dateTime(e.at(), TEHRAN)).setCaption(messages.get("ui.history.when"));
        grid.addColumn(AuditEntry::actor).setCaption(messages.get("ui.history.who"));
        grid.addColumn(e -> messages.get("ui.history.action." + e.action())).setCaption(messages.get("ui.history.what"));
        String separator = context.rightToLeft() ? "؛ " : "; ";
        grid.addColumn(e -> e.changes().stream().map(c -> change(context, fieldLabel, c)).collect(Collectors.joining(separator)))
                .setCaption(messages.get("ui.history.changes")).setExpandRatio(1);
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(lines.size(), 10)));
        return grid;
    }

    private static String change(UiContext context, Function<String, String> fieldLabel, AuditEntry.Change change) {
        String none = "—";
        String arrow = context.rightToLeft() ? " ← " : " → ";
        return fieldLabel.apply(change.field()) + ": " + context.format().digits(change.oldValue() == null ? none : change.oldValue())
                + arrow + context.format().digits(change.newValue() == null ? none : change.newValue());
    }
}
