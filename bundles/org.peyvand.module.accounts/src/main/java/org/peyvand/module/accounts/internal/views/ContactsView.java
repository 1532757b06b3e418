package org.peyvand.module.accounts.internal.views;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FileService;
import org.peyvand.platform.form.RecordLinks;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The people screen in the workspace menu. */
@Component(service = CrmView.class)
@MenuItem(id = ContactsView.ID, title = "accounts.menu.contacts", icon = "USERS", section = "crm", order = 10,
        permission = Permissions.CONTACT_READ, records = Permissions.CONTACT)
public class ContactsView implements CrmView {
    public static final String ID = "contacts";

    private final ContactService contacts;
    private final EditorSupport support;
    private final ReportExports exports;
    private final AccessGuard guard;

    @Activate
    public ContactsView(@Reference ContactService contacts, @Reference RecordAccess access,
            @Reference AuditTrail audit, @Reference CustomFields customFields,
            @Reference RecordLookups lookups, @Reference FileService files, @Reference ReportExports exports, @Reference AccessGuard guard,
            @Reference RecordLinks links) {
        this.contacts = contacts;
        this.support = new EditorSupport(access, audit, customFields, lookups, files, links);
        this.exports = exports;
        this.guard = guard;
    }

    @Override
    public View create(UiContext context) {
        return new ContactsScreen(context, contacts, support, exports, guard);
    }
}
