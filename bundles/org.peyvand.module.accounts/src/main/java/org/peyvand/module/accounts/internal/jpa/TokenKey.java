package org.peyvand.module.accounts.internal.jpa;

import java.io.Serializable;
import java.util.Objects;

/** The key of a search token row: the record and the token. */
public class TokenKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private long recordId;
    private String token;

    public TokenKey() {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenKey key && key.recordId == recordId && Objects.equals(key.token, token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordId, token);
    }
}
