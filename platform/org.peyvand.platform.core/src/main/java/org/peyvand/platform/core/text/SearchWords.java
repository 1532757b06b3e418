package org.peyvand.platform.core.text;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one tokenizer of record search: the tokens a record is indexed under and the words a query
 * is matched by, as prefixes of those tokens. Both are Persian-normalised by {@link PersianText}
 * and cut to the token column's size, so a long word still finds itself.
 */
public final class SearchWords {
    /** The size of every token column; longer words are cut, and so are query words, so prefixes still match. */
    public static final int MAX_LENGTH = 64;

    private SearchWords() {
    }

    /** The tokens of texts, cut to the column's size; {@code null} texts add none. */
    public static Set<String> tokens(Collection<String> texts) {
        Set<String> tokens = new LinkedHashSet<>();
        texts.forEach(text -> addTokens(tokens, text));
        return tokens;
    }

    /** Adds the tokens of {@code text}, if any, to {@code tokens}. */
    public static void addTokens(Set<String> tokens, String text) {
        if (text != null) {
            PersianText.searchTokens(text).forEach(token -> tokens.add(cut(token)));
        }
    }

    /**
     * The words of a query, cut like tokens, without those a longer word implies: a record holding
     * a token that starts with "علیرضا" holds one that starts with "علی".
     */
    public static List<String> ofQuery(String query) {
        List<String> words = PersianText.queryTokens(query).stream().map(SearchWords::cut).toList();
        return words.stream()
                .filter(word -> words.stream().noneMatch(other -> other.length() > word.length() && other.startsWith(word)))
                .toList();
    }

    /** Cuts a word to {@link #MAX_LENGTH} characters without splitting a surrogate pair. */
    public static String cut(String word) {
        if (word.length() <= MAX_LENGTH) {
            return word;
        }
        int end = Character.isHighSurrogate(word.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return word.substring(0, end);
    }
}
