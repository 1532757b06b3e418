package org.peyvand.platform.shell;

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

/**
 * What every {@code crm:*} command that calls a service shares: the session's caller, texts in the
 * chosen language, and refusals printed as localised lines rather than stack traces.
 */
public abstract class CrmAction implements Action {

    @Reference
    protected Authenticator authenticator;

    @Reference
    protected I18nService i18n;

    @Option(name = "-l", aliases = "--language", description = "Language of the output: fa or en")
    protected String language = "en";

    @Override
    public final Object execute() throws Exception {
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

    protected abstract void run(Caller caller, Messages messages) throws Exception;
}
