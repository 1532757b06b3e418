package org.peyvand.module.accounts;

/**
 * A list filter: {@code q} is free text matched word by word as prefixes after Persian
 * normalisation (ي/ی, ك/ک, ZWNJ, digits); {@code accountId} narrows contacts to one account.
 */
public record RecordQuery(String q, Long accountId) {
    public static final RecordQuery ALL = new RecordQuery(null, null);

    public static RecordQuery text(String q) {
        return new RecordQuery(q, null);
    }
}
