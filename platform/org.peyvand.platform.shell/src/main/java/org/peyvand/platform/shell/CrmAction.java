package org.peyvand.platform.shell;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Optional;

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
 * <p>
 * Karaf registers a bundle's commands only while every mandatory {@link Reference} of every one of
 * them is satisfied, so one missing service would hide all the bundle's commands. A command
 * therefore references the services it calls as {@code @Reference(optional = true)}: it stays
 * listed, and while one of them is missing it runs nothing and says which service is not available.
 */
public abstract class CrmAction implements Action {

    @Reference(optional = true)
    protected Authenticator authenticator;

    @Reference
    protected I18nService i18n;

    @Option(name = "-l", aliases = "--language", description = "Language of the output: fa or en")
    protected String language = "en";

    @Override
    public final Object execute() throws Exception {
        Messages messages = i18n.messages(Locale.forLanguageTag(language));
        Optional<String> missing = missingService();
        if (missing.isPresent()) {
            System.out.println(messages.get("shell.error.serviceUnavailable", missing.get()));
            return null;
        }
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

    /** The type of the first service this command references that is not there. */
    private Optional<String> missingService() throws IllegalAccessException {
        for (Class<?> type = getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Reference.class)) {
                    field.setAccessible(true);
                    if (field.get(this) == null) {
                        return Optional.of(field.getType().getSimpleName());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
