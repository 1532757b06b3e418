package org.peyvand.module.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SortKeysTest {

    private static List<String> sorted(String... names) {
        return Stream.of(names).sorted(Comparator.comparing(SortKeys::of)).toList();
    }

    @Test
    void ordersPersianNamesAlphabetically() {
        // In code point order پ, چ, ژ, ک and گ come after ی.
        assertThat(sorted("یزدی", "گلستانی", "کاظمی", "ژیان", "چمنی", "پارسا", "بهرامی", "آریا", "تهرانی"))
                .containsExactly("آریا", "بهرامی", "پارسا", "تهرانی", "چمنی", "ژیان", "کاظمی", "گلستانی", "یزدی");
    }

    @Test
    void ignoresLetterVariantsCaseAndJoiners() {
        assertThat(SortKeys.of("كريمي")).isEqualTo(SortKeys.of("کریمی"));
        assertThat(SortKeys.of("Karimi")).isEqualTo(SortKeys.of("karimi"));
        assertThat(SortKeys.of("ذوب‌آهن")).isEqualTo(SortKeys.of("ذوب آهن"));
    }

    @Test
    void sortsPeopleByLastNameThenFirstName() {
        assertThat(Stream.of(new String[] {"علی", "کریمی"}, new String[] {"زهرا", "احمدی"}, new String[] {"آرش", "کریمی"},
                new String[] {"سارا", "کریم"})
                .sorted(Comparator.comparing((String[] p) -> SortKeys.ofPerson(p[0], p[1])))
                .map(p -> p[0] + " " + p[1]))
                .containsExactly("زهرا احمدی", "سارا کریم", "آرش کریمی", "علی کریمی");
    }

    @Test
    void comparesCharacterByCharacterLikeTheDatabases() {
        // Keys use U+0100..U+01FF only: String order, UTF-16 order and UTF-8 byte order agree.
        assertThat(SortKeys.of("محمد رضایی 123 Ali").chars()).allMatch(c -> c >= 0x100 && c <= 0x1FF);
    }

    @Test
    void fitsTheColumn() {
        assertThat(SortKeys.of("ب".repeat(400))).hasSizeLessThanOrEqualTo(SortKeys.MAX_LENGTH);
    }
}
