package org.peyvand.ui.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;

import com.vaadin.ui.Component;

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

    /** Whether a screen the user may open shows records of this type ({@link MenuItem#records()}). */
    boolean opens(String recordType);

    /** Opens the record on the screen that shows its type; nothing happens when the user may open none. */
    void openRecord(String recordType, String recordId);

    /**
     * The tabs other bundles add to a record's screen ({@link RecordTab}), in their order, for the
     * record screen to show after its own tabs.
     */
    List<Component> recordTabs(RecordRef record);

    /** Counts the menu badges again ({@link MenuBadge}), after a change the screen knows alters them. */
    void refreshBadges();

    /** Shows any failure to the user: localised, never a stack trace; unexpected ones are logged. */
    void showError(Throwable failure);

    /**
     * Runs one call of a service from a screen and shows what the service refuses ({@link #showError}).
     *
     * @return the call's result, empty when it was refused
     */
    default <T> Optional<T> call(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException refused) {
            showError(refused);
            return Optional.empty();
        }
    }

    /** Runs one call of a service from a screen; whether it went through, its refusal shown when not. */
    default boolean run(Runnable call) {
        return call(() -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** A short confirmation that something worked. */
    void showSuccess(String message);
}
