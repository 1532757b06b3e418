package org.peyvand.module.accounts.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.DuplicateWarningException;
import org.peyvand.module.accounts.internal.DateText;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "accounts", name = "contact-add", description = "Creates a contact")
@Service
public class ContactAddCommand extends CrmAction {

    @Reference
    ContactService contacts;

    @Option(name = "--first-name", required = true, description = "First name")
    String firstName;

    @Option(name = "--last-name", required = true, description = "Last name")
    String lastName;

    @Option(name = "--national-code", description = "National code (کد ملی), 10 digits")
    String nationalCode;

    @Option(name = "--mobile", description = "Mobile number, e.g. 09121234567")
    String mobile;

    @Option(name = "--email", description = "Email address")
    String email;

    @Option(name = "--birth-date", description = "Birth date, ISO (1990-08-03) or Jalali (1369/05/12)")
    String birthDate;

    @Option(name = "--account", description = "Id of the account the person works for")
    Long accountId;

    @Option(name = "--job-title", description = "Job title")
    String jobTitle;

    @Option(name = "--force", description = "Create even when contacts with the same mobile or email exist")
    boolean force;

    @Override
    protected void run(Caller caller, Messages messages) {
        LocalDate birth = null;
        if (birthDate != null) {
            birth = DateText.parse(birthDate).orElse(null);
            if (birth == null) {
                System.out.println(messages.get("accounts.shell.invalidDate", birthDate));
                return;
            }
        }
        try {
            Contact contact = contacts.create(caller, new ContactInput(firstName, lastName, nationalCode, mobile, email,
                    birth, accountId, jobTitle), force);
            System.out.println(messages.get("accounts.shell.created", contact.fullName(), contact.id()));
        } catch (DuplicateWarningException e) {
            DuplicateReport.print(e, messages);
        }
    }
}
