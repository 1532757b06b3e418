package org.peyvand.module.accounts.internal.views;

import java.util.List;

import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.CsvDownload;
import org.peyvand.ui.kit.ListScreen;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.themes.ValoTheme;

/** People: search, list, create, edit, delete, import and export. */
final class ContactsScreen extends ListScreen<Contact> {
    private static final long serialVersionUID = 1L;

    private final transient ContactService contacts;
    private final transient EditorSupport support;

    ContactsScreen(UiContext context, ContactService contacts, EditorSupport support, ReportExports exports, AccessGuard guard) {
        super(context, "accounts.menu.contacts", "accounts.contact.count", ContactService.SORT_NAME);
        this.contacts = contacts;
        this.support = support;
        setId("view-contacts");

        grid.addColumn(Contact::fullName).setId("name").setCaption(label("accounts.contact.fullName"))
                .setSortProperty(ContactService.SORT_NAME);
        grid.addColumn(c -> context.format().digits(c.nationalCode())).setId("nationalCode")
                .setCaption(label("accounts.contact.nationalCode")).setSortable(false);
        grid.addColumn(c -> context.format().digits(c.mobile())).setId("mobile")
                .setCaption(label("accounts.contact.mobile")).setSortable(false).setStyleGenerator(c -> "crm-ltr");
        grid.addColumn(c -> c.email() == null ? "" : c.email()).setId("email")
                .setCaption(label("accounts.contact.email")).setSortable(false).setStyleGenerator(c -> "crm-ltr");
        grid.addColumn(c -> c.accountName() == null ? "" : c.accountName()).setId("accountId")
                .setCaption(label("accounts.contact.account")).setSortable(false);
        grid.addColumn(c -> context.format().date(c.birthDate())).setId("birthDate")
                .setCaption(label("accounts.contact.birthDate")).setSortable(false);
        grid.addColumn(c -> context.format().dateTime(c.createdAt(), java.time.ZoneId.of("Asia/Tehran"))).setId("createdAt")
                .setCaption(label("accounts.contact.createdAt")).setSortProperty(ContactService.SORT_CREATED);
        columnsAdded("name");
        removeHiddenColumns(support.fields(context, Permissions.CONTACT));

        Button create = new Button(label("ui.action.new"), VaadinIcons.PLUS);
        create.setId("contact-new");
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        create.addClickListener(e -> edit(null));
        addAction(create);
        addAction(Imports.button(context, (csv, progress) -> contacts.importCsv(context.caller(), csv, progress),
                "accounts.contact.", this::refresh));
        addAction(CsvDownload.button(context, "contacts.csv", out -> contacts.exportCsv(context.caller(), RecordQuery.text(query()), out)));
        addExports(exports, guard, Permissions.CONTACT, column -> column.equals("name") ? List.of("firstName", "lastName") : List.of(column));
    }

    @Override
    protected Page<Contact> page(String query, PageRequest request) {
        return contacts.search(context.caller(), RecordQuery.text(query), request);
    }

    @Override
    protected long count(String query) {
        return contacts.count(context.caller(), RecordQuery.text(query));
    }

    @Override
    protected void open(Contact row) {
        edit(row);
    }

    @Override
    protected void openById(long id) {
        try {
            edit(contacts.get(context.caller(), id));
        } catch (CrmException e) {
            context.showError(e);
        }
    }

    private void edit(Contact contact) {
        getUI().addWindow(new ContactEditor(context, contacts, support, contact, this::refresh));
    }

    private String label(String key) {
        return context.messages().get(key);
    }
}
