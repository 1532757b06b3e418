package org.peyvand.platform.form;

/** A text in Persian and English; either may be missing, the other stands in for it. */
public record LocalizedText(String fa, String en) {

    public static LocalizedText of(String fa, String en) {
        return new LocalizedText(fa, en);
    }

    /** The text in {@code language} ("fa" or "en"), else in the other language, else empty. */
    public String in(String language) {
        String preferred = "fa".equals(language) ? fa : en;
        String other = "fa".equals(language) ? en : fa;
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        return other == null ? "" : other;
    }
}
