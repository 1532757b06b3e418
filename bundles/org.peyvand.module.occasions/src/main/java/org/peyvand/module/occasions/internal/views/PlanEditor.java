package org.peyvand.module.occasions.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peyvand.module.occasions.GreetingPlan;
import org.peyvand.module.occasions.OccasionService;
import org.peyvand.module.occasions.PlanInput;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.UI;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A new or changed greeting plan: its occasion, a text per language, its channel and whether it is on.
 * A plan is saved off first and switched on once its preview was seen.
 */
final class PlanEditor extends Window {
    private static final long serialVersionUID = 1L;

    /** @param plan the plan changed, or {@code null} for a new one */
    PlanEditor(UiContext context, OccasionService occasions, GreetingPlan plan, Runnable saved) {
        Messages messages = context.messages();
        boolean persian = "fa".equals(context.caller().locale().getLanguage());
        setCaption(messages.get(plan == null ? "occasions.plan.new" : "occasions.edit"));
        setId("occasions-plan-editor");
        setModal(true);
        setWidth("40em");

        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(OccasionService.BIRTHDAY, messages.get("occasions.kind.BIRTHDAY"));
        context.call(() -> occasions.officialOccasions(context.caller())).orElse(List.of())
                .forEach(o -> choices.put(OccasionService.OFFICIAL_PREFIX + o.code(), persian ? o.nameFa() : o.nameEn()));
        context.call(() -> occasions.companyEvents(context.caller())).orElse(List.of())
                .forEach(e -> choices.put(OccasionService.COMPANY_PREFIX + e.id(), persian ? e.nameFa() : e.nameEn()));
        context.call(() -> occasions.dateFields(context.caller())).orElse(List.of()).forEach(f -> choices.put(
                OccasionService.ANNIVERSARY_PREFIX + f.name(), messages.get("occasions.anniversaryOf", persian ? f.labelFa() : f.labelEn())));
        ComboBox<String> occasion = new ComboBox<>(messages.get("occasions.field.occasion"), new ArrayList<>(choices.keySet()));
        occasion.setId("occasions-plan-occasion");
        occasion.setItemCaptionGenerator(key -> choices.getOrDefault(key, key));
        occasion.setWidth("100%");
        TextArea templateFa = new TextArea(messages.get("occasions.field.templateFa"));
        templateFa.setId("occasions-plan-templateFa");
        templateFa.setWidth("100%");
        TextArea templateEn = new TextArea(messages.get("occasions.field.templateEn"));
        templateEn.setId("occasions-plan-templateEn");
        templateEn.setWidth("100%");
        Label placeholders = new Label(messages.get("occasions.plan.placeholders"));
        ComboBox<String> channel = new ComboBox<>(messages.get("occasions.field.channel"),
                context.call(() -> occasions.channels(context.caller())).orElse(List.of()));
        channel.setId("occasions-plan-channel");
        channel.setItemCaptionGenerator(id -> messages.get("occasions.channel." + id));
        CheckBox enabled = new CheckBox(messages.get("occasions.field.enabled"));
        enabled.setId("occasions-plan-enabled");
        if (plan != null) {
            occasion.setValue(plan.occasion());
            templateFa.setValue(plan.templateFa() == null ? "" : plan.templateFa());
            templateEn.setValue(plan.templateEn() == null ? "" : plan.templateEn());
            channel.setValue(plan.channel());
            enabled.setValue(plan.enabled());
        }

        Button save = OccasionsScreen.button(messages.get("occasions.save"), VaadinIcons.CHECK, "occasions-plan-save", () -> {
            PlanInput input = new PlanInput(occasion.getValue(), templateFa.getValue(), templateEn.getValue(), channel.getValue(), enabled.getValue());
            context.call(() -> plan == null ? occasions.createPlan(context.caller(), input)
                    : occasions.updatePlan(context.caller(), plan.id(), input, plan.version())).ifPresent(stored -> {
                        close();
                        saved.run();
                        if (!stored.enabled()) {
                            UI.getCurrent().addWindow(new PreviewDialog(context, occasions, stored, saved));
                        }
                    });
        });
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        FormLayout form = new FormLayout(occasion, templateFa, templateEn, placeholders, channel, enabled, save);
        form.setMargin(true);
        setContent(form);
    }
}
