package org.peyvand.platform.core.i18n.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every bundle's texts, merged into one immutable snapshot per change so lookups never lock.
 * Contributions are kept per bundle so a leaving bundle takes exactly its texts along.
 */
final class TextCatalog {
    private final Map<Long, Map<String, Map<String, String>>> byBundle = new ConcurrentHashMap<>();
    private volatile Map<String, Map<String, String>> merged = Map.of();

    void put(long bundleId, Map<String, Map<String, String>> texts) {
        byBundle.put(bundleId, texts);
        rebuild();
    }

    void remove(long bundleId) {
        if (byBundle.remove(bundleId) != null) {
            rebuild();
        }
    }

    String find(String language, String key) {
        Map<String, String> texts = merged.get(language);
        return texts == null ? null : texts.get(key);
    }

    private synchronized void rebuild() {
        Map<String, Map<String, String>> next = new HashMap<>();
        byBundle.values().forEach(bundleTexts -> bundleTexts.forEach(
                (language, texts) -> next.computeIfAbsent(language, l -> new HashMap<>()).putAll(texts)));
        next.replaceAll((language, texts) -> Map.copyOf(texts));
        merged = Map.copyOf(next);
    }
}
