package org.peyvand.platform.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void tokensAndQueryWordsFoldAlike() {
        assertThat(SearchWords.tokens(Arrays.asList("علي كريمي", null, "۰۹۱۲"))).containsExactly("علی", "کریمی", "0912");
        assertThat(SearchWords.ofQuery(" كريمي  ٠٩١٢ ")).containsExactly("کریمی", "0912");
        assertThat(SearchWords.ofQuery(null)).isEmpty();
        assertThat(SearchWords.ofQuery("  ")).isEmpty();
    }

    @Test
    void dropsQueryWordsImpliedByLongerOnes() {
        assertThat(SearchWords.ofQuery("علی علیرضا کریم")).containsExactly("علیرضا", "کریم");
    }

    @Test
    void cutsTokensAndQueryWordsToTheColumnSize() {
        String email = "a".repeat(70) + "@example.com";
        assertThat(SearchWords.tokens(List.of(email))).allSatisfy(token -> assertThat(token).hasSizeLessThanOrEqualTo(SearchWords.MAX_LENGTH))
                .contains("a".repeat(64), "example");
        assertThat(SearchWords.ofQuery("b".repeat(80))).containsExactly("b".repeat(64));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String word = "a".repeat(63) + "\uD835\uDC00";
        assertThat(SearchWords.cut(word)).isEqualTo("a".repeat(63));
    }
}
