package org.peyvand.module.accounts.internal.views;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.AccountService;
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

/** The organisations screen in the workspace menu. */
@Component(service = CrmView.class)
@MenuItem(id = AccountsView.ID, title = "accounts.menu.accounts", icon = "BUILDING", section = "crm", order = 20,
        permission = Permissions.ACCOUNT_READ, records = Permissions.ACCOUNT)
public class AccountsView implements CrmView {
    public static final String ID = "accounts";

    private final AccountService accounts;
    private final EditorSupport support;
    private final ReportExports exports;
    private final AccessGuard guard;

    @Activate
    public AccountsView(@Reference AccountService accounts, @Reference RecordAccess access,
            @Reference AuditTrail audit, @Reference CustomFields customFields,
            @Reference RecordLookups lookups, @Reference FileService files, @Reference ReportExports exports, @Reference AccessGuard guard,
            @Reference RecordLinks links) {
        this.accounts = accounts;
        this.support = new EditorSupport(access, audit, customFields, lookups, files, links);
        this.exports = exports;
        this.guard = guard;
    }

    @Override
    public View create(UiContext context) {
        return new AccountsScreen(context, accounts, support, exports, guard);
    }
}
