package org.peyvand.platform.core.i18n;

import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.FieldError;

/** Texts of one language. Patterns with arguments use ICU MessageFormat. */
@ProviderType
public interface Messages {

    Locale locale();

    /** The text for {@code key}, or the key itself when no bundle contributes it. */
    String get(String key, Object... args);

    Optional<String> find(String key, Object... args);

    default String describe(CrmException e) {
        return get(e.messageKey(), e.args());
    }

    /** A field error as a sentence that names the field by its label, e.g. "Mobile: not a valid number". */
    String describe(FieldError error, String fieldLabelKey);
}
