package org.peyvand.platform.core.error;

/** The kinds of failure the faces distinguish; REST maps each to one HTTP status. */
public enum ErrorCode {
    VALIDATION(400),
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    UNAVAILABLE(503),
    INTERNAL(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The lower-case name used in the REST error shape. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
