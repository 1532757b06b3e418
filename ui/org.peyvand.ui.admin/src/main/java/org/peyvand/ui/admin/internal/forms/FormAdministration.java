package org.peyvand.ui.admin.internal.forms;

import java.util.Locale;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FormPermissions;
import org.peyvand.platform.form.FormService;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.ui.api.UiContext;

/** The services the forms screens call, and texts in both languages for what a form carries in both. */
record FormAdministration(FormService forms, I18nService i18n, AccessGuard guard) {

    boolean mayDesign(UiContext context) {
        return guard.allows(context.caller(), FormPermissions.DESIGN);
    }

    /** One text in Persian and English, for titles a new form starts with. */
    LocalizedText both(String key, Object... args) {
        return LocalizedText.of(i18n.messages(I18nService.PERSIAN).get(key, args), i18n.messages(I18nService.ENGLISH).get(key, args));
    }

    /** Texts in a language the preview shows, which need not be the user's. */
    Messages messages(UiContext context, String language) {
        return language.equals(context.messages().locale().getLanguage()) ? context.messages()
                : i18n.messages(Locale.forLanguageTag(language));
    }

    /** Dates and digits as a user of that language sees them: the user's own settings in the user's language. */
    DisplayFormat format(UiContext context, String language) {
        return language.equals(context.messages().locale().getLanguage()) ? context.format()
                : DisplayFormat.of(DisplayPreferences.defaults(Locale.forLanguageTag(language)));
    }
}
