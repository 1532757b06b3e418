package org.peyvand.platform.report.internal.calendar;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.testing.I18nFiles;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/** The bundle's own texts of one language, formatted as the i18n service formats them. */
public final class FileMessages implements Messages {
    public static final FileMessages PERSIAN = new FileMessages(Locale.forLanguageTag("fa"), "report_fa.properties");
    public static final FileMessages ENGLISH = new FileMessages(Locale.ENGLISH, "report.properties");

    private final Locale locale;
    private final Properties texts;

    private FileMessages(Locale locale, String file) {
        this.locale = locale;
        this.texts = I18nFiles.texts(file);
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
        return Optional.ofNullable(texts.getProperty(key))
                .map(pattern -> args.length == 0 ? pattern : new MessageFormat(pattern, ULocale.forLocale(locale)).format(args));
    }

    @Override
    public String describe(FieldError error, String fieldLabelKey) {
        return get(fieldLabelKey) + ": " + get(error.messageKey(), error.args().toArray());
    }
}
