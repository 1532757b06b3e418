package org.peyvand.module.accounts.internal.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.Phone;
import org.peyvand.module.accounts.Provinces;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.FormRenderer;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.RenderedForm;

/**
 * Creates or edits one organisation, with the custom fields of accounts. The form shows its office
 * phone, fax and main address; further phones and addresses (from imports or the API) are kept as
 * they are.
 */
final class AccountEditor extends RecordEditor {
    private static final long serialVersionUID = 1L;
    private static final String OFFICE = "office";
    private static final String FAX = "fax";

    private final transient AccountService accounts;
    private final transient EditorSupport support;
    private final Account account;

    AccountEditor(UiContext context, AccountService accounts, EditorSupport support, Account account, Runnable saved) {
        this(context, accounts, support, support.form(Permissions.ACCOUNT).orElse(null), account, saved);
    }

    private AccountEditor(UiContext context, AccountService accounts, EditorSupport support, FormDefinition customForm, Account account,
            Runnable saved) {
        super(context, account == null ? "accounts.account.new" : "accounts.account.edit", saved, account != null, customForm);
        this.accounts = accounts;
        this.support = support;
        this.account = account;
        setId("account-editor");
        setHeight("90%");
        List<Option> provinces = Provinces.all().stream()
                .map(p -> new Option(p.code(), p.name(context.messages().locale()))).toList();
        FormRenderer renderer = new FormRenderer(context.messages(), context.format())
                .lookups(support.lookups(context, customForm))
                .files(support.uploads(context))
                .text("name", "accounts.account.name", true, 200)
                .digits("nationalId", "accounts.account.nationalId", false, 20)
                .digits("economicCode", "accounts.account.economicCode", false, 20)
                .digits("registrationNumber", "accounts.account.registrationNumber", false, 30)
                .text("industry", "accounts.account.industry", false, 100)
                .digits("phones[0].number", "accounts.account.phone", false, 20)
                .digits("phones[1].number", "accounts.account.fax", false, 20)
                .select("addresses[0].province", "accounts.account.province", false, provinces)
                .text("addresses[0].city", "accounts.account.city", false, 60)
                .longText("addresses[0].line", "accounts.account.line", false, 300)
                .digits("addresses[0].postalCode", "accounts.account.postalCode", false, 20)
                .ltrText("website", "accounts.account.website", false, 200)
                .lookup("parentId", "accounts.account.parent", false, support.lookup(context, Permissions.ACCOUNT));
        if (customForm != null) {
            renderer.customFields(customForm);
        }
        RenderedForm form = renderer.render();
        if (account != null) {
            Map<String, Object> values = new HashMap<>(account.custom());
            values.put("name", account.name());
            values.put("nationalId", account.nationalId());
            values.put("economicCode", account.economicCode());
            values.put("registrationNumber", account.registrationNumber());
            values.put("industry", account.industry());
            phone(account, OFFICE).ifPresent(p -> values.put("phones[0].number", p.number()));
            phone(account, FAX).ifPresent(p -> values.put("phones[1].number", p.number()));
            if (!account.addresses().isEmpty()) {
                Address main = account.addresses().get(0);
                values.put("addresses[0].province", main.province());
                values.put("addresses[0].city", main.city());
                values.put("addresses[0].line", main.line());
                values.put("addresses[0].postalCode", main.postalCode());
            }
            values.put("website", account.website());
            values.put("parentId", account.parentId());
            form.setValues(values);
        }
        form.restrict(support.fields(context, Permissions.ACCOUNT));
        show(form, account == null ? null : new RecordRef(Permissions.ACCOUNT, String.valueOf(account.id()), account.name()),
                account == null ? null : support.history(context, Permissions.ACCOUNT, account.id(), this::fieldLabel));
    }

    @Override
    protected void save(Map<String, Object> values, Map<String, Object> custom, boolean confirmDuplicates) {
        AccountInput input = new AccountInput(text(values, "name"), text(values, "nationalId"), text(values, "economicCode"),
                text(values, "registrationNumber"), text(values, "industry"), phones(values), addresses(values),
                text(values, "website"), account == null ? null : account.owner(), (Long) values.get("parentId"), custom);
        if (account == null) {
            accounts.create(context.caller(), input, confirmDuplicates);
        } else {
            accounts.update(context.caller(), account.id(), input, account.version());
        }
    }

    @Override
    protected void delete() {
        accounts.delete(context.caller(), account.id(), true);
    }

    @Override
    protected List<RecordLinkCount> links() {
        return support.links(context, Permissions.ACCOUNT, account.id());
    }

    @Override
    protected String labelKey(String field) {
        return "accounts.account." + field;
    }

    @Override
    protected String describe() {
        return account == null ? "" : account.name();
    }

    /** The form's office phone and fax first, then the account's other phones unchanged. */
    private List<Phone> phones(Map<String, Object> values) {
        List<Phone> phones = new ArrayList<>();
        addPhone(phones, OFFICE, text(values, "phones[0].number"));
        addPhone(phones, FAX, text(values, "phones[1].number"));
        if (account != null) {
            List<Phone> others = new ArrayList<>(account.phones());
            phone(account, OFFICE).ifPresent(others::remove);
            phone(account, FAX).ifPresent(others::remove);
            phones.addAll(others);
        }
        return phones;
    }

    private List<Address> addresses(Map<String, Object> values) {
        List<Address> addresses = new ArrayList<>();
        Address main = new Address(text(values, "addresses[0].province"), text(values, "addresses[0].city"),
                text(values, "addresses[0].line"), text(values, "addresses[0].postalCode"));
        if (main.province() != null || main.city() != null || main.line() != null || main.postalCode() != null) {
            addresses.add(main);
        }
        if (account != null && account.addresses().size() > 1) {
            addresses.addAll(account.addresses().subList(1, account.addresses().size()));
        }
        return addresses;
    }

    private static void addPhone(List<Phone> phones, String kind, String number) {
        if (number != null) {
            phones.add(new Phone(kind, number));
        }
    }

    private static Optional<Phone> phone(Account account, String kind) {
        return account.phones().stream().filter(p -> p.kind().equals(kind)).findFirst();
    }

    private static String text(Map<String, Object> values, String name) {
        return (String) values.get(name);
    }
}
