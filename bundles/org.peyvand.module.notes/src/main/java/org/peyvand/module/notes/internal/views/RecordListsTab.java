package org.peyvand.module.notes.internal.views;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.notes.ListKind;
import org.peyvand.module.notes.ListService;
import org.peyvand.module.notes.MarketingList;
import org.peyvand.module.notes.internal.Permissions;
import org.peyvand.module.notes.internal.Records;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.RecordTab;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.HorizontalLayout;

/**
 * "Add to list" on a record's screen: the static lists of its type the user may change, offered
 * in a box, the record added to the chosen one. Shown to those who may change lists.
 */
@Component(service = RecordTab.class, property = RecordTab.ORDER + ":Integer=35")
public class RecordListsTab implements RecordTab {
    private final ListService lists;
    private final AccessGuard guard;
    private final Records records;

    @Activate
    public RecordListsTab(@Reference ListService lists, @Reference AccessGuard guard, @Reference RecordLookups lookups) {
        this.lists = lists;
        this.guard = guard;
        this.records = new Records(lookups);
    }

    @Override
    public Optional<com.vaadin.ui.Component> create(UiContext context, RecordRef record) {
        // a record of a type notes cannot name (an activity, a network node) gets no tab rather than a refusal
        if (!record.id().matches("\\d{1,18}") || !records.names(record.type()) || !guard.allows(context.caller(), Permissions.LIST_READ)
                || !guard.allows(context.caller(), Permissions.LIST_UPDATE)) {
            return Optional.empty();
        }
        Messages messages = context.messages();
        List<MarketingList> editable = context.call(() -> lists.lists(context.caller(), record.type(), PageRequest.first(PageRequest.MAX_LIMIT,
                null, false))).map(page -> page.items().stream().filter(list -> list.kind() == ListKind.STATIC && list.editable()).toList())
                .orElse(List.of());
        ComboBox<MarketingList> list = new ComboBox<>(messages.get("notes.list.addTo"), editable);
        list.setId("record-lists-list");
        list.setItemCaptionGenerator(MarketingList::name);
        Button add = Buttons.of(messages.get("notes.add"), VaadinIcons.PLUS, e -> list.getOptionalValue().ifPresent(chosen -> {
            if (context.run(() -> lists.addMembers(context.caller(), chosen.id(), List.of(Long.parseLong(record.id()))))) {
                context.showSuccess(messages.get("notes.list.added", chosen.name()));
                list.clear();
            }
        }));
        add.setId("record-lists-add");
        HorizontalLayout tab = new HorizontalLayout(list, add);
        tab.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);
        tab.setId("record-lists");
        tab.setCaption(messages.get("notes.menu.lists"));
        return Optional.of(tab);
    }
}
