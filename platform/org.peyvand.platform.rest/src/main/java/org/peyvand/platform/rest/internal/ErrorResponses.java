package org.peyvand.platform.rest.internal;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.ErrorCode;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.rest.ErrorBody;
import org.peyvand.platform.rest.ErrorBody.FieldErrorBody;

/** Turns failures into the API's error shape, in the language the client asked for. */
final class ErrorResponses {
    private final I18nService i18n;

    ErrorResponses(I18nService i18n) {
        this.i18n = i18n;
    }

    Response of(CrmException e, List<Locale> requested) {
        List<FieldError> fields = e instanceof ValidationException v ? v.fieldErrors()
                : e instanceof ConflictException c ? c.fieldErrors() : List.of();
        Messages messages = i18n.messages(i18n.negotiate(requested));
        return build(e.code(), messages.describe(e), fields, messages);
    }

    Response of(ErrorCode code, List<FieldError> fields, List<Locale> requested, String messageKey, Object... args) {
        Messages messages = i18n.messages(i18n.negotiate(requested));
        return build(code, messages.get(messageKey, args), fields, messages);
    }

    private Response build(ErrorCode code, String message, List<FieldError> fields, Messages messages) {
        List<FieldErrorBody> bodies = fields.stream()
                .map(f -> new FieldErrorBody(f.field(), f.messageKey(), messages.get(f.messageKey(), f.args().toArray())))
                .toList();
        if (!bodies.isEmpty()) {
            message = message + " " + String.join(messages.locale().getLanguage().equals("fa") ? "، " : ", ",
                    bodies.stream().map(b -> b.field() + ": " + b.message()).toList());
        }
        Response.ResponseBuilder response = Response.status(code.httpStatus())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_LANGUAGE, messages.locale().toLanguageTag())
                .entity(new ErrorBody(code.id(), message, bodies));
        if (code == ErrorCode.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Peyvand\", charset=\"UTF-8\"");
        }
        return response.build();
    }
}
