package org.peyvand.module.accounts.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.DuplicateWarningException;
import org.peyvand.module.accounts.Phone;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "accounts", name = "add", description = "Creates an account")
@Service
public class AccountAddCommand extends CrmAction {

    @Reference
    AccountService accounts;

    @Option(name = "--name", required = true, description = "Name of the organisation")
    String name;

    @Option(name = "--national-id", description = "National ID (شناسه ملی), 11 digits")
    String nationalId;

    @Option(name = "--economic-code", description = "Economic code (کد اقتصادی), 10 to 14 digits")
    String economicCode;

    @Option(name = "--phone", description = "Office phone, e.g. 021-88776655")
    String phone;

    @Option(name = "--province", description = "Province code or name, e.g. tehran or تهران")
    String province;

    @Option(name = "--city", description = "City")
    String city;

    @Option(name = "--force", description = "Create even when accounts with the same name or phone exist")
    boolean force;

    @Override
    protected void run(Caller caller, Messages messages) {
        List<Phone> phones = phone == null ? List.of() : List.of(new Phone(null, phone));
        List<Address> addresses = province == null && city == null ? List.of() : List.of(new Address(province, city, null, null));
        try {
            Account account = accounts.create(caller, new AccountInput(name, nationalId, economicCode, null, null, phones,
                    addresses, null, null, null), force);
            System.out.println(messages.get("accounts.shell.created", account.name(), account.id()));
        } catch (DuplicateWarningException e) {
            DuplicateReport.print(e, messages);
        }
    }
}
