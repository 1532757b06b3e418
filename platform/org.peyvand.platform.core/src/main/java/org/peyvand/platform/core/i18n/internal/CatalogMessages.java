package org.peyvand.platform.core.i18n.internal;

import java.util.Locale;
import java.util.Optional;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.i18n.Messages;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/** Texts of one language over the shared catalog, falling back to English. */
final class CatalogMessages implements Messages {
    private final TextCatalog catalog;
    private final Locale locale;

    CatalogMessages(TextCatalog catalog, Locale locale) {
        this.catalog = catalog;
        this.locale = locale;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String get(String key, Object... args) {
        return find(key, args).orElse(key);
    }

    @Override
    public Optional<String> find(String key, Object... args) {
        String pattern = catalog.find(locale.getLanguage(), key);
        if (pattern == null) {
            pattern = catalog.find(BundleTexts.DEFAULT_LANGUAGE, key);
        }
        if (pattern == null) {
            return Optional.empty();
        }
        // Like most message catalogs, only patterns given arguments go through MessageFormat,
        // so plain texts need no quote escaping.
        return Optional.of(args.length == 0 ? pattern : new MessageFormat(pattern, ULocale.forLocale(locale)).format(args));
    }

    @Override
    public String describe(FieldError error, String fieldLabelKey) {
        return get("core.error.field", get(fieldLabelKey), get(error.messageKey(), error.args().toArray()));
    }
}
