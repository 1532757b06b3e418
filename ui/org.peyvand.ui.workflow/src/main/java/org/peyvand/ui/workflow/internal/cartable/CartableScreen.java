package org.peyvand.ui.workflow.internal.cartable;


import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.workflow.internal.KeysetGrid;
import org.peyvand.ui.workflow.internal.Moments;
import org.peyvand.ui.workflow.internal.WorkflowServices;
import org.peyvand.ui.workflow.internal.WorkflowStyles;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.UI;

/**
 * The cartable: what the user holds, what their unit or roles offer them, what they referred and
 * wait on, and what they closed; each row coloured by its SLA. An item opens in a dialog.
 */
final class CartableScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;
    /** The services page open items by due date; the key is the one they all accept. */
    static final String SORT = "dueAt";

    private final transient UiContext context;
    private final transient WorkflowServices services;
    private final Label open = new Label();
    private final TabSheet boxes = new TabSheet();
    private final transient UnitNames unitNames;

    CartableScreen(UiContext context, WorkflowServices services) {
        this.context = context;
        this.services = services;
        this.unitNames = new UnitNames(context, services);
        setId("view-cartable");
        WorkflowStyles.applyTo(this);
        addStyleName("crm-page");
        setSizeFull();
        Messages messages = context.messages();
        Label title = new Label(messages.get("workflow.ui.menu.cartable"));
        title.addStyleName("crm-page-title");
        open.setId("cartable-open-count");
        open.addStyleName("crm-cartable-count");
        CssLayout toolbar = new CssLayout(title, open);
        toolbar.addStyleName("crm-row");

        boxes.setId("cartable-boxes");
        boxes.setSizeFull();
        boxes.addStyleName("crm-fill");
        for (CartableBox box : CartableBox.values()) {
            KeysetGrid<WorkItem> grid = grid(box);
            boxes.addTab(grid, messages.get("workflow.ui.box." + box.name())).setId("cartable-box-" + box.name());
        }
        // a box is read when it is shown, and again each time, so it is never stale
        boxes.addSelectedTabChangeListener(e -> ((KeysetGrid<?>) boxes.getSelectedTab()).reload());
        addComponents(toolbar, boxes);
    }

    @Override
    public void enter(ViewChangeEvent event) {
        refresh();
        String parameter = event.getParameters();
        if (parameter != null && parameter.matches("\\d{1,18}")) {
            context.call(() -> services.cartable().get(context.caller(), Long.parseLong(parameter))).ifPresent(this::openItem);
        }
    }

    private KeysetGrid<WorkItem> grid(CartableBox box) {
        Messages messages = context.messages();
        KeysetGrid<WorkItem> paged = new KeysetGrid<>(context, "cartable-grid-" + box.name(), SORT,
                request -> services.cartable().cartable(context.caller(), box, request), () -> services.cartable().count(context.caller(), box));
        var grid = paged.grid();
        grid.addColumn(WorkItem::name).setId("name").setCaption(messages.get("workflow.ui.item.name")).setExpandRatio(3);
        grid.addColumn(i -> i.processName() == null ? messages.get("workflow.ui.item.referral") : i.processName()).setId("process")
                .setCaption(messages.get("workflow.ui.item.process")).setExpandRatio(1);
        grid.addColumn(i -> WorkItemText.holder(i, box, messages, unitNames)).setId("holder").setCaption(messages.get(
                box == CartableBox.SENT ? "workflow.ui.item.holder" : "workflow.ui.item.from")).setExpandRatio(1);
        grid.addColumn(i -> Moments.show(context, i.createdAt())).setId("created").setCaption(messages.get("workflow.ui.item.created"))
                .setExpandRatio(1);
        grid.addColumn(i -> Moments.show(context, i.dueAt())).setId("due").setCaption(messages.get("workflow.ui.item.due")).setExpandRatio(1);
        grid.addColumn(i -> messages.get("workflow.ui.sla." + i.sla().name())).setId("sla").setCaption(messages.get("workflow.ui.item.sla"))
                .setExpandRatio(1);
        grid.setStyleGenerator(i -> SlaStyle.of(i.sla()));
        grid.addItemClickListener(e -> openItem(e.getItem()));
        paged.columnsAdded();
        return paged;
    }

    private void openItem(WorkItem item) {
        UI.getCurrent().addWindow(new WorkItemWindow(context, services, item, unitNames, this::refresh));
    }

    /** Reads the count and the box in sight again: on entering, and after the user changed an item. */
    private void refresh() {
        context.call(() -> services.cartable().openCount(context.caller()))
                .ifPresent(count -> open.setValue(context.messages().get("workflow.ui.openCount", context.format().number(count))));
        context.refreshBadges();
        ((KeysetGrid<?>) boxes.getSelectedTab()).reload();
    }
}
