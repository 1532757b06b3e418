package org.peyvand.platform.marketplace;

import java.time.Instant;
import java.util.List;

/**
 * An install, update or uninstall as far as it got. Jobs run one at a time in the background.
 *
 * @param fromVersion the version installed before; {@code null} for a first install
 * @param toVersion the version asked for; {@code null} for an uninstall
 * @param percent how far it got, 0 to 100
 * @param stepKey the message key of the step it is at
 * @param errorKey why it failed (a message key with {@code errorArgs}); {@code null} unless it failed or was rolled back
 * @param cancellable whether {@link MarketplaceService#cancel} can still stop it: it has not begun changing the platform
 */
public record InstallJob(String id, String addonId, Action action, String fromVersion, String toVersion, State state, int percent,
        String stepKey, String errorKey, List<Object> errorArgs, Instant started, Instant finished, String actor, boolean cancellable) {

    public enum Action {
        INSTALL, UPDATE, UNINSTALL
    }

    public enum State {
        QUEUED, RUNNING,
        /** Finished as asked. */
        DONE,
        /** Refused before anything changed. */
        REFUSED,
        /** Failed midway; what was installed before is back. */
        ROLLED_BACK,
        /** Stopped on request before anything changed. */
        CANCELLED;

        public boolean finished() {
            return this != QUEUED && this != RUNNING;
        }
    }

    public InstallJob {
        errorArgs = errorArgs == null ? List.of() : List.copyOf(errorArgs);
    }
}
