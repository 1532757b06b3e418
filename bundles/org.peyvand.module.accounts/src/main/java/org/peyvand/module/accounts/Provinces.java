package org.peyvand.module.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.peyvand.platform.core.text.PersianText;

/**
 * The 31 provinces of Iran. Addresses store a province by its stable {@code code}; people see
 * its name, from {@link Province#persianName()} / {@link Province#englishName()} or the i18n key
 * {@link Province#labelKey()}.
 */
public final class Provinces {

    /** One province: a lower-case code such as {@code razavi-khorasan} and its names. */
    public record Province(String code, String persianName, String englishName) {

        /** The i18n key of the province's name, {@code accounts.province.<code>}. */
        public String labelKey() {
            return "accounts.province." + code;
        }

        public String name(Locale locale) {
            return "fa".equals(locale.getLanguage()) ? persianName : englishName;
        }
    }

    private static final List<Province> ALL = List.of(
            new Province("east-azerbaijan", "آذربایجان شرقی", "East Azerbaijan"),
            new Province("west-azerbaijan", "آذربایجان غربی", "West Azerbaijan"),
            new Province("ardabil", "اردبیل", "Ardabil"),
            new Province("isfahan", "اصفهان", "Isfahan"),
            new Province("alborz", "البرز", "Alborz"),
            new Province("ilam", "ایلام", "Ilam"),
            new Province("bushehr", "بوشهر", "Bushehr"),
            new Province("tehran", "تهران", "Tehran"),
            new Province("chaharmahal-bakhtiari", "چهارمحال و بختیاری", "Chaharmahal and Bakhtiari"),
            new Province("south-khorasan", "خراسان جنوبی", "South Khorasan"),
            new Province("razavi-khorasan", "خراسان رضوی", "Razavi Khorasan"),
            new Province("north-khorasan", "خراسان شمالی", "North Khorasan"),
            new Province("khuzestan", "خوزستان", "Khuzestan"),
            new Province("zanjan", "زنجان", "Zanjan"),
            new Province("semnan", "سمنان", "Semnan"),
            new Province("sistan-baluchestan", "سیستان و بلوچستان", "Sistan and Baluchestan"),
            new Province("fars", "فارس", "Fars"),
            new Province("qazvin", "قزوین", "Qazvin"),
            new Province("qom", "قم", "Qom"),
            new Province("kurdistan", "کردستان", "Kurdistan"),
            new Province("kerman", "کرمان", "Kerman"),
            new Province("kermanshah", "کرمانشاه", "Kermanshah"),
            new Province("kohgiluyeh-boyer-ahmad", "کهگیلویه و بویراحمد", "Kohgiluyeh and Boyer-Ahmad"),
            new Province("golestan", "گلستان", "Golestan"),
            new Province("gilan", "گیلان", "Gilan"),
            new Province("lorestan", "لرستان", "Lorestan"),
            new Province("mazandaran", "مازندران", "Mazandaran"),
            new Province("markazi", "مرکزی", "Markazi"),
            new Province("hormozgan", "هرمزگان", "Hormozgan"),
            new Province("hamadan", "همدان", "Hamadan"),
            new Province("yazd", "یزد", "Yazd"));

    private static final Map<String, Province> BY_CODE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Province::code, Function.identity()));

    /** Codes and both names in search normal form, so "تهران", "Tehran" and "tehran" all find Tehran. */
    private static final Map<String, Province> BY_ANY_NAME = ALL.stream()
            .flatMap(p -> List.of(p.code(), p.persianName(), p.englishName()).stream()
                    .map(name -> Map.entry(PersianText.normalize(name), p)))
            .distinct()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private Provinces() {
    }

    /** Every province, in Persian alphabetical order. */
    public static List<Province> all() {
        return ALL;
    }

    public static Optional<Province> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /**
     * Finds a province by its code or by its Persian or English name as people type them
     * (Arabic or Persian letters, any case, with or without the ZWNJ).
     */
    public static Optional<Province> lookup(String codeOrName) {
        return Optional.ofNullable(codeOrName == null ? null : BY_ANY_NAME.get(PersianText.normalize(codeOrName)));
    }
}
