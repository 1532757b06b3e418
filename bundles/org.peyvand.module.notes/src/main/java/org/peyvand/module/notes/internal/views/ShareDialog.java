package org.peyvand.module.notes.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.peyvand.module.notes.ListService;
import org.peyvand.module.notes.ListShare;
import org.peyvand.module.notes.MarketingList;
import org.peyvand.module.notes.ShareAccess;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.LookupBox;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.RecordLookupOptions;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** Whom a list is shared with: each user or unit with read or edit access, added by name and removed by selection. */
final class ShareDialog extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient ListService lists;
    private final MarketingList list;
    private final Grid<ListShare> grid = new Grid<>();
    private List<ListShare> shares = List.of();

    ShareDialog(UiContext context, ListService lists, RecordLookups lookups, MarketingList list) {
        this.context = context;
        this.lists = lists;
        this.list = list;
        Messages messages = context.messages();
        setCaption(messages.get("notes.list.shareTitle", list.name()));
        setId("list-share");
        setModal(true);
        setWidth("40em");

        grid.setId("list-share-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(5);
        grid.addColumn(share -> messages.get("notes.grantee." + share.kind().name())).setCaption(messages.get("notes.share.kind"));
        grid.addColumn(share -> share.granteeName() == null ? share.grantee() : share.granteeName()).setCaption(messages.get("notes.share.grantee"));
        grid.addColumn(share -> messages.get("notes.access." + share.access().name())).setCaption(messages.get("notes.share.access"));

        ComboBox<ListShare.Grantee> kind = new ComboBox<>(messages.get("notes.share.kind"), List.of(ListShare.Grantee.values()));
        kind.setId("list-share-kind");
        kind.setItemCaptionGenerator(k -> messages.get("notes.grantee." + k.name()));
        kind.setEmptySelectionAllowed(false);
        kind.setValue(ListShare.Grantee.USER);
        ComboBox<Option> user = LookupBox.of(messages.get("notes.share.grantee"), new RecordLookupOptions(context.caller(), lookups,
                RecordLookups.USERS), false);
        user.setId("list-share-user");
        ComboBox<Option> unit = LookupBox.of(messages.get("notes.share.grantee"), new RecordLookupOptions(context.caller(), lookups,
                RecordLookups.ORG_UNITS), false);
        unit.setId("list-share-unit");
        unit.setVisible(false);
        kind.addValueChangeListener(e -> {
            user.setVisible(e.getValue() == ListShare.Grantee.USER);
            unit.setVisible(e.getValue() == ListShare.Grantee.UNIT);
        });
        ComboBox<ShareAccess> access = new ComboBox<>(messages.get("notes.share.access"), List.of(ShareAccess.values()));
        access.setId("list-share-access");
        access.setItemCaptionGenerator(a -> messages.get("notes.access." + a.name()));
        access.setEmptySelectionAllowed(false);
        access.setValue(ShareAccess.READ);
        Button add = Buttons.of(messages.get("notes.add"), VaadinIcons.PLUS, e -> {
            ComboBox<Option> grantee = kind.getValue() == ListShare.Grantee.USER ? user : unit;
            grantee.getOptionalValue().ifPresent(option -> {
                List<ListShare> wanted = new ArrayList<>(shares);
                wanted.add(new ListShare(kind.getValue(), String.valueOf(option.value()), option.label(), access.getValue()));
                save(wanted);
                grantee.clear();
            });
        });
        add.setId("list-share-add");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button remove = Buttons.of(messages.get("notes.list.removeShare"), VaadinIcons.MINUS, e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(share -> {
                    List<ListShare> wanted = new ArrayList<>(shares);
                    wanted.remove(share);
                    save(wanted);
                }));
        remove.setId("list-share-remove");
        HorizontalLayout adder = new HorizontalLayout(kind, user, unit, access, add);
        adder.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);
        VerticalLayout content = new VerticalLayout(grid, remove, adder);
        setContent(content);
        context.call(() -> lists.shares(context.caller(), list.id())).ifPresent(this::show);
    }

    private void save(List<ListShare> wanted) {
        context.call(() -> lists.share(context.caller(), list.id(), wanted)).ifPresent(this::show);
    }

    private void show(List<ListShare> current) {
        shares = current;
        grid.setItems(current);
    }
}
