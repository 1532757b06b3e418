package org.peyvand.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.module.ModuleInfo;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.module.PlatformStatus;

class StatusResourceTest {
    private final ModuleRegistry settled = new ModuleRegistry() {
        @Override
        public List<ModuleInfo> modules() {
            return List.of();
        }

        @Override
        public Optional<ModuleInfo> find(String id) {
            return Optional.empty();
        }

        @Override
        public PlatformStatus status() {
            return PlatformStatus.of("1.0.0", List.of(), List.of());
        }
    };

    @Test
    void theKernelIsNotReadyWhileTheEndpointLacksAResourceThatCameOrWent() {
        AtomicBoolean current = new AtomicBoolean(false);
        StatusResource status = new StatusResource(settled, current::get);

        PlatformStatus rebuilding = status.status();
        assertThat(rebuilding.ready()).isFalse();
        assertThat(rebuilding.kernelReady()).isFalse();
        assertThat(rebuilding.kernelProblems()).containsExactly(StatusResource.REBUILDING);

        current.set(true);
        assertThat(status.status().ready()).isTrue();
        assertThat(status.status().kernelProblems()).isEmpty();
    }
}
