package org.peyvand.platform.marketplace.karaf.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.marketplace.InstallFailure;
import org.peyvand.platform.module.ModuleInfo;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.module.ModuleState;

/**
 * Proves a module installed: its bundles started is not enough, it must become READY (schema
 * migrated, components satisfied, required modules there). A module that fails, or is still not
 * ready when the time is up, is a failed install.
 */
final class ModuleReadiness {
    private static final long POLL_MILLIS = 100;

    private final ModuleRegistry modules;
    private final Duration limit;

    ModuleReadiness(ModuleRegistry modules, Duration limit) {
        this.modules = modules;
        this.limit = limit;
    }

    void awaitReady(String moduleId, Progress progress) throws InstallFailure {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<ModuleInfo> module = modules.find(moduleId);
            if (module.map(ModuleInfo::state).filter(ModuleState.READY::equals).isPresent()) {
                return;
            }
            if (module.map(ModuleInfo::state).filter(ModuleState.FAILED::equals).isPresent()) {
                throw new InstallFailure("marketplace.error.moduleFailed", moduleId, problems(module.get().problems()));
            }
            if (System.nanoTime() > deadline) {
                throw new InstallFailure("marketplace.error.notReady", moduleId, limit.toSeconds(),
                        problems(module.map(ModuleInfo::problems).orElse(List.of("its descriptor was never seen"))));
            }
            sleep();
        }
    }

    /** Waits until the registry no longer lists the module, so a reinstall starts from nothing. */
    void awaitGone(String moduleId) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (modules.find(moduleId).isPresent() && System.nanoTime() < deadline) {
            sleep();
        }
    }

    private static String problems(List<String> problems) {
        return problems.isEmpty() ? "-" : String.join("; ", problems);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
