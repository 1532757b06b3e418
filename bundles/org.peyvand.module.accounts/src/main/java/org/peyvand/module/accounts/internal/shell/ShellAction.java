package org.peyvand.module.accounts.internal.shell;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.ShellCaller;

/**
 * What every accounts command shares: the session's caller, texts in the chosen language, and
 * failures printed as localised lines rather than stack traces.
 */
abstract class ShellAction implements Action {

    @Reference
    Authenticator authenticator;

    @Reference
    I18nService i18n;

    @Option(name = "-l", aliases = "--language", description = "Language of the output: fa or en")
    String language = "en";

    @Override
    public final Object execute() {
        Messages messages = i18n.messages(Locale.forLanguageTag(language));
        try {
            run(ShellCaller.current(authenticator, language), messages);
        } catch (CrmException e) {
            System.out.println(ShellCaller.describe(e, messages));
            if (e instanceof ConflictException conflict) {
                conflict.fieldErrors().forEach(field -> System.out.println("  " + field.field() + ": "
                        + messages.get(field.messageKey(), field.args().toArray())));
            }
        }
        return null;
    }

    abstract void run(Caller caller, Messages messages);
}
