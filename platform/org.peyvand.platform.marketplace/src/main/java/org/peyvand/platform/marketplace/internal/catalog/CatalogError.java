package org.peyvand.platform.marketplace.internal.catalog;

import java.util.List;

/** Why a catalog or one of its artifacts could not be read, as a message key. */
public class CatalogError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public CatalogError(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
