package org.peyvand.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.i18n.Messages;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * The texts of {@code CRM-INF/i18n} files on the test class path in one language, formatted as the
 * i18n service formats them, so tests check what users read.
 */
public final class FileMessages implements Messages {
    private static final Map<List<String>, FileMessages> LOADED = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Properties texts = new Properties();

    private FileMessages(Locale locale, List<String> files) {
        this.locale = locale;
        for (String file : files) {
            try (InputStream in = FileMessages.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("no " + file + " on the test class path");
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    texts.load(reader);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The Persian texts of the named files ({@code "report"} for {@code CRM-INF/i18n/report_fa.properties}), later files winning. */
    public static FileMessages persian(String... names) {
        return of("fa", "_fa", names);
    }

    /** The English texts of the named files ({@code "report"} for {@code CRM-INF/i18n/report.properties}), later files winning. */
    public static FileMessages english(String... names) {
        return of("en", "", names);
    }

    private static FileMessages of(String language, String suffix, String... names) {
        List<String> files = Arrays.stream(names).map(name -> "CRM-INF/i18n/" + name + suffix + ".properties").toList();
        return LOADED.computeIfAbsent(files, loaded -> new FileMessages(Locale.forLanguageTag(language), loaded));
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
