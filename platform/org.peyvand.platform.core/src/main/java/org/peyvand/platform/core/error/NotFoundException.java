package org.peyvand.platform.core.error;

/** The named record does not exist, or the caller may not know that it does. */
public class NotFoundException extends CrmException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String recordType, Object id) {
        super(ErrorCode.NOT_FOUND, "core.error.notFound", recordType, String.valueOf(id));
    }
}
