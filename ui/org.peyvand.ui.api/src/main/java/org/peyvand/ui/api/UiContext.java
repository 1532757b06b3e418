package org.peyvand.ui.api;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;

/** What a screen gets from the shell for one user in one browser tab. */
@ProviderType
public interface UiContext {

    Caller caller();

    /** Texts in the user's language. */
    Messages messages();

    /** Dates (Jalali or Gregorian), digits and money per the user's settings. */
    DisplayFormat format();

    boolean rightToLeft();

    /** Stores the user's display settings and applies them: the page reloads in their language and direction. */
    void changePreferences(DisplayPreferences preferences);

    /** Opens another screen; {@code parameters} are the part after the view id in the address. */
    void navigate(String viewId, String parameters);

    /** Shows any failure to the user: localised, never a stack trace; unexpected ones are logged. */
    void showError(Throwable failure);

    /** A short confirmation that something worked. */
    void showSuccess(String message);
}
