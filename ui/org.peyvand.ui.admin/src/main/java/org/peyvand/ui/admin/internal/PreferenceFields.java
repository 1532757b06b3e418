package org.peyvand.ui.admin.internal;

import java.util.List;
import java.util.Locale;

import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.format.DigitStyle;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.format.MoneyUnit;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;

import com.vaadin.ui.Component;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A user's display settings as four choices. Picking a language proposes its usual calendar and
 * digits (Jalali and Persian digits for Persian), which the user may still change.
 */
public final class PreferenceFields {
    private final RadioButtonGroup<Locale> language;
    private final RadioButtonGroup<CalendarSystem> calendar;
    private final RadioButtonGroup<DigitStyle> digits;
    private final RadioButtonGroup<MoneyUnit> money;

    /** @param idPrefix prefix of the component ids, e.g. {@code user} gives {@code user-language} */
    public PreferenceFields(Messages messages, DisplayPreferences initial, String idPrefix) {
        language = group(messages.get("admin.preferences.language"), List.of(I18nService.PERSIAN, I18nService.ENGLISH),
                idPrefix + "-language");
        language.setItemCaptionGenerator(l -> messages.get("admin.language." + l.getLanguage()));
        calendar = group(messages.get("ui.settings.calendar"), List.of(CalendarSystem.values()), idPrefix + "-calendar");
        calendar.setItemCaptionGenerator(c -> messages.get("ui.settings.calendar." + c.name()));
        digits = group(messages.get("ui.settings.digits"), List.of(DigitStyle.values()), idPrefix + "-digits");
        digits.setItemCaptionGenerator(d -> messages.get("ui.settings.digits." + d.name()));
        money = group(messages.get("ui.settings.money"), List.of(MoneyUnit.values()), idPrefix + "-money");
        money.setItemCaptionGenerator(m -> m.displayName(messages.locale()));

        language.setValue(initial.locale().getLanguage().equals("fa") ? I18nService.PERSIAN : I18nService.ENGLISH);
        calendar.setValue(initial.calendar());
        digits.setValue(initial.digits());
        money.setValue(initial.moneyUnit());
        language.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                DisplayPreferences usual = DisplayPreferences.defaults(e.getValue());
                calendar.setValue(usual.calendar());
                digits.setValue(usual.digits());
            }
        });
    }

    public List<Component> components() {
        return List.of(language, calendar, digits, money);
    }

    public DisplayPreferences value() {
        return new DisplayPreferences(language.getValue(), calendar.getValue(), digits.getValue(), money.getValue());
    }

    private static <T> RadioButtonGroup<T> group(String caption, List<T> items, String id) {
        RadioButtonGroup<T> group = new RadioButtonGroup<>(caption, items);
        group.addStyleName(ValoTheme.OPTIONGROUP_HORIZONTAL);
        group.setId(id);
        return group;
    }
}
