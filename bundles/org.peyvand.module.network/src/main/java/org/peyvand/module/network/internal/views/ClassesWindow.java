package org.peyvand.module.network.internal.views;

import org.peyvand.module.network.NetworkService;
import org.peyvand.module.network.NodeClass;
import org.peyvand.module.network.NodeClassInput;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** The classes of agencies and sales centres, for administrators: a code, names in Persian and English and what earns the grade. */
final class ClassesWindow extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient NetworkService network;
    private final Grid<NodeClass> grid = new Grid<>();
    private final TextField code;
    private final TextField nameFa;
    private final TextField nameEn;
    private final TextArea criteria;
    private final ProblemsLabel problems;

    ClassesWindow(UiContext context, NetworkService network) {
        super(context.messages().get("network.classes"));
        this.context = context;
        this.network = network;
        Messages messages = context.messages();
        setId("network-classes-window");
        setModal(true);
        setWidth("680px");
        addStyleName("crm-dialog");

        grid.setId("network-classes-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(5);
        grid.addColumn(NodeClass::code).setCaption(messages.get("network.field.code"));
        grid.addColumn(c -> c.name(context.caller().locale())).setCaption(messages.get("network.field.name"));
        grid.addColumn(c -> c.criteria() == null ? "" : c.criteria()).setCaption(messages.get("network.field.criteria"));

        code = field("network.field.code", "network-class-code", 20);
        nameFa = field("network.field.nameFa", "network-class-name-fa", 100);
        nameEn = field("network.field.nameEn", "network-class-name-en", 100);
        criteria = new TextArea(messages.get("network.field.criteria"));
        criteria.setId("network-class-criteria");
        criteria.setMaxLength(1000);
        criteria.setRows(2);
        criteria.setWidth("100%");
        problems = new ProblemsLabel(context, "network-class-problems");

        Button add = new Button(messages.get("network.classes.add"), e -> add());
        add.setId("network-class-add");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button delete = new Button(messages.get("ui.action.delete"), e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::confirmDelete));
        delete.setId("network-class-delete");
        delete.addStyleName(ValoTheme.BUTTON_DANGER);
        delete.setEnabled(false);
        grid.addSelectionListener(e -> delete.setEnabled(e.getFirstSelectedItem().isPresent()));
        Button close = new Button(messages.get("ui.action.close"), e -> close());
        close.setId("network-classes-close");
        CssLayout buttons = new CssLayout(add, delete, close);
        buttons.addStyleName("crm-row");

        FormLayout form = new FormLayout(code, nameFa, nameEn, criteria);
        form.setWidth("100%");
        VerticalLayout body = new VerticalLayout(grid, form, problems, buttons);
        body.setWidth("100%");
        setContent(body);
        refresh();
    }

    private TextField field(String labelKey, String id, int maxLength) {
        TextField field = new TextField(context.messages().get(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setWidth("100%");
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    private void refresh() {
        context.call(() -> network.classes(context.caller())).ifPresent(grid::setItems);
    }

    private void add() {
        NodeClassInput input = new NodeClassInput(code.getValue(), nameFa.getValue(), nameEn.getValue(), criteria.getValue());
        if (problems.attempt(() -> network.createClass(context.caller(), input))) {
            context.showSuccess(context.messages().get("ui.saved"));
            code.clear();
            nameFa.clear();
            nameEn.clear();
            criteria.clear();
            refresh();
        }
    }

    private void confirmDelete(NodeClass nodeClass) {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("ui.confirm.deleteTitle"), messages.get("network.classes.confirmDelete") + " " + nodeClass.code(),
                messages.get("ui.action.delete"), messages.get("ui.action.cancel"), true, () -> {
                    if (context.run(() -> network.deleteClass(context.caller(), nodeClass.id()))) {
                        context.showSuccess(messages.get("ui.deleted"));
                        refresh();
                    }
                });
    }
}
