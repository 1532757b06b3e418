package org.peyvand.module.accounts.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.core.UriInfo;

import org.peyvand.module.accounts.internal.Values;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.PageRequest;


/**
 * Query parameters parsed here rather than by JAX-RS, so a bad value is a 400 naming the
 * parameter instead of a bare 404.
 */
final class QueryParams {

    private QueryParams() {
    }

    static PageRequest page(String cursor, String limit, String sort, String order) {
        int size = limit == null || limit.isBlank() ? PageRequest.DEFAULT_LIMIT : number(limit, "limit").intValue();
        return new PageRequest(cursor, size, sort, descending(order));
    }

    /** An optional record id; Persian and Arabic digits are accepted like everywhere else. */
    /** Query parameter prefix of custom field filters: {@code cf.tier=gold}. */
    static final String CUSTOM_PREFIX = "cf.";

    /** The custom field filters among the query parameters, by field name. */
    static Map<String, String> custom(UriInfo uri) {
        Map<String, String> filters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (name.startsWith(CUSTOM_PREFIX) && !values.isEmpty()) {
                filters.put(name.substring(CUSTOM_PREFIX.length()), values.get(0));
            }
        });
        return filters;
    }

    static Long id(String value, String name) {
        return value == null || value.isBlank() ? null : number(value, name);
    }

    private static boolean descending(String order) {
        if (order == null || order.isBlank() || order.equalsIgnoreCase("asc")) {
            return false;
        }
        if (order.equalsIgnoreCase("desc")) {
            return true;
        }
        throw ValidationException.of("order", "accounts.error.order");
    }

    private static Long number(String value, String name) {
        return Values.parseId(value).orElseThrow(() -> ValidationException.of(name, "core.error.invalidNumber"));
    }
}
