package org.peyvand.platform.core.error;

/**
 * The named record does not exist, or the caller may not know that it does. Each record type
 * has its own message key (e.g. {@code accounts.error.contactNotFound}: "No contact with id {0}").
 */
public class NotFoundException extends CrmException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object id) {
        super(ErrorCode.NOT_FOUND, messageKey, String.valueOf(id));
    }
}
