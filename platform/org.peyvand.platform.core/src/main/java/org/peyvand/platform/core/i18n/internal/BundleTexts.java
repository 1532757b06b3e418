package org.peyvand.platform.core.i18n.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.osgi.framework.Bundle;

/** The texts one bundle contributes, per language; files are UTF-8. */
final class BundleTexts {
    static final String FOLDER = "CRM-INF/i18n";
    static final String DEFAULT_LANGUAGE = "en";

    private BundleTexts() {
    }

    static Map<String, Map<String, String>> read(Bundle bundle) throws IOException {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.properties", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = byLanguage.computeIfAbsent(languageOf(file), l -> new HashMap<>());
            properties.forEach((k, v) -> texts.put((String) k, (String) v));
        }
        return byLanguage;
    }

    /** {@code accounts_fa.properties} is Persian, {@code accounts.properties} the English default. */
    static String languageOf(String fileName) {
        String base = fileName.substring(0, fileName.length() - ".properties".length());
        int underscore = base.lastIndexOf('_');
        return underscore < 0 ? DEFAULT_LANGUAGE : base.substring(underscore + 1);
    }
}
