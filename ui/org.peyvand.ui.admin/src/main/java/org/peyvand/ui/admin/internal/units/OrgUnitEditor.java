package org.peyvand.ui.admin.internal.units;

import java.util.List;
import java.util.Map;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitInput;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.ui.admin.internal.AdminDialog;
import org.peyvand.ui.admin.internal.Fields;
import org.peyvand.ui.admin.internal.UnitPaths;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextField;

/** Adds an org unit or changes one: code, names, kind and the unit it belongs to. */
final class OrgUnitEditor extends AdminDialog {
    private static final long serialVersionUID = 1L;
    /** The organisation itself is the root; every other unit is one of these. */
    private static final List<OrgUnit.Kind> KINDS = List.of(OrgUnit.Kind.DEPARTMENT, OrgUnit.Kind.BRANCH, OrgUnit.Kind.AGENCY);

    private final transient OrgUnitService units;
    private final OrgUnit unit;
    private final TextField code;
    private final TextField nameFa;
    private final TextField nameEn;
    private final ComboBox<OrgUnit.Kind> kind;
    private final ComboBox<Long> parent;

    /** @param unit the unit to change, {@code null} for a new one below {@code parentId} */
    OrgUnitEditor(UiContext context, OrgUnitService units, OrgUnit unit, long parentId, List<OrgUnit> tree) {
        super(context, unit == null ? "admin.unit.new" : "admin.unit.edit", "unit-editor");
        this.units = units;
        this.unit = unit;
        Messages messages = context.messages();
        code = errors.bind("code", Fields.leftToRight(messages.get("admin.unit.code"), "unit-code", 40));
        code.setRequiredIndicatorVisible(true);
        nameFa = errors.bind("nameFa", Fields.text(messages.get("admin.unit.nameFa"), "unit-name-fa", 200));
        nameFa.setRequiredIndicatorVisible(true);
        nameEn = errors.bind("nameEn", Fields.leftToRight(messages.get("admin.unit.nameEn"), "unit-name-en", 200));
        kind = errors.bind("kind", new ComboBox<>(messages.get("admin.unit.kind"), KINDS));
        kind.setItemCaptionGenerator(k -> messages.get("admin.unit.kind." + k.name()));
        kind.setId("unit-kind");
        kind.setWidth("100%");
        kind.setEmptySelectionAllowed(false);
        kind.setTextInputAllowed(false);
        kind.setRequiredIndicatorVisible(true);

        // a unit cannot move below itself: its own branch of the tree is not offered
        Map<Long, String> paths = UnitPaths.of(tree.stream().filter(u -> unit == null || !unit.contains(u)).toList(), messages.locale());
        parent = errors.bind("parentId", UnitPaths.select(messages.get("admin.unit.parent"), paths, messages.locale()));
        parent.setId("unit-parent");
        parent.setValue(parentId);

        if (unit == null) {
            kind.setValue(OrgUnit.Kind.DEPARTMENT);
        } else {
            code.setValue(unit.code());
            nameFa.setValue(unit.nameFa());
            nameEn.setValue(unit.nameEn() == null ? "" : unit.nameEn());
            kind.setValue(unit.kind());
        }
        FormLayout form = new FormLayout(code, nameFa, nameEn, kind, parent);
        form.setMargin(false);
        show(form, "ui.action.save", "unit-save", false);
    }

    @Override
    protected void save() {
        OrgUnitInput input = new OrgUnitInput(code.getValue(), nameFa.getValue(), nameEn.getValue(), kind.getValue(), parent.getValue());
        if (unit == null) {
            units.create(context.caller(), input);
        } else {
            units.update(context.caller(), unit.id(), input, unit.version());
        }
    }
}
