package org.peyvand.platform.shell.internal.security;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.SecondFactor;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "user-otp-reset", description = "Removes a user's second factor (a lost phone); they enrol again")
@Service
public class UserOtpResetCommand extends CrmAction {

    @Reference(optional = true)
    SecondFactor secondFactor;

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Override
    protected void run(Caller caller, Messages messages) {
        secondFactor.reset(caller, username);
        System.out.println("Second factor of " + username + " removed");
    }
}
