package org.peyvand.platform.core.error;

/** An upload over its size bound; refused before it is all read. */
public class PayloadTooLargeException extends CrmException {
    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long maxBytes) {
        super(ErrorCode.PAYLOAD_TOO_LARGE, "core.error.tooLarge", maxBytes);
    }
}
