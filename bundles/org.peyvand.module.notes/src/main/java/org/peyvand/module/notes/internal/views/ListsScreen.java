package org.peyvand.module.notes.internal.views;

import java.util.List;

import org.peyvand.module.notes.ListKind;
import org.peyvand.module.notes.ListMember;
import org.peyvand.module.notes.ListService;
import org.peyvand.module.notes.MarketingList;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.report.ReportService;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.KeysetDataProvider;
import org.peyvand.ui.kit.KeysetSource;
import org.peyvand.ui.kit.LookupBox;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.RecordLookupOptions;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Marketing lists: the lists the user may read in one grid; the chosen list's members in another,
 * keyset-paged (a dynamic list's filters run as it is read), with its count. New, share and delete
 * act on the lists; a static list's members are added by name and removed by selection.
 */
final class ListsScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient ListService lists;
    private final transient RecordLookups lookups;
    private final Grid<MarketingList> grid = new Grid<>();
    private final Grid<ListMember> members = new Grid<>();
    private final Label count = new Label();
    private final HorizontalLayout memberActions = new HorizontalLayout();
    private final Button share;
    private final Button delete;
    private MarketingList chosen;

    /** @param reports the record types and fields a dynamic list's filter may use */
    ListsScreen(UiContext context, ListService lists, RecordLookups lookups, ReportService reports) {
        this.context = context;
        this.lists = lists;
        this.lookups = lookups;
        Messages messages = context.messages();
        setId("view-lists");
        addStyleName("crm-page");
        setSizeFull();

        Label title = new Label(messages.get("notes.menu.lists"));
        title.addStyleName("crm-page-title");
        Button create = Buttons.of(messages.get("notes.list.new"), VaadinIcons.PLUS, e -> UI.getCurrent().addWindow(
                new ListEditor(context, lists, reports, created -> reload())));
        create.setId("lists-new");
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        share = Buttons.of(messages.get("notes.list.share"), VaadinIcons.SHARE, e -> UI.getCurrent().addWindow(
                new ShareDialog(context, lists, lookups, chosen)));
        share.setId("lists-share");
        delete = Buttons.of(messages.get("notes.delete"), VaadinIcons.TRASH, e -> askDelete());
        delete.setId("lists-delete");
        delete.addStyleName(ValoTheme.BUTTON_DANGER);

        grid.setId("lists-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(8);
        grid.addColumn(MarketingList::name).setCaption(messages.get("notes.list.name"));
        grid.addColumn(MarketingList::recordType).setCaption(messages.get("notes.list.recordType"));
        grid.addColumn(list -> messages.get("notes.kind." + list.kind().name())).setCaption(messages.get("notes.list.kind"));
        grid.addColumn(MarketingList::owner).setCaption(messages.get("notes.list.owner"));
        grid.addSelectionListener(e -> choose(e.getFirstSelectedItem().orElse(null)));

        members.setId("lists-members");
        members.setWidth("100%");
        members.setHeightByRows(10);
        members.addColumn(member -> context.format().digits(String.valueOf(member.recordId()))).setCaption(messages.get("notes.field.recordId"));
        members.addColumn(member -> member.name() == null ? "" : member.name()).setCaption(messages.get("notes.field.recordName"));
        members.addItemClickListener(e -> {
            if (e.getMouseEventDetails().isDoubleClick() && chosen != null && context.opens(chosen.recordType())) {
                context.openRecord(chosen.recordType(), String.valueOf(e.getItem().recordId()));
            }
        });
        count.setId("lists-count");

        HorizontalLayout toolbar = new HorizontalLayout(create, share, delete);
        VerticalLayout page = new VerticalLayout(title, toolbar, grid, count, memberActions, members);
        page.setWidth("100%");
        addComponent(page);
        reload();
    }

    private void reload() {
        context.call(() -> lists.lists(context.caller(), null, PageRequest.first(PageRequest.MAX_LIMIT, null, false)))
                .ifPresent(page -> grid.setItems(page.items()));
        choose(null);
    }

    private void choose(MarketingList list) {
        chosen = list;
        share.setEnabled(list != null && list.manageable());
        delete.setEnabled(list != null && list.manageable());
        memberActions.removeAllComponents();
        if (list == null) {
            members.setItems(List.of());
            count.setValue("");
            return;
        }
        KeysetSource<ListMember> source = new KeysetSource<>() {
            @Override
            public Page<ListMember> fetch(PageRequest request) {
                return lists.members(context.caller(), list.id(), new PageRequest(request.cursor(), request.limit(), null, false));
            }

            @Override
            public long count() {
                return lists.count(context.caller(), list.id());
            }
        };
        context.call(() -> lists.count(context.caller(), list.id())).ifPresent(total -> {
            count.setValue(context.messages().get("notes.list.count", context.format().number(total)));
            members.setDataProvider(new KeysetDataProvider<>(source, ListService.SORT_ID));
        });
        if (list.kind() == ListKind.STATIC && list.editable()) {
            memberActions.addComponents(memberAdder(list), memberRemover(list));
        }
    }

    private HorizontalLayout memberAdder(MarketingList list) {
        Messages messages = context.messages();
        ComboBox<Option> record = LookupBox.of(messages.get("notes.list.addMember"), new RecordLookupOptions(context.caller(), lookups,
                list.recordType()), false);
        record.setId("lists-member-lookup");
        Button add = Buttons.of(messages.get("notes.add"), VaadinIcons.PLUS, e -> record.getOptionalValue().ifPresent(option -> {
            if (context.run(() -> lists.addMembers(context.caller(), list.id(), List.of(Long.parseLong(String.valueOf(option.value())))))) {
                record.clear();
                choose(list);
            }
        }));
        add.setId("lists-member-add");
        HorizontalLayout adder = new HorizontalLayout(record, add);
        adder.setDefaultComponentAlignment(com.vaadin.ui.Alignment.BOTTOM_LEFT);
        return adder;
    }

    private Button memberRemover(MarketingList list) {
        Button remove = Buttons.of(context.messages().get("notes.list.removeMember"), VaadinIcons.MINUS, e -> members.getSelectedItems().stream()
                .findFirst().ifPresent(member -> {
                    if (context.run(() -> lists.removeMembers(context.caller(), list.id(), List.of(member.recordId())))) {
                        choose(list);
                    }
                }));
        remove.setId("lists-member-remove");
        return remove;
    }

    private void askDelete() {
        if (chosen == null) {
            return;
        }
        Messages messages = context.messages();
        MarketingList list = chosen;
        ConfirmDialog.ask(messages.get("notes.delete"), messages.get("notes.list.deleteQuestion", list.name()), messages.get("notes.delete"),
                messages.get("notes.cancel"), true, () -> {
                    if (context.run(() -> lists.delete(context.caller(), list.id()))) {
                        reload();
                    }
                });
    }
}
