package org.peyvand.platform.rest;

/** Service property values that put a JAX-RS resource on the REST server. */
public final class RestResource {
    /** Set to {@code "true"} on a resource service: {@code @Component(service = ..., property = RestResource.PROPERTY)}. */
    public static final String PROPERTY = "osgi.jaxrs.resource=true";
    public static final String FILTER = "(osgi.jaxrs.resource=true)";
    /** Largest request body an upload may have, unless a resource sets its own smaller bound. */
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private RestResource() {
    }
}
