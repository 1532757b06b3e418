package org.peyvand.module.accounts.internal.views;

import java.util.List;

import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.Phone;
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

/** Organisations: search, list, create, edit, delete, import and export. */
final class AccountsScreen extends ListScreen<Account> {
    private static final long serialVersionUID = 1L;

    private final transient AccountService accounts;
    private final transient EditorSupport support;

    AccountsScreen(UiContext context, AccountService accounts, EditorSupport support, ReportExports exports, AccessGuard guard) {
        super(context, "accounts.menu.accounts", "accounts.account.count", AccountService.SORT_NAME);
        this.accounts = accounts;
        this.support = support;
        setId("view-accounts");

        grid.addColumn(Account::name).setId("name").setCaption(label("accounts.account.name")).setSortProperty(AccountService.SORT_NAME);
        grid.addColumn(a -> context.format().digits(a.nationalId())).setId("nationalId")
                .setCaption(label("accounts.account.nationalId")).setSortable(false);
        grid.addColumn(a -> context.format().digits(a.economicCode())).setId("economicCode")
                .setCaption(label("accounts.account.economicCode")).setSortable(false);
        grid.addColumn(a -> context.format().digits(a.phones().stream().findFirst().map(Phone::number).orElse(null))).setId("phone")
                .setCaption(label("accounts.account.phones")).setSortable(false).setStyleGenerator(a -> "crm-ltr");
        grid.addColumn(a -> a.addresses().isEmpty() ? "" : ProvinceNames.cityLine(context, a.addresses().get(0))).setId("city")
                .setCaption(label("accounts.account.city")).setSortable(false);
        grid.addColumn(a -> a.industry() == null ? "" : a.industry()).setId("industry")
                .setCaption(label("accounts.account.industry")).setSortable(false);
        grid.addColumn(a -> context.format().dateTime(a.createdAt(), java.time.ZoneId.of("Asia/Tehran"))).setId("createdAt")
                .setCaption(label("accounts.account.createdAt")).setSortProperty(AccountService.SORT_CREATED);
        columnsAdded("name");
        removeHiddenColumns(support.fields(context, Permissions.ACCOUNT));

        Button create = new Button(label("ui.action.new"), VaadinIcons.PLUS);
        create.setId("account-new");
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        create.addClickListener(e -> edit(null));
        addAction(create);
        addAction(Imports.button(context, (csv, progress) -> accounts.importCsv(context.caller(), csv, progress),
                "accounts.account.", this::refresh));
        addAction(CsvDownload.button(context, "accounts.csv", out -> accounts.exportCsv(context.caller(), RecordQuery.text(query()), out)));
        // phones and addresses are kept apart from the account and stay out of reports
        addExports(exports, guard, Permissions.ACCOUNT, column -> column.equals("phone") || column.equals("city") ? List.of() : List.of(column));
    }

    @Override
    protected Page<Account> page(String query, PageRequest request) {
        return accounts.search(context.caller(), RecordQuery.text(query), request);
    }

    @Override
    protected long count(String query) {
        return accounts.count(context.caller(), RecordQuery.text(query));
    }

    @Override
    protected void open(Account row) {
        edit(row);
    }

    @Override
    protected void openById(long id) {
        try {
            edit(accounts.get(context.caller(), id));
        } catch (CrmException e) {
            context.showError(e);
        }
    }

    private void edit(Account account) {
        getUI().addWindow(new AccountEditor(context, accounts, support, account, this::refresh));
    }

    private String label(String key) {
        return context.messages().get(key);
    }
}
