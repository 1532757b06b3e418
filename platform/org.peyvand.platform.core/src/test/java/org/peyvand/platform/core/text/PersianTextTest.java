package org.peyvand.platform.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersianTextTest {

    private static final String ZWNJ = "\u200C";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "علي كريمي, علی کریمی",
            "موسى, موسی",
            "خانۀ, خانه",
            "مدرسة, مدرسه",
            "أحمد إيران آب ٱلله, احمد ایران اب الله",
            "مؤسسه, موسسه",
            "مُحَمَّدٌ, محمد",
            "سـلام, سلام",
            "قرآن, قران",
            "Ali REZAEI, ali rezaei",
    })
    void foldsLetterVariantsAndCase(String input, String expected) {
        assertThat(PersianText.normalize(input)).isEqualTo(expected);
    }

    @Test
    void removesHamzaAboveWrittenAsSeparateMark() {
        assertThat(PersianText.normalize("خانه\u0654")).isEqualTo("خانه");
    }

    @Test
    void convertsPersianAndArabicIndicDigits() {
        assertThat(PersianText.normalize("۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789 0123456789");
    }

    @Test
    void foldsArabicPresentationForms() {
        assertThat(PersianText.normalize("\uFEFB\uFBFC")).isEqualTo("لای");
    }

    @Test
    void treatsZeroWidthNonJoinerAsSeparator() {
        assertThat(PersianText.normalize("می" + ZWNJ + "خواهم")).isEqualTo("می خواهم");
    }

    @Test
    void collapsesWhitespaceAndPunctuation() {
        assertThat(PersianText.normalize("  علی\u00A0\t رضایی\u2003 ")).isEqualTo("علی رضایی");
        assertThat(PersianText.normalize("سلام، دنیا! (تست)؛ «نقل» چطوری؟")).isEqualTo("سلام دنیا تست نقل چطوری");
    }

    @Test
    void keepsEmailAddressesWholeButDropsPunctuationAtWordEdges() {
        assertThat(PersianText.normalize("Mail: Ali.Rezaei@Example.com.")).isEqualTo("mail ali.rezaei@example.com");
        assertThat(PersianText.normalize("تهران. +98-912 _x_")).isEqualTo("تهران 98-912 x");
    }

    @Test
    void normalizesNullAndBlankToEmpty() {
        assertThat(PersianText.normalize(null)).isEmpty();
        assertThat(PersianText.normalize(" \t،. ")).isEmpty();
    }

    @Test
    void indexesZeroWidthNonJoinerWordsBothSplitAndJoined() {
        assertThat(PersianText.searchTokens("رضا علی" + ZWNJ + "محمدی"))
                .containsExactly("رضا", "علی", "محمدی", "علیمحمدی");
    }

    @Test
    void indexesPartsOfEmailAddresses() {
        assertThat(PersianText.searchTokens("ali.rezaei@example.com"))
                .containsExactly("ali.rezaei@example.com", "ali", "rezaei", "example", "com");
    }

    @Test
    void searchTokensAreDistinctAndNonEmpty() {
        assertThat(PersianText.searchTokens("علی علي ALI ali")).containsExactly("علی", "ali");
        assertThat(PersianText.searchTokens(null)).isEmpty();
        assertThat(PersianText.searchTokens(" ... ")).isEmpty();
    }

    @Test
    void queryTokensSplitAtZeroWidthNonJoiner() {
        assertThat(PersianText.queryTokens("علی" + ZWNJ + "محمدی")).containsExactly("علی", "محمدی");
        assertThat(PersianText.queryTokens("  رضا  رضا ")).containsExactly("رضا");
        assertThat(PersianText.queryTokens(null)).isEmpty();
    }

    @Test
    void queriesFindValuesWhateverKeyboardOrJoinerWasUsed() {
        List<String> indexed = PersianText.searchTokens("علی" + ZWNJ + "محمدی، مدیر شركت");

        assertThat(prefixMatches(indexed, "علیمحم")).isTrue();
        assertThat(prefixMatches(indexed, "علی" + ZWNJ + "محم")).isTrue();
        assertThat(prefixMatches(indexed, "شرکت")).isTrue();
        assertThat(prefixMatches(indexed, "علي مدير")).isTrue();
        assertThat(prefixMatches(indexed, "رضا")).isFalse();
    }

    @Test
    void convertsDigitsToLatin() {
        assertThat(PersianText.toLatinDigits("تلفن ۰۲۱-٨٨٧٧ abc")).isEqualTo("تلفن 021-8877 abc");
        assertThat(PersianText.toLatinDigits(null)).isNull();
    }

    @Test
    void convertsDigitsToPersian() {
        assertThat(PersianText.toPersianDigits("Tel 021-٨٨٧٧ ۵")).isEqualTo("Tel ۰۲۱-۸۸۷۷ ۵");
        assertThat(PersianText.toPersianDigits(null)).isNull();
    }

    private static boolean prefixMatches(List<String> indexed, String query) {
        return PersianText.queryTokens(query).stream()
                .allMatch(token -> indexed.stream().anyMatch(value -> value.startsWith(token)));
    }
}
