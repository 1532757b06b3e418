package org.peyvand.ui.admin.internal.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditQuery;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.ui.admin.internal.AdminGrids;
import org.peyvand.ui.admin.internal.Fields;
import org.peyvand.ui.admin.internal.Tehran;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.CrmDateField;
import org.peyvand.ui.kit.CsvDownload;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The audit trail, newest first, filtered by who, what, which object and when. The trail has no
 * total count, so it is read a page at a time by cursor and more is loaded on request; the CSV
 * export covers every matching entry.
 */
final class AuditScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 100;
    private static final String SORT = "id";

    private final transient UiContext context;
    private final transient AuditTrail trail;
    private final TextField actor;
    private final TextField action;
    private final TextField objectType;
    private final TextField objectId;
    private final CrmDateField from;
    private final CrmDateField to;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final List<AuditEntry> rows = new ArrayList<>();
    private final Label shown = new Label();
    private final Button more;
    private AuditQuery query = new AuditQuery(null, null, null, null, null, null);
    private String nextCursor;

    AuditScreen(UiContext context, AuditTrail trail, boolean export) {
        this.context = context;
        this.trail = trail;
        setId("view-audit");
        addStyleName("crm-page");
        setSizeFull();
        Messages messages = context.messages();
        Label title = new Label(messages.get("admin.menu.audit"));
        title.addStyleName("crm-page-title");

        actor = filter("admin.audit.actor", "audit-actor");
        action = filter("admin.audit.action", "audit-action");
        objectType = filter("admin.audit.objectType", "audit-object-type");
        objectId = filter("admin.audit.objectId", "audit-object-id");
        from = new CrmDateField(messages.get("admin.audit.from"), context.format(), messages.get("core.error.invalidDate"));
        from.setId("audit-from");
        to = new CrmDateField(messages.get("admin.audit.to"), context.format(), messages.get("core.error.invalidDate"));
        to.setId("audit-to");
        Button search = Buttons.of(messages.get("ui.action.search"), VaadinIcons.SEARCH, e -> search());
        search.setId("audit-search");
        search.addStyleName(ValoTheme.BUTTON_PRIMARY);
        search.setClickShortcut(KeyCode.ENTER);
        CssLayout filters = new CssLayout(captionAbove(actor), captionAbove(action), captionAbove(objectType), captionAbove(objectId),
                captionAbove(from), captionAbove(to), search);
        filters.addStyleName("crm-row");
        if (export) {
            Button download = new Button(messages.get("ui.action.export"), VaadinIcons.DOWNLOAD);
            download.setId("audit-export");
            CsvDownload.attach(download, "audit.csv", () -> trail.exportCsv(context.caller(), query));
            filters.addComponent(download);
        }

        addColumns(messages);
        grid.setId("audit-grid");
        grid.setSizeFull();
        grid.addStyleName("crm-fill");
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setItems(rows);
        grid.setDetailsGenerator(this::details);
        grid.addItemClickListener(e -> grid.setDetailsVisible(e.getItem(), !grid.isDetailsVisible(e.getItem())));

        more = Buttons.of(messages.get("admin.audit.more"), VaadinIcons.ANGLE_DOUBLE_DOWN, e -> loadPage());
        more.setId("audit-more");
        shown.setId("audit-shown");
        shown.addStyleName("crm-muted");
        CssLayout footer = new CssLayout(shown, more);
        footer.addStyleName("crm-row");
        addComponents(title, filters, grid, footer);
        search();
    }

    private void addColumns(Messages messages) {
        grid.addColumn(e -> context.format().dateTime(e.at(), Tehran.ZONE)).setId("at").setCaption(messages.get("admin.audit.at"));
        grid.addColumn(AuditEntry::actor).setId("actor").setCaption(messages.get("admin.audit.actor")).setStyleGenerator(e -> "crm-ltr");
        grid.addColumn(AuditEntry::action).setId("action").setCaption(messages.get("admin.audit.action"))
                .setStyleGenerator(e -> "crm-ltr");
        grid.addColumn(AuditScreen::object).setId("object").setCaption(messages.get("admin.audit.object"))
                .setStyleGenerator(e -> "crm-ltr");
        grid.addColumn(e -> e.summary() == null ? "" : e.summary()).setId("summary").setCaption(messages.get("admin.audit.summary"));
        grid.addColumn(e -> ChangeText.of(e.changes(), messages)).setId("changes").setCaption(messages.get("admin.audit.changes"));
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.getColumn("at").setWidth(160);
        AdminGrids.columnsAdded(grid, context.rightToLeft());
        grid.getColumn("action").setMinimumWidth(150);
        grid.getColumn("object").setMinimumWidth(200);
        grid.getColumn("changes").setExpandRatio(3);
    }

    /** In a row of fields a caption goes above its field, where it does not push the row apart. */
    private static VerticalLayout captionAbove(Component field) {
        VerticalLayout wrapper = new VerticalLayout(field);
        wrapper.setMargin(false);
        wrapper.setSpacing(false);
        wrapper.setWidthUndefined();
        return wrapper;
    }

    private TextField filter(String captionKey, String id) {
        TextField field = Fields.leftToRight(context.messages().get(captionKey), id, 200);
        field.setWidth("160px");
        return field;
    }

    /** Starts over with the filters as they are now. */
    private void search() {
        // a date that is no date is already marked on its field
        if (!from.isInputValid() || !to.isInputValid()) {
            return;
        }
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        query = new AuditQuery(blankToNull(actor), blankToNull(action), blankToNull(objectType), blankToNull(objectId),
                first == null ? null : Tehran.startOf(first), last == null ? null : Tehran.startOf(last.plusDays(1)));
        rows.clear();
        nextCursor = null;
        loadPage();
    }

    private void loadPage() {
        try {
            Page<AuditEntry> page = trail.search(context.caller(), query, new PageRequest(nextCursor, PAGE_SIZE, SORT, true));
            rows.addAll(page.items());
            nextCursor = page.nextCursor();
        } catch (RuntimeException e) {
            context.showError(e);
        }
        grid.getDataProvider().refreshAll();
        more.setVisible(nextCursor != null);
        shown.setValue(context.messages().get(nextCursor == null ? "admin.audit.shownAll" : "admin.audit.shown",
                context.format().number(rows.size())));
    }

    /** Every change on a line of its own, for entries whose changes do not fit the column. */
    private VerticalLayout details(AuditEntry entry) {
        VerticalLayout lines = new VerticalLayout();
        lines.setSpacing(false);
        lines.setWidth("100%");
        for (AuditEntry.Change change : entry.changes()) {
            Label line = new Label(ChangeText.of(List.of(change), context.messages()));
            line.setWidth("100%");
            lines.addComponent(line);
        }
        if (entry.changes().isEmpty()) {
            Label none = new Label(context.messages().get("admin.audit.noChanges"));
            none.addStyleName("crm-muted");
            lines.addComponent(none);
        }
        return lines;
    }

    private static String object(AuditEntry entry) {
        String type = entry.objectType() == null ? "" : entry.objectType();
        return entry.objectId() == null ? type : type + " / " + entry.objectId();
    }

    private static String blankToNull(TextField field) {
        return field.getValue().isBlank() ? null : field.getValue().strip();
    }
}
