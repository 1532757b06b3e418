package org.peyvand.module.accounts.internal.views;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.FormRenderer;
import org.peyvand.ui.kit.RenderedForm;

/** Creates or edits one person, with the custom fields of people. */
final class ContactEditor extends RecordEditor {
    private static final long serialVersionUID = 1L;
    /** Custom fields the window shows besides a person's own without outgrowing a laptop's screen. */
    private static final int FIELDS_THAT_FIT = 6;

    private final transient ContactService contacts;
    private final transient EditorSupport support;
    private final Contact contact;

    ContactEditor(UiContext context, ContactService contacts, EditorSupport support, Contact contact, Runnable saved) {
        this(context, contacts, support, support.form(Permissions.CONTACT).orElse(null), contact, saved);
    }

    private ContactEditor(UiContext context, ContactService contacts, EditorSupport support, FormDefinition customForm, Contact contact,
            Runnable saved) {
        super(context, contact == null ? "accounts.contact.new" : "accounts.contact.edit", saved, contact != null, customForm);
        this.contacts = contacts;
        this.support = support;
        this.contact = contact;
        setId("contact-editor");
        FormRenderer renderer = new FormRenderer(context.messages(), context.format())
                .lookups(support.lookups(context, customForm))
                .files(support.uploads(context))
                .text("firstName", "accounts.contact.firstName", true, 100)
                .text("lastName", "accounts.contact.lastName", true, 100)
                .digits("nationalCode", "accounts.contact.nationalCode", false, 20)
                .digits("mobile", "accounts.contact.mobile", false, 20)
                .ltrText("email", "accounts.contact.email", false, 254)
                .date("birthDate", "accounts.contact.birthDate", false)
                .lookup("accountId", "accounts.contact.account", false, support.lookup(context, Permissions.ACCOUNT))
                .text("jobTitle", "accounts.contact.jobTitle", false, 100);
        if (customForm != null) {
            renderer.customFields(customForm);
            if (customForm.customFields().size() > FIELDS_THAT_FIT) {
                // a longer form scrolls between the title and the buttons
                setHeight("90%");
            }
        }
        RenderedForm form = renderer.render();
        if (contact != null) {
            Map<String, Object> values = new HashMap<>(contact.custom());
            values.put("firstName", contact.firstName());
            values.put("lastName", contact.lastName());
            values.put("nationalCode", contact.nationalCode());
            values.put("mobile", contact.mobile());
            values.put("email", contact.email());
            values.put("birthDate", contact.birthDate());
            values.put("accountId", contact.accountId());
            values.put("jobTitle", contact.jobTitle());
            form.setValues(values);
        }
        form.restrict(support.fields(context, Permissions.CONTACT));
        show(form, contact == null ? null : new RecordRef(Permissions.CONTACT, String.valueOf(contact.id()), contact.fullName()),
                contact == null ? null : support.history(context, Permissions.CONTACT, contact.id(), this::fieldLabel));
    }

    @Override
    protected void save(Map<String, Object> values, Map<String, Object> custom, boolean confirmDuplicates) {
        ContactInput input = new ContactInput((String) values.get("firstName"), (String) values.get("lastName"),
                (String) values.get("nationalCode"), (String) values.get("mobile"), (String) values.get("email"),
                (LocalDate) values.get("birthDate"), (Long) values.get("accountId"), (String) values.get("jobTitle"), custom);
        if (contact == null) {
            contacts.create(context.caller(), input, confirmDuplicates);
        } else {
            contacts.update(context.caller(), contact.id(), input, contact.version());
        }
    }

    @Override
    protected void delete() {
        contacts.delete(context.caller(), contact.id(), true);
    }

    @Override
    protected List<RecordLinkCount> links() {
        return support.links(context, Permissions.CONTACT, contact.id());
    }

    @Override
    protected String labelKey(String field) {
        return "accounts.contact." + field;
    }

    @Override
    protected String describe() {
        return contact == null ? "" : contact.fullName();
    }
}
