package org.peyvand.module.occasions.internal.views;

import java.util.List;

import org.peyvand.module.occasions.OccasionService;
import org.peyvand.module.occasions.OfficialChange;
import org.peyvand.module.occasions.OfficialOccasion;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** Moves a lunar occasion by a few days where Iran's official calendar differs from Umm al-Qura. */
final class CorrectionDialog extends Window {
    private static final long serialVersionUID = 1L;

    CorrectionDialog(UiContext context, OccasionService occasions, OfficialOccasion occasion, Runnable changed) {
        Messages messages = context.messages();
        setCaption(messages.get("occasions.official.correct"));
        setId("occasions-correction");
        setModal(true);
        setWidth("26em");
        ComboBox<Integer> days = new ComboBox<>(messages.get("occasions.field.correction"), List.of(-2, -1, 0, 1, 2));
        days.setId("occasions-correction-days");
        days.setItemCaptionGenerator(d -> context.format().digits(String.valueOf(d)));
        days.setEmptySelectionAllowed(false);
        days.setValue(occasion.correction());
        Button save = OccasionsScreen.button(messages.get("occasions.save"), VaadinIcons.CHECK, "occasions-correction-save", () -> {
            if (context.run(() -> occasions.changeOfficial(context.caller(), occasion.code(), new OfficialChange(occasion.enabled(), days.getValue()),
                    occasion.version()))) {
                close();
                changed.run();
            }
        });
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        FormLayout form = new FormLayout(days, save);
        form.setMargin(true);
        setContent(form);
    }
}
