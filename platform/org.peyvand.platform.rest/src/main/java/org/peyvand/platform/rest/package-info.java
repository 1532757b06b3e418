/**
 * The one REST server. Modules contribute JAX-RS resources as services with
 * {@code osgi.jaxrs.resource=true}; they are served under {@code /api/v1} and listed in
 * {@code /api/openapi.json} for as long as the service is registered.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.peyvand.platform.rest;
