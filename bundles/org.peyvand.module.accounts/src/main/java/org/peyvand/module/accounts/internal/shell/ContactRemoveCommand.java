package org.peyvand.module.accounts.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "accounts", name = "contact-remove", description = "Deletes a contact; one with links only with --with-links")
@Service
public class ContactRemoveCommand extends CrmAction {

    @Reference
    ContactService contacts;

    @Option(name = "--with-links", description = "Also remove its relation links, notes and list memberships; without it, a contact with links is refused and they are listed")
    boolean withLinks;

    @Argument(index = 0, name = "id", required = true, description = "Id of the contact")
    long id;

    @Override
    protected void run(Caller caller, Messages messages) {
        Contact contact = contacts.get(caller, id);
        contacts.delete(caller, id, withLinks);
        System.out.println(messages.get("accounts.shell.removed", contact.fullName(), id));
    }
}
