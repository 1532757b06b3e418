package org.peyvand.platform.core.text;

/** SQL LIKE patterns built from words users type, with the pattern characters escaped. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** A pattern matching text that starts with {@code word}; use it with {@code ESCAPE '<escape>'}. */
    public static String prefix(String word, char escape) {
        StringBuilder pattern = new StringBuilder(word.length() + 1);
        for (char c : word.toCharArray()) {
            if (c == escape || c == '%' || c == '_') {
                pattern.append(escape);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
