package org.peyvand.ui.shell.internal;

import java.util.Locale;
import java.util.Optional;

import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.UserService;

import com.vaadin.server.VaadinSession;

/** Who is logged in to this browser session and in which language it shows, Persian by default. */
final class SessionPreferences {
    private static final String CALLER = "crm.caller";
    private static final String LOCALE = "crm.locale";
    private static final String SESSION_ID = "crm.sessionId";
    private static final String CHOSEN = "crm.languageChosen";

    private SessionPreferences() {
    }

    static Caller caller(VaadinSession session) {
        return (Caller) session.getAttribute(CALLER);
    }

    /**
     * The caller as the session shows them: in their own settings, unless a language was picked on
     * the login screen, which then becomes their setting.
     */
    static Caller preferred(VaadinSession session, Caller caller, UserService users) {
        Locale picked = locale(session);
        if (session.getAttribute(CHOSEN) == null || picked.getLanguage().equals(caller.locale().getLanguage())) {
            return caller;
        }
        Caller switched = caller.withPreferences(DisplayPreferences.defaults(picked));
        users.updateMyPreferences(switched, switched.preferences());
        return switched;
    }

    static void signIn(VaadinSession session, Caller caller, String sessionId) {
        session.setAttribute(CALLER, caller);
        session.setAttribute(LOCALE, caller.locale());
        session.setAttribute(SESSION_ID, sessionId);
    }

    /** The id the session registry knows this session by, once signed in. */
    static Optional<String> sessionId(VaadinSession session) {
        return Optional.ofNullable((String) session.getAttribute(SESSION_ID));
    }

    static Locale locale(VaadinSession session) {
        Object locale = session.getAttribute(LOCALE);
        return locale instanceof Locale l ? l : I18nService.PERSIAN;
    }

    /** Switches the language; the calendar, digits and direction follow it, and a signed-in user keeps the choice. */
    static void switchLanguage(VaadinSession session, Locale locale, UserService users) {
        session.setAttribute(LOCALE, locale);
        session.setAttribute(CHOSEN, Boolean.TRUE);
        Caller caller = caller(session);
        if (caller != null) {
            change(session, DisplayPreferences.defaults(locale), users);
        }
    }

    /** Takes the user's own calendar, digits and money unit, for this session and the next ones. */
    static void change(VaadinSession session, DisplayPreferences preferences, UserService users) {
        session.setAttribute(LOCALE, preferences.locale());
        Caller caller = caller(session);
        if (caller != null) {
            users.updateMyPreferences(caller, preferences);
            session.setAttribute(CALLER, caller.withPreferences(preferences));
        }
    }

    static DisplayPreferences preferences(VaadinSession session) {
        Caller caller = caller(session);
        return caller != null ? caller.preferences() : DisplayPreferences.defaults(locale(session));
    }
}
