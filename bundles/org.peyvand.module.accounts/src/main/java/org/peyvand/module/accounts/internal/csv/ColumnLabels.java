package org.peyvand.module.accounts.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The labels of this module's fields in every language it ships, read from its own i18n files so
 * an import file's header may name a column as the forms label it ("کد ملی", "National code").
 */
final class ColumnLabels {
    private static final List<String> FILES = List.of("/CRM-INF/i18n/accounts.properties", "/CRM-INF/i18n/accounts_fa.properties");
    private static final List<Properties> TEXTS = FILES.stream().map(ColumnLabels::load).toList();

    private ColumnLabels() {
    }

    static List<String> of(String key) {
        return TEXTS.stream().map(texts -> texts.getProperty(key)).filter(label -> label != null).toList();
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = ColumnLabels.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the bundle");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
