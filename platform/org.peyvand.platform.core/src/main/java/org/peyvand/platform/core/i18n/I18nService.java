package org.peyvand.platform.core.i18n;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Texts contributed by bundles in {@code CRM-INF/i18n/<name>.properties} (English) and
 * {@code <name>_fa.properties} (Persian). Keys are global and start with the module id.
 * A missing Persian text falls back to English, a missing key shows as the key itself.
 */
@ProviderType
public interface I18nService {

    Locale PERSIAN = Locale.forLanguageTag("fa");
    Locale ENGLISH = Locale.ENGLISH;

    /** The languages the product speaks, Persian first. */
    List<Locale> locales();

    /** A view of the texts in one language. */
    Messages messages(Locale locale);

    /** Picks the supported language closest to the requested ones (for Accept-Language). */
    Locale negotiate(List<Locale> requested);
}
