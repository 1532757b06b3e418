package org.peyvand.module.accounts.internal;

import org.peyvand.platform.core.text.PersianText;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * The stored key a list is sorted by. Code point order puts پ, چ, ژ, ک and گ after ی, so the key is
 * the Persian collation key of the normalised text, written one character per key byte: comparing
 * two keys character by character (Derby, or PostgreSQL under the C collation) then gives Persian
 * alphabetical order, in every database alike.
 */
public final class SortKeys {
    /** The column size; names that only differ past it are ordered by id. */
    public static final int MAX_LENGTH = 120;

    private static final char BYTE_BASE = '\u0100';
    private static final Collator COLLATOR = primaryPersianCollator();

    private SortKeys() {
    }

    public static String of(String text) {
        byte[] key = COLLATOR.getCollationKey(PersianText.normalize(text)).toByteArray();
        int length = key.length;
        while (length > 0 && key[length - 1] == 0) {
            length--;
        }
        StringBuilder chars = new StringBuilder(Math.min(length, MAX_LENGTH));
        for (int i = 0; i < length && chars.length() < MAX_LENGTH; i++) {
            chars.append((char) (BYTE_BASE + (key[i] & 0xFF)));
        }
        return chars.toString();
    }

    /** A person sorts by last name, then first name. */
    public static String ofPerson(String firstName, String lastName) {
        return of(lastName + " " + firstName);
    }

    // Frozen ICU collators are immutable and safe to share between threads.
    private static Collator primaryPersianCollator() {
        Collator collator = Collator.getInstance(new ULocale("fa"));
        collator.setStrength(Collator.PRIMARY);
        return collator.freeze();
    }
}
