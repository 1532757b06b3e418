package org.peyvand.ui.kit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.text.PersianText;

import com.vaadin.server.UserError;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.CustomField;
import com.vaadin.ui.TextField;

/**
 * A moment picked as a day in the user's calendar ({@link CrmDateField}) and a wall-clock time
 * "HH:mm" in {@code zone}, with any digits accepted. A day without a time is its start.
 */
public class CrmDateTimeField extends CustomField<Instant> {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);

    private final transient DisplayFormat format;
    private final ZoneId zone;
    private final String invalidMessage;
    private final CrmDateField day;
    private final TextField time = new TextField();
    private boolean timeValid = true;
    private Instant current;

    public CrmDateTimeField(String caption, DisplayFormat format, ZoneId zone, String invalidMessage) {
        this.format = format;
        this.zone = zone;
        this.invalidMessage = invalidMessage;
        setCaption(caption);
        day = new CrmDateField(null, format, invalidMessage);
        day.textField().setWidth("9em");
        day.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                fireChange();
            }
        });
        time.addStyleName("crm-ltr");
        time.setMaxLength(5);
        time.setPlaceholder(format.digits("08:30"));
        time.setValueChangeMode(ValueChangeMode.BLUR);
        time.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                fireChange();
            }
        });
    }

    /** False while the day or the time typed is not one; forms refuse to save then. */
    public boolean isInputValid() {
        return day.isInputValid() && timeValid;
    }

    @Override
    protected Component initContent() {
        CssLayout group = new CssLayout(day, time);
        group.addStyleName("crm-date-time");
        return group;
    }

    @Override
    public Instant getValue() {
        LocalTime wallClock = parsedTime();
        if (day.getValue() == null) {
            return null;
        }
        return LocalDateTime.of(day.getValue(), wallClock == null ? LocalTime.MIDNIGHT : wallClock).atZone(zone).toInstant();
    }

    @Override
    protected void doSetValue(Instant value) {
        if (value == null) {
            day.setValue(null);
            time.setValue("");
        } else {
            LocalDateTime local = LocalDateTime.ofInstant(value, zone);
            day.setValue(local.toLocalDate());
            time.setValue(format.digits(TIME.format(local.toLocalTime())));
        }
        current = value;
        timeValid = true;
        time.setComponentError(null);
    }

    /** The value is read from the two inputs; listeners hear of it when the user changes either. */
    private void fireChange() {
        Instant before = current;
        current = getValue();
        if (!Objects.equals(before, current)) {
            fireEvent(createValueChange(before, true));
        }
    }

    private LocalTime parsedTime() {
        String typed = PersianText.toLatinDigits(time.getValue()).strip();
        if (typed.isEmpty()) {
            markTime(true);
            return null;
        }
        try {
            LocalTime parsed = LocalTime.parse(typed, TYPED_TIME);
            markTime(true);
            return parsed;
        } catch (DateTimeException e) {
            markTime(false);
            return null;
        }
    }

    private void markTime(boolean valid) {
        if (valid != timeValid) {
            timeValid = valid;
            time.setComponentError(valid ? null : new UserError(invalidMessage));
        }
    }
}
