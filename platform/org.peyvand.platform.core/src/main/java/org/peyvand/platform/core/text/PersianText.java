package org.peyvand.platform.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Persian-aware text folding for search keys and digit conversion.
 *
 * <p>Persian text reaches the system typed on different keyboards (Arabic yeh and kaf instead of the
 * Persian letters), with optional diacritics, with or without the zero-width non-joiner (ZWNJ) between
 * the parts of a word, and with Persian, Arabic-Indic or ASCII digits. Search must not depend on any of
 * these, so values and queries are both reduced to the same normal form.
 */
public final class PersianText {

    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';
    private static final char PERSIAN_ZERO = '\u06F0';
    private static final char ARABIC_INDIC_ZERO = '\u0660';
    private static final Pattern IN_WORD_PUNCTUATION = Pattern.compile("[@._+\\-]");

    private PersianText() {
    }

    /**
     * Returns the search normal form of {@code s}: words separated by single ASCII spaces.
     *
     * <p>A word is a run of letters, digits and combining marks, which may also contain
     * {@code @ . _ + -} so that e-mail addresses, domains and similar values stay whole; those characters
     * are dropped at the edges of a word. Every other character, the ZWNJ included, separates words.
     *
     * @return the normal form, or an empty string for {@code null}
     */
    public static String normalize(String s) {
        List<String> words = new ArrayList<>();
        for (List<String> joinedRun : joinedRuns(s)) {
            words.addAll(joinedRun);
        }
        return String.join(" ", words);
    }

    /**
     * Returns the distinct tokens under which a value should be indexed for prefix search.
     *
     * <p>Besides the words of {@link #normalize(String)} this adds the form of each ZWNJ-joined word
     * without the ZWNJ (so "علی‌محمدی" is also found as "علیمحمدی") and the parts of words that contain
     * {@code @ . _ + -} (so "ali.rezaei@example.com" is also found by "rezaei" and "example").
     */
    public static List<String> searchTokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        for (List<String> joinedRun : joinedRuns(text)) {
            for (String word : joinedRun) {
                tokens.add(word);
                addWordParts(word, tokens);
            }
            if (joinedRun.size() > 1) {
                tokens.add(String.join("", joinedRun));
            }
        }
        return List.copyOf(tokens);
    }

    /**
     * Returns the distinct words of {@link #normalize(String)}, to be matched as prefixes of indexed
     * {@link #searchTokens(String) search tokens}.
     */
    public static List<String> queryTokens(String query) {
        Set<String> tokens = new LinkedHashSet<>();
        for (List<String> joinedRun : joinedRuns(query)) {
            tokens.addAll(joinedRun);
        }
        return List.copyOf(tokens);
    }

    /** Replaces Persian and Arabic-Indic digits with ASCII digits; returns {@code null} for {@code null}. */
    public static String toLatinDigits(String s) {
        if (s == null) {
            return null;
        }
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = latinDigit(chars[i]);
        }
        return new String(chars);
    }

    /**
     * Replaces ASCII and Arabic-Indic digits with Persian digits (۰-۹); returns {@code null} for
     * {@code null}.
     */
    public static String toPersianDigits(String s) {
        if (s == null) {
            return null;
        }
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char latin = latinDigit(chars[i]);
            if (latin >= '0' && latin <= '9') {
                chars[i] = (char) (PERSIAN_ZERO + (latin - '0'));
            }
        }
        return new String(chars);
    }

    private static char latinDigit(char c) {
        if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
            return (char) ('0' + (c - PERSIAN_ZERO));
        }
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
            return (char) ('0' + (c - ARABIC_INDIC_ZERO));
        }
        return c;
    }

    /**
     * Splits folded text into runs of words that were joined by invisible joiners (ZWNJ or ZWJ); each run
     * holds at least one non-empty word.
     */
    private static List<List<String>> joinedRuns(String s) {
        List<List<String>> runs = new ArrayList<>();
        if (s == null) {
            return runs;
        }
        // NFKC folds Arabic presentation forms (common in text copied from PDFs), full-width Latin and
        // no-break spaces onto their ordinary characters before the Persian-specific folding below.
        String text = Normalizer.normalize(s, Normalizer.Form.NFKC);
        List<String> run = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isIgnorable(cp)) {
                continue;
            }
            int folded = fold(cp);
            if (isWordCharacter(folded) || isInWordPunctuation(folded)) {
                word.appendCodePoint(folded);
            } else if (folded == ZWNJ || folded == ZWJ) {
                endWord(word, run);
            } else {
                endWord(word, run);
                endRun(run, runs);
            }
        }
        endWord(word, run);
        endRun(run, runs);
        return runs;
    }

    private static void endWord(StringBuilder word, List<String> run) {
        int start = 0;
        int end = word.length();
        while (start < end && isInWordPunctuation(word.charAt(start))) {
            start++;
        }
        while (end > start && isInWordPunctuation(word.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            run.add(word.substring(start, end));
        }
        word.setLength(0);
    }

    private static void endRun(List<String> run, List<List<String>> runs) {
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
            run.clear();
        }
    }

    private static void addWordParts(String word, Set<String> tokens) {
        for (String part : IN_WORD_PUNCTUATION.split(word)) {
            if (!part.isEmpty()) {
                tokens.add(part);
            }
        }
    }

    /** Arabic diacritics (harakat, tanwin, hamza and madda marks, superscript alef) and tatweel. */
    private static boolean isIgnorable(int cp) {
        return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640;
    }

    private static int fold(int cp) {
        switch (cp) {
            case 0x064A: // Arabic yeh
            case 0x0649: // alef maksura
                return 0x06CC; // Persian yeh
            case 0x0643: // Arabic kaf
                return 0x06A9; // keheh
            case 0x06C0: // heh with yeh above
            case 0x0629: // teh marbuta
                return 0x0647; // heh
            case 0x0623: // alef with hamza above
            case 0x0625: // alef with hamza below
            case 0x0622: // alef with madda
            case 0x0671: // alef wasla
                return 0x0627; // alef
            case 0x0624: // waw with hamza
                return 0x0648; // waw
            default:
                if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                    char digit = latinDigit((char) cp);
                    if (digit != cp) {
                        return digit;
                    }
                }
                return Character.toLowerCase(cp);
        }
    }

    private static boolean isWordCharacter(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isInWordPunctuation(int cp) {
        return cp == '@' || cp == '.' || cp == '_' || cp == '+' || cp == '-';
    }
}
