package org.peyvand.ui.kit;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.format.DisplayFormat;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.UserError;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.CustomField;
import com.vaadin.ui.PopupView;
import com.vaadin.ui.TextField;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The one date field of the workspace: typed and picked in the user's calendar (Jalali
 * "۱۴۰۳/۰۱/۰۱" for Persian users, ISO for Gregorian), with any digits accepted, and always
 * holding a {@link LocalDate}. Text that is not a date is flagged and never taken as a value.
 */
public class CrmDateField extends CustomField<LocalDate> {
    private static final long serialVersionUID = 1L;

    private final transient DisplayFormat format;
    private final String invalidMessage;
    private final TextField text = new TextField();
    private final Button pick = new Button(VaadinIcons.CALENDAR);
    private final PopupView popup;
    private LocalDate value;
    private boolean inputValid = true;

    public CrmDateField(String caption, DisplayFormat format, String invalidMessage) {
        this.format = format;
        this.invalidMessage = invalidMessage;
        setCaption(caption);
        text.setPlaceholder(format.date(LocalDate.of(2024, 3, 20)));
        text.addStyleName("crm-ltr");
        text.setValueChangeMode(ValueChangeMode.BLUR);
        text.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                parse(e.getValue());
            }
        });
        pick.addStyleName(ValoTheme.BUTTON_ICON_ONLY);
        popup = new PopupView(new PopupView.Content() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getMinimizedValueAsHTML() {
                return "";
            }

            @Override
            public Component getPopupComponent() {
                return picker();
            }
        });
        popup.setHideOnMouseOut(false);
        pick.addClickListener(e -> popup.setPopupVisible(true));
    }

    /** False while the typed text is not a date; forms refuse to save then. */
    public boolean isInputValid() {
        return inputValid;
    }

    public TextField textField() {
        return text;
    }

    @Override
    protected Component initContent() {
        CssLayout group = new CssLayout(text, pick, popup);
        group.addStyleName(ValoTheme.LAYOUT_COMPONENT_GROUP);
        return group;
    }

    @Override
    public LocalDate getValue() {
        return value;
    }

    @Override
    protected void doSetValue(LocalDate newValue) {
        value = newValue;
        inputValid = true;
        text.setValue(newValue == null ? "" : format.date(newValue));
        text.setComponentError(null);
    }

    private void parse(String typed) {
        try {
            LocalDate parsed = format.parseDate(typed);
            inputValid = true;
            text.setComponentError(null);
            setValue(parsed, true);
        } catch (DateTimeException e) {
            inputValid = false;
            text.setComponentError(new UserError(invalidMessage));
        }
    }

    private Component picker() {
        if (format.preferences().calendar() == CalendarSystem.JALALI) {
            return new JalaliMonthCalendar(format, value, this::picked);
        }
        com.vaadin.ui.InlineDateField calendar = new com.vaadin.ui.InlineDateField();
        calendar.setValue(value);
        calendar.addValueChangeListener(e -> picked(e.getValue()));
        return calendar;
    }

    private void picked(LocalDate date) {
        popup.setPopupVisible(false);
        inputValid = true;
        text.setComponentError(null);
        setValue(date, true);
    }
}
