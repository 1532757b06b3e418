package org.peyvand.module.relations.internal.views;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.RelatedLink;
import org.peyvand.module.relations.RelationService;
import org.peyvand.module.relations.internal.Permissions;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.RecordTab;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Adds a Relationships tab to the screens of accounts and contacts, for those who may read
 * relationships: the record's links both ways, and a button to its graph on the relationships screen.
 */
@Component(service = RecordTab.class, property = RecordTab.ORDER + ":Integer=20")
public class RecordRelationsTab implements RecordTab {
    /** Links shown in the tab; the relationships screen shows them all. */
    private static final int SHOWN = 50;

    private final RelationService relations;
    private final AccessGuard guard;

    @Activate
    public RecordRelationsTab(@Reference RelationService relations, @Reference AccessGuard guard) {
        this.relations = relations;
        this.guard = guard;
    }

    @Override
    public Optional<com.vaadin.ui.Component> create(UiContext context, RecordRef record) {
        RecordKind kind = RecordKind.ofRecordType(record.type());
        if (kind == null || !record.id().matches("\\d{1,18}") || !guard.allows(context.caller(), Permissions.READ)) {
            return Optional.empty();
        }
        RecordKey key = new RecordKey(kind, Long.parseLong(record.id()));
        Messages messages = context.messages();
        Grid<RelatedLink> grid = new Grid<>();
        grid.setId("record-relations-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(5);
        grid.addColumn(RelatedLink::name).setCaption(messages.get("relations.field.typeId"));
        grid.addColumn(item -> messages.get("relations.kind." + item.other().kind().code()) + ": "
                + (item.otherName() != null ? item.otherName() : context.format().digits(String.valueOf(item.other().id()))))
                .setCaption(messages.get("relations.field.other"));
        grid.addColumn(item -> item.link().startDate() == null ? "" : context.format().date(item.link().startDate()))
                .setCaption(messages.get("relations.field.startDate"));
        context.call(() -> relations.linksOf(context.caller(), kind, key.id(), PageRequest.first(SHOWN, null, false)))
                .ifPresent(page -> grid.setItems(page.items()));
        Button graph = new Button(messages.get("relations.graph"), VaadinIcons.CONNECT);
        graph.setId("record-relations-graph");
        graph.addStyleName(ValoTheme.BUTTON_LINK);
        graph.addClickListener(e -> {
            // the record's window would stay over the relationships screen
            Window window = graph.findAncestor(Window.class);
            if (window != null) {
                window.close();
            }
            context.navigate(RelationsView.ID, key.key());
        });
        VerticalLayout tab = new VerticalLayout(grid, graph);
        tab.setId("record-relations");
        tab.setCaption(messages.get("relations.menu"));
        tab.setMargin(false);
        return Optional.of(tab);
    }
}
