package org.peyvand.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Realistic Persian people for load: names from common first and last names, valid national
 * codes (computed check digit) and mobiles, unique per index so imports never collide.
 */
final class ContactGenerator {
    static final String[] FIRST = {"علی", "محمد", "حسین", "رضا", "مهدی", "امیر", "سعید", "حمید", "مجید", "احمد",
        "فاطمه", "زهرا", "مریم", "سارا", "نرگس", "الهام", "لیلا", "مینا", "شیرین", "پریسا", "کاوه", "بهرام", "آرش",
        "نیما", "یاسمن", "سمیرا", "هستی", "کیان", "پرهام", "نازنین"};
    static final String[] LAST = {"رضایی", "محمدی", "حسینی", "احمدی", "کریمی", "موسوی", "جعفری", "کاظمی", "رحیمی",
        "صادقی", "قاسمی", "نوری", "حیدری", "سلیمانی", "عباسی", "یزدانی", "تهرانی", "شیرازی", "اصفهانی", "کرمانی",
        "مرادی", "فراهانی", "نجفی", "باقری", "اکبری", "طاهری", "جمالی", "زمانی", "افشار", "پاکزاد", "خسروی", "مختاری",
        "شریفی", "ملکی", "امینی", "فرجی", "قربانی", "سبحانی", "دهقان", "بهرامی"};
    static final String HEADER = "firstName,lastName,nationalCode,mobile,email,jobTitle\n";

    /** Further columns of every row, such as custom fields. */
    interface ExtraColumns {
        /** The column names, each preceded by a comma. */
        String header();

        /** The row's values, each preceded by a comma. */
        String row(int index, Random random);
    }

    private final Random random;

    ContactGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** CSV rows for contacts {@code from} (inclusive) to {@code to} (exclusive), with a header; {@code extra} may be null. */
    byte[] csv(int from, int to, ExtraColumns extra) {
        StringBuilder csv = new StringBuilder(extra == null ? HEADER : HEADER.strip() + extra.header() + "\n");
        for (int i = from; i < to; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)] + (random.nextInt(4) == 0 ? "‌نژاد" : "");
            csv.append(first).append(',').append(last).append(',').append(nationalCode(i)).append(',')
                    .append(String.format("0912%07d", i)).append(',')
                    .append(i % 3 == 0 ? "person" + i + "@example.ir" : "").append(',')
                    .append(i % 5 == 0 ? "کارشناس فروش" : "").append(extra == null ? "" : extra.row(i, random)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid national code whose first nine digits encode {@code index} (offset to avoid zeros). */
    static String nationalCode(int index) {
        String body = String.format("%09d", 100_000_000 + index);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (body.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return body + (remainder < 2 ? remainder : 11 - remainder);
    }

    String randomFragment() {
        String name = random.nextBoolean() ? LAST[random.nextInt(LAST.length)] : FIRST[random.nextInt(FIRST.length)];
        return name.substring(0, Math.min(name.length(), 3 + random.nextInt(2)));
    }
}
