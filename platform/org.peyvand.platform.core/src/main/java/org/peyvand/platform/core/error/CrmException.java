package org.peyvand.platform.core.error;

import java.util.List;

/**
 * A failure every face reports the same way: a stable code for machines, a message key the
 * faces localise for people. Never carries a stack trace to the caller.
 */
public abstract class CrmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String messageKey;
    private final transient List<Object> args;

    protected CrmException(ErrorCode code, String messageKey, Object... args) {
        super(messageKey);
        this.code = code;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public ErrorCode code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
