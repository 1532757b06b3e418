package org.peyvand.module.accounts.internal.jpa;

import java.io.Serializable;
import java.util.Objects;

/** The key of an account's phone or address: the account and the item's place in its list. */
public class AccountItemKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private long accountId;
    private int ordinal;

    public AccountItemKey() {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountItemKey key && key.accountId == accountId && key.ordinal == ordinal;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, ordinal);
    }
}
