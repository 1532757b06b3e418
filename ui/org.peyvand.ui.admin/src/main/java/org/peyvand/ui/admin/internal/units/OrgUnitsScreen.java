package org.peyvand.ui.admin.internal.units;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.ui.admin.internal.AdminGrids;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.data.TreeData;
import com.vaadin.data.provider.TreeDataProvider;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TreeGrid;
import com.vaadin.ui.themes.ValoTheme;

/** The organisation tree: departments, branches and agencies, with their codes; unit managers change it here. */
final class OrgUnitsScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient OrgUnitService units;
    private final TreeGrid<OrgUnit> tree = new TreeGrid<>();
    private final Button add;
    private final Button edit;
    private final Button delete;
    private transient List<OrgUnit> all = List.of();

    OrgUnitsScreen(UiContext context, OrgUnitService units, boolean manage) {
        this.context = context;
        this.units = units;
        setId("view-org-units");
        addStyleName("crm-page");
        setSizeFull();
        Messages messages = context.messages();
        Label title = new Label(messages.get("admin.menu.orgUnits"));
        title.addStyleName("crm-page-title");

        add = Buttons.of(messages.get("admin.unit.addChild"), VaadinIcons.PLUS, e -> open(null));
        add.setId("units-add");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        edit = Buttons.of(messages.get("ui.action.edit"), VaadinIcons.EDIT, e -> selected().ifPresent(this::open));
        edit.setId("units-edit");
        delete = Buttons.of(messages.get("ui.action.delete"), VaadinIcons.TRASH, e -> selected().ifPresent(this::confirmDelete));
        delete.setId("units-delete");
        delete.addStyleName(ValoTheme.BUTTON_DANGER);
        CssLayout toolbar = new CssLayout(title);
        toolbar.addStyleName("crm-row");
        if (manage) {
            toolbar.addComponents(add, edit, delete);
        }

        tree.addColumn(u -> u.name(messages.locale())).setId("name").setCaption(messages.get("admin.unit.name"));
        tree.addColumn(OrgUnit::code).setId("code").setCaption(messages.get("admin.unit.code")).setStyleGenerator(u -> "crm-ltr");
        tree.addColumn(u -> messages.get("admin.unit.kind." + u.kind().name())).setId("kind").setCaption(messages.get("admin.unit.kind"));
        tree.setHierarchyColumn("name");
        AdminGrids.columnsAdded(tree, context.rightToLeft());
        tree.getColumn("name").setExpandRatio(3);
        tree.getColumns().forEach(c -> c.setSortable(false));
        tree.setId("units-tree");
        tree.setSizeFull();
        tree.addStyleName("crm-fill");
        tree.addSelectionListener(e -> selectionChanged());
        if (manage) {
            tree.addItemClickListener(e -> {
                if (e.getMouseEventDetails().isDoubleClick() && e.getItem().id() != OrgUnit.ROOT_ID) {
                    open(e.getItem());
                }
            });
        }
        addComponents(toolbar, tree);
        refresh();
    }

    private void refresh() {
        try {
            all = units.tree(context.caller());
        } catch (RuntimeException e) {
            context.showError(e);
        }
        TreeData<OrgUnit> data = new TreeData<>();
        Map<Long, OrgUnit> byId = new HashMap<>();
        for (OrgUnit unit : all) {
            data.addItem(unit.parentId() == null ? null : byId.get(unit.parentId()), unit);
            byId.put(unit.id(), unit);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
        selectionChanged();
    }

    private Optional<OrgUnit> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    /** The organisation itself is fixed; only the units below it can be changed or removed. */
    private void selectionChanged() {
        boolean below = selected().map(u -> u.id() != OrgUnit.ROOT_ID).orElse(false);
        edit.setEnabled(below);
        delete.setEnabled(below);
    }

    /** @param unit the unit to change; {@code null} adds a unit below the selected one (or the organisation) */
    private void open(OrgUnit unit) {
        long parentId = unit != null ? unit.parentId() : selected().map(OrgUnit::id).orElse(OrgUnit.ROOT_ID);
        OrgUnitEditor editor = new OrgUnitEditor(context, units, unit, parentId, all);
        editor.addCloseListener(e -> refresh());
        getUI().addWindow(editor);
    }

    private void confirmDelete(OrgUnit unit) {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("ui.confirm.deleteTitle"), messages.get("admin.unit.delete.question", unit.name(messages.locale())),
                messages.get("ui.action.delete"), messages.get("ui.action.cancel"), true, () -> {
                    try {
                        units.delete(context.caller(), unit.id());
                        context.showSuccess(messages.get("ui.deleted"));
                    } catch (RuntimeException e) {
                        context.showError(e);
                    }
                    refresh();
                });
    }
}
