package org.peyvand.platform.module;

import java.util.List;

/**
 * The kernel's health and every module's state, as {@code crm:status} and the status endpoint show
 * it. Ready when the kernel is and no module is stuck or failed.
 */
public record PlatformStatus(String kernelVersion, boolean ready, boolean kernelReady, List<String> kernelProblems,
        List<ModuleInfo> modules) {

    public PlatformStatus {
        kernelProblems = List.copyOf(kernelProblems);
        modules = List.copyOf(modules);
    }

    public static PlatformStatus of(String kernelVersion, List<String> kernelProblems, List<ModuleInfo> modules) {
        boolean kernelReady = kernelProblems.isEmpty();
        boolean ready = kernelReady && modules.stream().allMatch(m -> m.state() == ModuleState.READY);
        return new PlatformStatus(kernelVersion, ready, kernelReady, kernelProblems, modules);
    }
}
