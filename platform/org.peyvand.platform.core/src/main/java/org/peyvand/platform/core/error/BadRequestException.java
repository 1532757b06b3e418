package org.peyvand.platform.core.error;

/** A request that cannot be understood at all (malformed body, unreadable file). */
public class BadRequestException extends CrmException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String messageKey, Object... args) {
        super(ErrorCode.BAD_REQUEST, messageKey, args);
    }
}
