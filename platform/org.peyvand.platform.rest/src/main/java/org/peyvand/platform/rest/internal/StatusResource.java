package org.peyvand.platform.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.module.PlatformStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/status}: whether the kernel and every module are ready. */
@Path("status")
@Tag(name = "platform")
@Produces(MediaType.APPLICATION_JSON)
public final class StatusResource {
    private final ModuleRegistry modules;

    StatusResource(ModuleRegistry modules) {
        this.modules = modules;
    }

    @GET
    @Operation(summary = "Kernel and module readiness")
    public PlatformStatus status() {
        return modules.status();
    }
}
