package org.peyvand.platform.marketplace.internal.desired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.peyvand.platform.marketplace.InstallJob;

/**
 * What an edited add-ons configuration asks for. Only what the operator changed counts: the
 * configuration is compared with what the marketplace last wrote there, so an entry that merely lags
 * behind the database (another node installed or removed something) asks for nothing. Each change
 * asked for becomes a job unless the platform already has it.
 */
public final class AddonsPlan {

    /** One job to run; {@code version} is {@code null} for an uninstall or for the newest offered. */
    public record Change(String id, InstallJob.Action action, String version) {
    }

    private AddonsPlan() {
    }

    /**
     * @param written what the marketplace last wrote, id to version; the database's add-ons when it never wrote
     * @param configured the configuration now, id to version, an empty version meaning the newest offered
     * @param installed what is installed, id to version
     * @return the jobs, by id
     */
    public static List<Change> changes(Map<String, String> written, Map<String, String> configured, Map<String, String> installed) {
        List<Change> changes = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(written.keySet());
        ids.addAll(configured.keySet());
        for (String id : ids) {
            String asked = configured.get(id);
            if (Objects.equals(asked, written.get(id))) {
                continue;
            }
            String now = installed.get(id);
            if (asked == null) {
                if (now != null) {
                    changes.add(new Change(id, InstallJob.Action.UNINSTALL, null));
                }
            } else if (now == null) {
                changes.add(new Change(id, InstallJob.Action.INSTALL, asked.isEmpty() ? null : asked));
            } else if (!asked.isEmpty() && !asked.equals(now)) {
                changes.add(new Change(id, InstallJob.Action.UPDATE, asked));
            }
        }
        return changes;
    }
}
