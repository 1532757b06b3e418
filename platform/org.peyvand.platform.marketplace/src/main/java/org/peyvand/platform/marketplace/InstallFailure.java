package org.peyvand.platform.marketplace;

import java.util.List;

/** Why an install step failed, as a message key the faces localise. */
public class InstallFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public InstallFailure(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public InstallFailure(Throwable cause, String messageKey, Object... args) {
        super(messageKey, cause);
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
