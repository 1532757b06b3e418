package org.peyvand.platform.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.module.ModuleInfo;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.module.PlatformStatus;

@Command(scope = "crm", name = "status", description = "Shows whether the kernel and every module are ready")
@Service
public class StatusCommand implements Action {

    @Reference(optional = true)
    ModuleRegistry modules;

    @Override
    public Object execute() {
        if (modules == null) {
            System.out.println("Peyvand: NOT READY");
            System.out.println("kernel: the module registry (ModuleRegistry) is not available");
            return null;
        }
        PlatformStatus status = modules.status();
        System.out.println("Peyvand " + status.kernelVersion() + ": " + (status.ready() ? "READY" : "NOT READY"));
        System.out.println("kernel: " + (status.kernelReady() ? "ready" : "not ready"));
        status.kernelProblems().forEach(p -> System.out.println("  - " + p));
        long ready = status.modules().stream().filter(m -> m.state() == ModuleState.READY).count();
        System.out.println("modules: " + ready + " of " + status.modules().size() + " ready");
        for (ModuleInfo module : status.modules()) {
            if (module.state() != ModuleState.READY) {
                System.out.println("  " + module.id() + " " + module.state());
                module.problems().forEach(p -> System.out.println("    - " + p));
            }
        }
        return null;
    }
}
