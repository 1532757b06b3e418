package org.peyvand.module.activities.internal.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peyvand.module.activities.Participant;
import org.peyvand.module.activities.internal.Permissions;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.LookupBox;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.RecordLookupOptions;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Who takes part in an activity: colleagues and, while the accounts module is installed, people,
 * each picked by name and taken off with the button beside it.
 */
final class ParticipantsField extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> picked = new LinkedHashMap<>();
    private final CssLayout chosen = new CssLayout();

    ParticipantsField(UiContext context, RecordLookups lookups, List<Participant> current) {
        Messages messages = context.messages();
        setId("activity-participants");
        setMargin(false);
        setWidth("100%");
        current.forEach(participant -> picked.put(participant.code(), participant.name() != null ? participant.name() : participant.code()));
        chosen.setId("activity-participants-chosen");
        chosen.addStyleName("crm-row");
        CssLayout pickers = new CssLayout(picker(messages.get("activities.participants.colleague"), Participant.Type.USER,
                new RecordLookupOptions(context.caller(), lookups, RecordLookups.USERS)));
        pickers.addStyleName("crm-row");
        if (lookups.types().contains(Permissions.CONTACT)) {
            pickers.addComponent(picker(messages.get("activities.participants.contact"), Participant.Type.CONTACT,
                    new RecordLookupOptions(context.caller(), lookups, Permissions.CONTACT)));
        }
        addComponents(new Label(messages.get("activities.field.participants")), chosen, pickers);
        show();
    }

    /** As the service takes them: {@code user:sara}, {@code contact:12}. */
    List<String> codes() {
        return List.copyOf(picked.keySet());
    }

    private ComboBox<Option> picker(String caption, Participant.Type type, RecordLookupOptions lookup) {
        ComboBox<Option> box = LookupBox.of(caption, lookup, false);
        box.setId("activity-participants-" + type.code());
        box.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                picked.putIfAbsent(type.code() + ":" + e.getValue().value(), e.getValue().label());
                box.clear();
                show();
            }
        });
        return box;
    }

    private void show() {
        chosen.removeAllComponents();
        picked.forEach((code, name) -> {
            Button remove = new Button(name, VaadinIcons.CLOSE_SMALL);
            remove.setId("activity-participant-" + code.replace(':', '-'));
            remove.addStyleName(ValoTheme.BUTTON_SMALL);
            remove.addClickListener(e -> {
                picked.remove(code);
                show();
            });
            chosen.addComponent(remove);
        });
    }
}
