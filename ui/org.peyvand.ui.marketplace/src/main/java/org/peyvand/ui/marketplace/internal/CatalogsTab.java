package org.peyvand.ui.marketplace.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.CatalogInfo;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.Grids;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.UI;

/** The catalogs, how their last reading went and why one failed; folders and addresses added and removed, all read again. */
final class CatalogsTab extends CssLayout {
    private static final long serialVersionUID = 1L;
    private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    private final transient UiContext context;
    private final transient MarketplaceService marketplace;
    private final transient Messages messages;
    private final transient Runnable changed;
    private final Grid<CatalogInfo> grid = new Grid<>();
    private final Button remove;

    /** @param changed lists the add-ons again after the catalogs changed */
    CatalogsTab(UiContext context, MarketplaceService marketplace, boolean manage, Runnable changed) {
        this.context = context;
        this.marketplace = marketplace;
        this.messages = context.messages();
        this.changed = changed;
        setId("marketplace-catalogs");
        addStyleName("crm-marketplace-tab");
        setSizeFull();
        Label help = new Label(messages.get("marketplace.ui.catalogs.help"));
        help.setWidth("100%");
        Button add = new Button(messages.get("marketplace.ui.catalogs.add"), VaadinIcons.PLUS);
        add.setId("catalog-add");
        add.addClickListener(e -> UI.getCurrent().addWindow(new CatalogDialog(context, marketplace, this::added)));
        remove = new Button(messages.get("marketplace.ui.catalogs.remove"), VaadinIcons.TRASH);
        remove.setId("catalog-remove");
        remove.addClickListener(e -> selected().ifPresent(this::confirmRemove));
        Button refresh = new Button(messages.get("marketplace.ui.catalogs.refresh"), VaadinIcons.REFRESH);
        refresh.setId("catalog-refresh");
        refresh.addClickListener(e -> context.call(() -> marketplace.refresh(context.caller())).ifPresent(read -> {
            show(read);
            changed.run();
        }));
        add.setVisible(manage);
        remove.setVisible(manage);
        CssLayout toolbar = new CssLayout(add, remove, refresh);
        toolbar.addStyleName("crm-row");
        configureGrid();
        grid.addSelectionListener(e -> enableActions());
        addComponents(help, toolbar, grid);
        enableActions();
    }

    private void configureGrid() {
        grid.setId("catalog-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(8);
        grid.addColumn(CatalogInfo::id).setId("id").setCaption(messages.get("marketplace.ui.catalogs.id")).setStyleGenerator(c -> "crm-ltr");
        grid.addColumn(c -> messages.get("marketplace.ui.kind." + c.kind().name())).setId("kind")
                .setCaption(messages.get("marketplace.ui.catalogs.kind"));
        grid.addColumn(c -> c.location() == null ? "" : c.location()).setId("location").setCaption(messages.get("marketplace.ui.catalogs.location"))
                .setStyleGenerator(c -> "crm-ltr").setExpandRatio(3);
        grid.addColumn(c -> context.format().number(c.entries())).setId("entries").setCaption(messages.get("marketplace.ui.catalogs.entries"));
        grid.addColumn(c -> c.refreshed() == null ? "" : context.format().dateTime(c.refreshed(), IRAN)).setId("refreshed")
                .setCaption(messages.get("marketplace.ui.catalogs.refreshed"));
        grid.addColumn(c -> c.errorKey() == null ? "" : messages.get(c.errorKey(), AddonTexts.isolated(c.errorArgs()))).setId("error")
                .setCaption(messages.get("marketplace.ui.catalogs.error"))
                .setStyleGenerator(c -> c.errorKey() == null ? null : "crm-marketplace-failed")
                .setDescriptionGenerator(c -> c.errorKey() == null ? null : messages.get(c.errorKey(), AddonTexts.isolated(c.errorArgs())))
                .setExpandRatio(3);
        grid.getColumns().forEach(c -> c.setMinimumWidth(90));
        Grids.orderColumns(grid, context.rightToLeft());
    }

    void refresh() {
        context.call(() -> marketplace.catalogs(context.caller())).ifPresent(this::show);
    }

    private void show(List<CatalogInfo> catalogs) {
        String selectedId = selected().map(CatalogInfo::id).orElse(null);
        grid.setItems(catalogs);
        catalogs.stream().filter(c -> c.id().equals(selectedId)).findFirst().ifPresent(grid::select);
        enableActions();
    }

    private void added(CatalogInfo catalog) {
        if (catalog.errorKey() == null) {
            context.showSuccess(messages.get("marketplace.ui.catalogs.added", catalog.id(), catalog.entries()));
        } else {
            Notification.show(messages.get("marketplace.ui.catalogs.addedUnread", catalog.id(),
                    messages.get(catalog.errorKey(), AddonTexts.isolated(catalog.errorArgs()))), Notification.Type.WARNING_MESSAGE);
        }
        refresh();
        grid.select(catalog);
        changed.run();
    }

    private void confirmRemove(CatalogInfo catalog) {
        ConfirmDialog.ask(messages.get("marketplace.ui.catalogs.remove"), messages.get("marketplace.ui.catalogs.removeQuestion", catalog.id()),
                messages.get("marketplace.ui.catalogs.remove"), messages.get("ui.action.cancel"), true, () -> {
                    if (context.run(() -> marketplace.removeCatalog(context.caller(), catalog.id()))) {
                        context.showSuccess(messages.get("marketplace.ui.catalogs.removed", catalog.id()));
                        grid.deselectAll();
                        refresh();
                        changed.run();
                    }
                });
    }

    private void enableActions() {
        remove.setEnabled(selected().map(c -> c.kind() != CatalogKind.BUILT_IN).orElse(false));
    }

    private Optional<CatalogInfo> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }
}
