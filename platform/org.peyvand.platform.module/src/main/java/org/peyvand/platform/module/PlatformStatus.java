package org.peyvand.platform.module;

import java.util.List;

/** The kernel's health and every module's state, as {@code crm:status} and the status endpoint show it. */
public record PlatformStatus(String kernelVersion, boolean kernelReady, List<String> kernelProblems, List<ModuleInfo> modules) {

    public PlatformStatus {
        kernelProblems = List.copyOf(kernelProblems);
        modules = List.copyOf(modules);
    }

    /** Ready when the kernel is and no module is stuck or failed. */
    public boolean ready() {
        return kernelReady && modules.stream().allMatch(m -> m.state() == ModuleState.READY);
    }
}
