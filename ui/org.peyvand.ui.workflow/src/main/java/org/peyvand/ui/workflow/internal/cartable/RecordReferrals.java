package org.peyvand.ui.workflow.internal.cartable;

import java.util.List;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.TrailStep;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Grids;
import org.peyvand.ui.workflow.internal.Buttons;
import org.peyvand.ui.workflow.internal.Moments;
import org.peyvand.ui.workflow.internal.WorkflowServices;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The Referrals tab of a record: refer it to a person or unit, every item about it (referrals and
 * process tasks) with who holds it and its SLA, and the trail of the chosen one. Opening an item
 * shows it as in the cartable, with the actions its holder may take.
 */
final class RecordReferrals extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    /** The service's limit for an item's title; a longer record name is cut. */
    static final int TITLE_LIMIT = 300;

    private final transient UiContext context;
    private final transient WorkflowServices services;
    private final transient RecordRef record;
    private final transient UnitNames unitNames;
    private final Grid<WorkItem> items = new Grid<>();
    private final VerticalLayout trail = new VerticalLayout();

    RecordReferrals(UiContext context, WorkflowServices services, RecordRef record) {
        this.context = context;
        this.services = services;
        this.record = record;
        this.unitNames = new UnitNames(context, services);
        Messages messages = context.messages();
        setId("record-referrals");
        setCaption(messages.get("workflow.ui.record.tab"));
        setMargin(false);
        setWidth("100%");

        Button refer = Buttons.of(messages.get("workflow.ui.record.refer"), VaadinIcons.ARROW_FORWARD, e -> refer());
        refer.setId("record-refer");
        refer.addStyleName(ValoTheme.BUTTON_PRIMARY);

        items.setId("record-items");
        items.setWidth("100%");
        items.addColumn(WorkItem::name).setCaption(messages.get("workflow.ui.item.name")).setExpandRatio(2);
        items.addColumn(i -> messages.get("workflow.ui.state." + i.state().name())).setCaption(messages.get("workflow.ui.item.state"));
        items.addColumn(i -> WorkItemText.holder(i, CartableBox.SENT, messages, unitNames)).setCaption(messages.get("workflow.ui.item.holder"));
        items.addColumn(i -> Moments.show(context, i.dueAt())).setCaption(messages.get("workflow.ui.item.due"));
        items.addColumn(i -> messages.get("workflow.ui.sla." + i.sla().name())).setCaption(messages.get("workflow.ui.item.sla"));
        items.getColumns().forEach(c -> c.setSortable(false).setMinimumWidthFromContent(false));
        items.setStyleGenerator(i -> SlaStyle.of(i.sla()));
        Grids.orderColumns(items, context.rightToLeft());
        items.asSingleSelect().addValueChangeListener(e -> showTrail(e.getValue()));
        items.addItemClickListener(e -> {
            if (e.getMouseEventDetails().isDoubleClick()) {
                open(e.getItem());
            }
        });

        Label hint = new Label(messages.get("workflow.ui.record.hint"));
        hint.addStyleName("crm-muted");
        trail.setMargin(false);
        trail.setWidth("100%");
        addComponents(refer, items, hint, trail);
        reload();
    }

    private void refer() {
        String title = record.title() == null || record.title().isBlank() ? record.type() + " " + record.id() : record.title().strip();
        String shortTitle = title.length() > TITLE_LIMIT ? title.substring(0, TITLE_LIMIT - 1) + "…" : title;
        UI.getCurrent().addWindow(new ReferralDialog(context, services, ReferralDialog.Mode.REFER,
                referral -> services.cartable().referRecord(context.caller(), record.type(), record.id(), shortTitle, referral),
                referred -> {
                    context.showSuccess(context.messages().get("workflow.ui.record.referred"));
                    reload();
                    items.select(referred);
                }));
    }

    private void open(WorkItem item) {
        UI.getCurrent().addWindow(new WorkItemWindow(context, services, item, unitNames, this::reload));
    }

    private void reload() {
        WorkItem chosen = items.asSingleSelect().getValue();
        List<WorkItem> found = context.call(() -> services.cartable().itemsOf(context.caller(), record.type(), record.id()))
                .orElse(List.of());
        items.setItems(found);
        items.setHeightByRows(Math.max(1, Math.min(found.size(), 6)));
        found.stream().filter(i -> chosen != null && i.id() == chosen.id()).findFirst()
                .or(() -> found.stream().findFirst()).ifPresentOrElse(items::select, () -> showTrail(null));
        context.refreshBadges();
    }

    private void showTrail(WorkItem item) {
        trail.removeAllComponents();
        if (item == null) {
            return;
        }
        List<TrailStep> steps = context.call(() -> services.cartable().trail(context.caller(), item.id())).orElse(List.of());
        Label title = new Label(context.messages().get("workflow.ui.record.trailOf", item.name()));
        title.addStyleName(ValoTheme.LABEL_H4);
        Button open = Buttons.of(context.messages().get("workflow.ui.record.open"), VaadinIcons.EXTERNAL_LINK, e -> open(item));
        open.setId("record-item-open");
        open.addStyleName(ValoTheme.BUTTON_LINK);
        trail.addComponents(title, TrailGrid.of(context, "record-item-trail", steps, unitNames), open);
    }
}
