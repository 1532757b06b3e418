package org.peyvand.module.occasions.internal.views;

import java.time.LocalDate;

import org.peyvand.module.occasions.GreetingPlan;
import org.peyvand.module.occasions.OccasionService;
import org.peyvand.module.occasions.PlanInput;
import org.peyvand.module.occasions.Preview;
import org.peyvand.module.occasions.PreviewItem;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.CrmDateField;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Whom a plan would greet on a day and with which texts, read from the service, which stores nothing;
 * a plan that is off can be switched on from here once its greetings were seen.
 */
final class PreviewDialog extends Window {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    /** @param enabled called once the plan was switched on here; {@code null} offers no switch */
    PreviewDialog(UiContext context, OccasionService occasions, GreetingPlan plan, Runnable enabled) {
        Messages messages = context.messages();
        boolean persian = "fa".equals(context.caller().locale().getLanguage());
        setCaption(messages.get("occasions.plan.preview"));
        setId("occasions-preview");
        setModal(true);
        setWidth("52em");
        CrmDateField date = new CrmDateField(messages.get("occasions.field.date"), context.format(), messages.get("occasions.error.date"));
        date.setId("occasions-preview-date");
        date.setValue(occasions.today());
        Label state = new Label();
        state.setId("occasions-preview-state");
        Grid<PreviewItem> items = new Grid<>();
        items.setId("occasions-preview-items");
        items.setWidth("100%");
        items.setHeightByRows(8);
        items.addColumn(PreviewItem::contactName).setCaption(messages.get("occasions.field.contact"));
        items.addColumn(i -> persian && i.textFa() != null || i.textEn() == null ? i.textFa() : i.textEn()).setCaption(messages.get("occasions.field.text"));
        items.addColumn(i -> messages.get(i.reachable() ? "occasions.yes" : "occasions.no")).setCaption(messages.get("occasions.field.reachable"));
        Runnable show = () -> {
            LocalDate day = date.getValue();
            context.call(() -> occasions.preview(context.caller(), plan.id(), day, SHOWN)).ifPresent(preview -> {
                items.setItems(preview.items());
                state.setValue(describe(messages, preview));
            });
        };
        date.addValueChangeListener(e -> show.run());
        VerticalLayout content = new VerticalLayout(date, state, items);
        if (enabled != null && !plan.enabled()) {
            Button switchOn = OccasionsScreen.button(messages.get("occasions.plan.enable"), VaadinIcons.CHECK, "occasions-preview-enable", () -> {
                PlanInput input = new PlanInput(plan.occasion(), plan.templateFa(), plan.templateEn(), plan.channel(), true);
                if (context.run(() -> occasions.updatePlan(context.caller(), plan.id(), input, plan.version()))) {
                    close();
                    enabled.run();
                }
            });
            switchOn.addStyleName(ValoTheme.BUTTON_PRIMARY);
            content.addComponent(new HorizontalLayout(switchOn));
        }
        setContent(content);
        show.run();
    }

    private static String describe(Messages messages, Preview preview) {
        if (!preview.channelAvailable()) {
            return messages.get("occasions.channel.unavailable");
        }
        if (!preview.occurs()) {
            return messages.get("occasions.preview.notThatDay");
        }
        return messages.get(preview.more() ? "occasions.preview.more" : "occasions.preview.count", preview.items().size());
    }
}
