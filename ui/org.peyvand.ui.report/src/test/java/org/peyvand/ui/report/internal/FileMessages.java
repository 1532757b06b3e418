package org.peyvand.ui.report.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.i18n.Messages;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/** The texts of the report screens and of the report kernel in one language, formatted as the i18n service formats them. */
public final class FileMessages implements Messages {
    public static final FileMessages PERSIAN = new FileMessages(Locale.forLanguageTag("fa"), "_fa");
    public static final FileMessages ENGLISH = new FileMessages(Locale.ENGLISH, "");

    private final Locale locale;
    private final Properties texts = new Properties();

    private FileMessages(Locale locale, String suffix) {
        this.locale = locale;
        for (String name : new String[] { "report-ui", "report", "kit" }) {
            String file = "CRM-INF/i18n/" + name + suffix + ".properties";
            try (Reader reader = new InputStreamReader(FileMessages.class.getClassLoader().getResourceAsStream(file), StandardCharsets.UTF_8)) {
                texts.load(reader);
            } catch (IOException | NullPointerException missing) {
                throw new IllegalStateException("no " + file + " on the test class path", missing);
            }
        }
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
