package org.peyvand.module.accounts.internal.demo;

/**
 * Completes identifiers with their check digits (the algorithms IranianIdentifiers verifies), so
 * demo records carry codes that pass validation without being anyone's real code.
 */
final class CheckDigits {
    private static final int[] LEGAL_ENTITY_COEFFICIENTS = {29, 27, 23, 19, 17, 29, 27, 23, 19, 17};

    private CheckDigits() {
    }

    /** A national code (کد ملی) from its first nine digits. */
    static String nationalCode(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += digit(nineDigits, i) * (10 - i);
        }
        int remainder = sum % 11;
        return nineDigits + (remainder < 2 ? remainder : 11 - remainder);
    }

    /** A legal entity's national ID (شناسه ملی) from its first ten digits. */
    static String legalEntityId(String tenDigits) {
        int offset = digit(tenDigits, 9) + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digit(tenDigits, i) + offset) * LEGAL_ENTITY_COEFFICIENTS[i];
        }
        int remainder = sum % 11;
        return tenDigits + (remainder == 10 ? 0 : remainder);
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
