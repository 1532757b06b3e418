package org.peyvand.platform.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ibm.icu.text.MessageFormat;

/**
 * The facts a bundle's tests check about its {@code CRM-INF/i18n} texts: the keys its code names,
 * texts without Persian words, and patterns ICU cannot format.
 */
public final class I18nFiles {
    private static final Pattern ANY_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern PERSIAN_LETTER = Pattern.compile("[\\u0600-\\u06FF]");

    private I18nFiles() {
    }

    /** The texts of {@code CRM-INF/i18n/<file>} of the bundle under test. */
    public static Properties texts(String file) {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("target/classes/CRM-INF/i18n", file), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** The keys the bundle's Java sources name in quotes, as the first group of {@code keyInCode}; only sources {@code read} accepts. */
    public static Set<String> keysInCode(Pattern keyInCode, Predicate<Path> read) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") && read.test(p)).toList()) {
                Matcher key = keyInCode.matcher(Files.readString(source));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** Keys whose text has words but no Persian letter; texts of arguments and signs only need none. */
    public static Set<String> notInPersian(Properties persian) {
        return persian.stringPropertyNames().stream()
                .filter(key -> ANY_LETTER.matcher(persian.getProperty(key)).find() && !PERSIAN_LETTER.matcher(persian.getProperty(key)).find())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Keys whose text ICU cannot format with three numeric arguments. */
    public static Set<String> invalidPatterns(Properties texts) {
        Set<String> invalid = new TreeSet<>();
        for (String key : texts.stringPropertyNames()) {
            try {
                new MessageFormat(texts.getProperty(key)).format(new Object[] {1, 2, 3});
            } catch (IllegalArgumentException e) {
                invalid.add(key);
            }
        }
        return invalid;
    }
}
