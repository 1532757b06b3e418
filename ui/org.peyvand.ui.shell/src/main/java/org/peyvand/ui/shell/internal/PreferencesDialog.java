package org.peyvand.ui.shell.internal;

import java.util.List;

import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.format.DigitStyle;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.format.MoneyUnit;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.UserService;

import com.vaadin.server.Page;
import com.vaadin.server.VaadinSession;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The user's display settings: calendar, digits and how money shows (rial or toman). They hold
 * for this session; the user store keeps them per user.
 */
final class PreferencesDialog extends Window {
    private static final long serialVersionUID = 1L;
    private static final long SAMPLE_RIALS = 125_000_000L;

    PreferencesDialog(Messages messages, DisplayPreferences current, UserService users) {
        super(messages.get("ui.settings"));
        setId("preferences");
        setModal(true);
        setWidth("420px");
        addStyleName("crm-dialog");

        RadioButtonGroup<CalendarSystem> calendar = new RadioButtonGroup<>(messages.get("ui.settings.calendar"), List.of(CalendarSystem.values()));
        calendar.setItemCaptionGenerator(c -> messages.get("ui.settings.calendar." + c.name()));
        calendar.setValue(current.calendar());
        RadioButtonGroup<DigitStyle> digits = new RadioButtonGroup<>(messages.get("ui.settings.digits"), List.of(DigitStyle.values()));
        digits.setItemCaptionGenerator(d -> messages.get("ui.settings.digits." + d.name()));
        digits.setValue(current.digits());
        RadioButtonGroup<MoneyUnit> money = new RadioButtonGroup<>(messages.get("ui.settings.money"), List.of(MoneyUnit.values()));
        money.setItemCaptionGenerator(m -> m.displayName(current.locale()));
        money.setValue(current.moneyUnit());
        Label sample = new Label();
        sample.addStyleName("crm-muted");
        Runnable preview = () -> {
            DisplayFormat format = DisplayFormat.of(chosen(current, calendar.getValue(), digits.getValue(), money.getValue()));
            sample.setValue(format.dateLong(java.time.LocalDate.now()) + " · " + format.money(SAMPLE_RIALS));
        };
        calendar.addValueChangeListener(e -> preview.run());
        digits.addValueChangeListener(e -> preview.run());
        money.addValueChangeListener(e -> preview.run());
        preview.run();

        Button save = new Button(messages.get("ui.action.save"), e -> {
            SessionPreferences.change(VaadinSession.getCurrent(), chosen(current, calendar.getValue(), digits.getValue(), money.getValue()), users);
            close();
            Page.getCurrent().reload();
        });
        save.setId("preferences-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(messages.get("ui.action.cancel"), e -> close());
        CssLayout buttons = new CssLayout(save, cancel);
        buttons.addStyleName("crm-row");
        setContent(new VerticalLayout(new FormLayout(calendar, digits, money), sample, buttons));
    }

    private static DisplayPreferences chosen(DisplayPreferences current, CalendarSystem calendar, DigitStyle digits, MoneyUnit money) {
        return new DisplayPreferences(current.locale(), calendar, digits, money);
    }
}
