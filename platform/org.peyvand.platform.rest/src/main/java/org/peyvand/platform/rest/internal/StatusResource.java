package org.peyvand.platform.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.module.PlatformStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/status}: whether the kernel and every module are ready. The kernel is ready
 * only once this endpoint serves every resource registered, so a load balancer or a client that
 * waits for it never meets an address that is about to exist.
 */
@Path("status")
@Tag(name = "platform")
@Produces(MediaType.APPLICATION_JSON)
public final class StatusResource {
    static final String REBUILDING = "the REST endpoint is taking in resources that came or went";

    private final ModuleRegistry modules;
    private final BooleanSupplier current;

    StatusResource(ModuleRegistry modules, BooleanSupplier current) {
        this.modules = modules;
        this.current = current;
    }

    @GET
    @Operation(summary = "Kernel and module readiness")
    public PlatformStatus status() {
        PlatformStatus status = modules.status();
        if (current.getAsBoolean()) {
            return status;
        }
        List<String> problems = new ArrayList<>(status.kernelProblems());
        problems.add(REBUILDING);
        return PlatformStatus.of(status.kernelVersion(), problems, status.modules());
    }
}
