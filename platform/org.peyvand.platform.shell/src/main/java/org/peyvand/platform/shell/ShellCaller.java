package org.peyvand.platform.shell;

import java.security.AccessController;
import java.util.Locale;

import javax.security.auth.Subject;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;

/**
 * The shell's side of the service layer: the logged-in user of the session (Karaf runs every
 * command inside the session's JAAS subject) and failures printed as one localised line per field.
 */
public final class ShellCaller {

    private ShellCaller() {
    }

    /**
     * The session's caller, with display preferences for {@code language} ("fa" or "en"), or the
     * user's own when none is given.
     */
    @SuppressWarnings("removal")
    public static Caller current(Authenticator authenticator, String language) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        Caller caller = authenticator.fromSubject(subject)
                .orElseThrow(() -> new IllegalStateException("this shell session has no user who may log in"));
        return language == null ? caller : caller.withPreferences(DisplayPreferences.defaults(Locale.forLanguageTag(language)));
    }

    /** A failure as the lines the administrator reads: the message, then each invalid field. */
    public static String describe(CrmException e, Messages messages) {
        StringBuilder text = new StringBuilder(messages.describe(e));
        if (e instanceof ValidationException invalid) {
            for (FieldError field : invalid.fieldErrors()) {
                text.append(System.lineSeparator()).append("  ").append(field.field()).append(": ")
                        .append(messages.get(field.messageKey(), field.args().toArray()));
            }
        }
        return text.toString();
    }
}
