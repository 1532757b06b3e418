package org.peyvand.module.occasions.internal.views;

import java.util.List;
import java.util.stream.IntStream;

import org.peyvand.module.occasions.CompanyEvent;
import org.peyvand.module.occasions.CompanyEventInput;
import org.peyvand.module.occasions.OccasionService;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.CrmDateField;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextField;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** A new or changed company event: yearly on a Jalali month and day, or once on a date. */
final class EventEditor extends Window {
    private static final long serialVersionUID = 1L;

    /** @param event the event changed, or {@code null} for a new one */
    EventEditor(UiContext context, OccasionService occasions, CompanyEvent event, Runnable saved) {
        Messages messages = context.messages();
        setCaption(messages.get(event == null ? "occasions.event.new" : "occasions.edit"));
        setId("occasions-event-editor");
        setModal(true);
        setWidth("30em");
        TextField nameFa = new TextField(messages.get("occasions.field.nameFa"));
        nameFa.setId("occasions-event-nameFa");
        nameFa.setWidth("100%");
        TextField nameEn = new TextField(messages.get("occasions.field.nameEn"));
        nameEn.setId("occasions-event-nameEn");
        nameEn.setWidth("100%");
        List<Integer> months = IntStream.rangeClosed(1, 12).boxed().toList();
        ComboBox<Integer> month = new ComboBox<>(messages.get("occasions.field.month"), months);
        month.setId("occasions-event-month");
        month.setItemCaptionGenerator(m -> JalaliDate.of(1403, m, 1).monthName(context.caller().locale()));
        ComboBox<Integer> day = new ComboBox<>(messages.get("occasions.field.day"), IntStream.rangeClosed(1, 31).boxed().toList());
        day.setId("occasions-event-day");
        day.setItemCaptionGenerator(d -> context.format().digits(String.valueOf(d)));
        CrmDateField date = new CrmDateField(messages.get("occasions.field.once"), context.format(), messages.get("occasions.error.date"));
        date.setId("occasions-event-date");
        if (event != null) {
            nameFa.setValue(event.nameFa());
            nameEn.setValue(event.nameEn());
            month.setValue(event.month());
            day.setValue(event.day());
            date.setValue(event.date());
        }
        Button save = OccasionsScreen.button(messages.get("occasions.save"), VaadinIcons.CHECK, "occasions-event-save", () -> {
            CompanyEventInput input = new CompanyEventInput(nameFa.getValue(), nameEn.getValue(), month.getValue(), day.getValue(), date.getValue());
            if (context.run(() -> {
                if (event == null) {
                    occasions.createEvent(context.caller(), input);
                } else {
                    occasions.updateEvent(context.caller(), event.id(), input, event.version());
                }
            })) {
                close();
                saved.run();
            }
        });
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        FormLayout form = new FormLayout(nameFa, nameEn, month, day, date, save);
        form.setMargin(true);
        setContent(form);
    }
}
