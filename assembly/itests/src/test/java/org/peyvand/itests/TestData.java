package org.peyvand.itests;

import java.util.Random;

/** Valid Iranian identifiers for test records. */
final class TestData {

    private TestData() {
    }

    /** A random national code with its check digit. */
    static String nationalCode(Random random) {
        String body = String.format("%09d", 100_000_000 + random.nextInt(899_999_999));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (body.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return body + (remainder < 2 ? remainder : 11 - remainder);
    }
}
