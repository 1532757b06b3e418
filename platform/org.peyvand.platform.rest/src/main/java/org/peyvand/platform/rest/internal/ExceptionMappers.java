package org.peyvand.platform.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.ErrorCode;
import org.peyvand.platform.core.error.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Every failure leaves the server in the one error shape; nothing leaks a stack trace. */
final class ExceptionMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ExceptionMappers.class);

    private ExceptionMappers() {
    }

    static List<Object> all(ErrorResponses errors) {
        return List.of(new Crm(errors), new Json(errors), new Web(errors), new Unexpected(errors));
    }

    /** What every mapper needs: the error responses and the request's languages. */
    private abstract static class LocalisedMapper<E extends Throwable> implements ExceptionMapper<E> {
        protected final ErrorResponses errors;
        @Context
        private HttpHeaders headers;

        LocalisedMapper(ErrorResponses errors) {
            this.errors = errors;
        }

        protected List<Locale> languages() {
            return headers == null ? List.of() : headers.getAcceptableLanguages();
        }
    }

    /** The service layer's own failures: validation, not found, conflict, forbidden. */
    static final class Crm extends LocalisedMapper<CrmException> {

        Crm(ErrorResponses errors) {
            super(errors);
        }

        @Override
        public Response toResponse(CrmException e) {
            return errors.of(e, languages());
        }
    }

    /** Bodies that are not JSON, or JSON that does not fit the resource's type: 400 naming the field. */
    static final class Json extends LocalisedMapper<JsonProcessingException> {

        Json(ErrorResponses errors) {
            super(errors);
        }

        @Override
        public Response toResponse(JsonProcessingException e) {
            if (e instanceof UnrecognizedPropertyException unknown) {
                return fieldError(path(unknown), "core.error.unknownField");
            }
            if (e instanceof InvalidFormatException invalid) {
                Class<?> target = invalid.getTargetType();
                String key = target != null && java.time.temporal.Temporal.class.isAssignableFrom(target) ? "core.error.invalidDate"
                        : target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive()) ? "core.error.invalidNumber"
                        : "core.error.invalidValue";
                return fieldError(path(invalid), key);
            }
            if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
                return fieldError(path(mismatched), "core.error.invalidValue");
            }
            return errors.of(ErrorCode.BAD_REQUEST, List.of(), languages(), "core.error.malformedJson");
        }

        private Response fieldError(String field, String key) {
            return errors.of(ErrorCode.VALIDATION, List.of(FieldError.of(field, key)), languages(), "core.error.validation");
        }

        private static String path(JsonMappingException e) {
            return e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
    }

    /** JAX-RS's own refusals: unknown paths, wrong methods or content types. */
    static final class Web extends LocalisedMapper<WebApplicationException> {

        Web(ErrorResponses errors) {
            super(errors);
        }

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            List<Locale> languages = languages();
            return switch (status) {
                case 401 -> errors.of(ErrorCode.UNAUTHORIZED, List.of(), languages, "core.error.unauthorized");
                case 404 -> errors.of(ErrorCode.NOT_FOUND, List.of(), languages, "core.error.notFoundPath");
                case 405 -> withStatus(errors.of(ErrorCode.BAD_REQUEST, List.of(), languages, "core.error.methodNotAllowed"), 405);
                case 406, 415 -> withStatus(errors.of(ErrorCode.BAD_REQUEST, List.of(), languages, "core.error.unsupportedMediaType"), status);
                default -> status >= 500 ? Unexpected.report(errors, languages, e)
                        : withStatus(errors.of(ErrorCode.BAD_REQUEST, List.of(), languages, "core.error.malformedBody",
                                String.valueOf(status)), status);
            };
        }

        private static Response withStatus(Response response, int status) {
            return Response.fromResponse(response).status(status).build();
        }
    }

    /** Anything else is our fault: logged with a reference the client can quote, never shown. */
    static final class Unexpected extends LocalisedMapper<Throwable> {

        Unexpected(ErrorResponses errors) {
            super(errors);
        }

        @Override
        public Response toResponse(Throwable e) {
            return report(errors, languages(), e);
        }

        static Response report(ErrorResponses errors, List<Locale> languages, Throwable e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Request failed, reference {}", reference, e);
            return errors.of(ErrorCode.INTERNAL, List.of(), languages, "core.error.internal", reference);
        }
    }
}
