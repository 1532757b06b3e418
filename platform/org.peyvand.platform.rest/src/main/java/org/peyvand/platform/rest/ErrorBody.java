package org.peyvand.platform.rest;

import java.util.List;

/**
 * The one error shape of the API: {@code {code, message, fieldErrors: [{field, code, message}]}},
 * localised by Accept-Language.
 */
public record ErrorBody(String code, String message, List<FieldErrorBody> fieldErrors) {

    public ErrorBody {
        fieldErrors = List.copyOf(fieldErrors);
    }

    /** One invalid field: its API name, the rule's message key and the localised message. */
    public record FieldErrorBody(String field, String code, String message) {
    }
}
