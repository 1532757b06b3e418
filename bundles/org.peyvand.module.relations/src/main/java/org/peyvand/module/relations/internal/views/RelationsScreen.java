package org.peyvand.module.relations.internal.views;

import java.util.List;
import java.util.Optional;

import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.RelatedLink;
import org.peyvand.module.relations.RelationService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.LookupBox;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.RecordLookupOptions;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Relationships of one account or contact: picked by kind and name (or from the address,
 * {@code relations/account:12}), its links both ways in a grid, each named as read from it, and its
 * neighbourhood as a graph to the chosen depth. A click on a record in the graph, or a double click
 * on a row, opens that record; new adds a link from or to it, delete asks first.
 */
final class RelationsScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_DEPTH = 2;
    /** Links of one record shown at once; more are announced. */
    private static final int SHOWN = PageRequest.MAX_LIMIT;

    private final transient UiContext context;
    private final transient RelationService relations;
    private final transient RecordLookups lookups;
    private final ComboBox<RecordKind> kind;
    private final ComboBox<Option> accountBox;
    private final ComboBox<Option> contactBox;
    private final ComboBox<Integer> depth;
    private final Button create;
    private final Button delete;
    private final Label hint;
    private final Label note = new Label();
    private final Grid<RelatedLink> grid = new Grid<>();
    private final RelationGraph graph;
    private RecordKey record;

    /** @param managesTypes whether the user may add and delete relationship types */
    RelationsScreen(UiContext context, RelationService relations, RecordLookups lookups, boolean managesTypes) {
        this.context = context;
        this.relations = relations;
        this.lookups = lookups;
        Messages messages = context.messages();
        setId("view-relations");
        addStyleName("crm-page");
        setSizeFull();

        Label title = new Label(messages.get("relations.menu"));
        title.addStyleName("crm-page-title");

        kind = new ComboBox<>(messages.get("relations.field.record"), List.of(RecordKind.values()));
        kind.setId("relations-kind");
        kind.setItemCaptionGenerator(k -> messages.get("relations.kind." + k.code()));
        kind.setEmptySelectionAllowed(false);
        kind.setValue(RecordKind.ACCOUNT);
        accountBox = recordBox(RecordKind.ACCOUNT, "relations-account");
        contactBox = recordBox(RecordKind.CONTACT, "relations-contact");
        contactBox.setVisible(false);
        kind.addValueChangeListener(e -> {
            accountBox.setVisible(e.getValue() == RecordKind.ACCOUNT);
            contactBox.setVisible(e.getValue() == RecordKind.CONTACT);
        });

        depth = new ComboBox<>(messages.get("relations.depth"), List.of(1, 2, 3, RelationService.MAX_DEPTH));
        depth.setId("relations-depth");
        depth.setItemCaptionGenerator(d -> context.format().digits(String.valueOf(d)));
        depth.setEmptySelectionAllowed(false);
        depth.setValue(DEFAULT_DEPTH);
        depth.setWidth("6em");
        depth.addValueChangeListener(e -> refresh());

        create = new Button(messages.get("relations.new"), VaadinIcons.PLUS);
        create.setId("relation-new");
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        create.addClickListener(e -> getUI().addWindow(new LinkEditor(context, relations, lookups, record, this::refresh)));
        delete = new Button(messages.get("ui.action.delete"), VaadinIcons.TRASH);
        delete.setId("relation-delete");
        delete.addStyleName(ValoTheme.BUTTON_DANGER);
        delete.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::confirmDelete));

        Button types = new Button(messages.get("relations.types"), VaadinIcons.COG);
        types.setId("relations-types");
        types.setVisible(managesTypes);
        types.addClickListener(e -> getUI().addWindow(new TypesWindow(context, relations)));

        CssLayout toolbar = new CssLayout(kind, accountBox, contactBox, depth, create, delete, types);
        toolbar.addStyleName("crm-row");

        hint = new Label(messages.get("relations.pick"));
        hint.setId("relations-hint");
        hint.addStyleName("crm-muted");
        note.setId("relations-note");
        note.addStyleName("crm-muted");
        note.setVisible(false);

        grid.setId("relations-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(6);
        grid.addColumn(RelatedLink::name).setId("name").setCaption(messages.get("relations.field.typeId"));
        grid.addColumn(this::otherLabel).setId("other").setCaption(messages.get("relations.field.other"));
        grid.addColumn(item -> item.link().startDate() == null ? "" : context.format().date(item.link().startDate())).setId("startDate")
                .setCaption(messages.get("relations.field.startDate"));
        grid.addColumn(item -> item.link().endDate() == null ? "" : context.format().date(item.link().endDate())).setId("endDate")
                .setCaption(messages.get("relations.field.endDate"));
        grid.addColumn(item -> item.link().notes() == null ? "" : item.link().notes()).setId("notes").setCaption(messages.get("relations.field.notes"));
        grid.addSelectionListener(e -> delete.setEnabled(e.getFirstSelectedItem().isPresent()));
        grid.addItemClickListener(e -> {
            if (e.getMouseEventDetails().isDoubleClick()) {
                open(e.getItem().other());
            }
        });

        graph = new RelationGraph(context.rightToLeft());
        graph.setId("relations-graph");
        graph.setWidth("100%");
        graph.setHeight("420px");
        graph.onOpen(key -> parse(key).ifPresent(this::open));

        addComponents(title, toolbar, hint, grid, note, graph);
        show(null);
    }

    @Override
    public void enter(ViewChangeEvent event) {
        parse(event.getParameters()).ifPresent(key -> {
            kind.setValue(key.kind());
            box(key.kind()).setValue(new RecordLookupOptions(context.caller(), lookups, key.kind().recordType()).byValue(key.id())
                    .orElse(new Option(key.id(), context.format().digits(String.valueOf(key.id())))));
        });
    }

    private ComboBox<Option> recordBox(RecordKind recordKind, String id) {
        ComboBox<Option> box = LookupBox.of(context.messages().get("relations.kind." + recordKind.code()),
                new RecordLookupOptions(context.caller(), lookups, recordKind.recordType()), false);
        box.setId(id);
        box.setWidth("20em");
        box.addValueChangeListener(e -> show(e.getValue() == null ? null : new RecordKey(recordKind, (Long) e.getValue().value())));
        return box;
    }

    private ComboBox<Option> box(RecordKind recordKind) {
        return recordKind == RecordKind.ACCOUNT ? accountBox : contactBox;
    }

    private void show(RecordKey picked) {
        record = picked;
        hint.setVisible(picked == null);
        grid.setVisible(picked != null);
        graph.setVisible(picked != null);
        create.setEnabled(picked != null);
        delete.setEnabled(false);
        refresh();
    }

    private void refresh() {
        note.setVisible(false);
        if (record == null) {
            return;
        }
        context.call(() -> relations.linksOf(context.caller(), record.kind(), record.id(), PageRequest.first(SHOWN, null, false)))
                .ifPresent(this::showLinks);
        context.call(() -> relations.neighbours(context.caller(), record.kind(), record.id(), depth.getValue())).ifPresent(found -> {
            graph.show(found, node -> node.name() != null ? node.name()
                    : context.messages().get("relations.kind." + node.record().kind().code()) + " " + context.format().digits(String.valueOf(node.record().id())));
            if (found.truncated()) {
                note.setValue(context.messages().get("relations.graph.truncated", RelationService.MAX_NODES));
                note.setVisible(true);
            }
        });
    }

    private void showLinks(Page<RelatedLink> page) {
        grid.setItems(page.items());
        if (page.hasNext()) {
            note.setValue(context.messages().get("relations.shell.more"));
            note.setVisible(true);
        }
    }

    private String otherLabel(RelatedLink item) {
        String name = item.otherName() != null ? item.otherName() : context.format().digits(String.valueOf(item.other().id()));
        return context.messages().get("relations.kind." + item.other().kind().code()) + ": " + name;
    }

    private void open(RecordKey key) {
        context.openRecord(key.kind().recordType(), String.valueOf(key.id()));
    }

    private void confirmDelete(RelatedLink item) {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("ui.confirm.deleteTitle"), messages.get("relations.confirm.delete") + " " + item.name() + " " + otherLabel(item),
                messages.get("ui.action.delete"), messages.get("ui.action.cancel"), true, () -> {
                    if (context.run(() -> relations.delete(context.caller(), item.link().id()))) {
                        context.showSuccess(messages.get("ui.deleted"));
                        refresh();
                    }
                });
    }

    /** {@code account:12} as a record; empty for anything else. */
    private static Optional<RecordKey> parse(String text) {
        if (text == null || !text.matches("[a-z]+:\\d{1,18}")) {
            return Optional.empty();
        }
        String[] parts = text.split(":");
        return Optional.ofNullable(RecordKind.of(parts[0])).map(k -> new RecordKey(k, Long.parseLong(parts[1])));
    }
}
