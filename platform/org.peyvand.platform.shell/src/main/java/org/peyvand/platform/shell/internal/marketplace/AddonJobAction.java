package org.peyvand.platform.shell.internal.marketplace;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.AddedPermission;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

/**
 * What installing, updating and removing an add-on share: the permissions it brings or takes away
 * are shown before the job is queued, and the job is followed step by step until its outcome, unless
 * the administrator asks only for its id.
 */
abstract class AddonJobAction extends CrmAction {
    static final long POLL_MILLIS = 500;

    @Reference(optional = true)
    MarketplaceService marketplace;

    @Argument(index = 0, name = "id", description = "The add-on's id, as crm:addon-list shows it", required = true)
    String id;

    @Option(name = "--no-wait", description = "Print the job's id and return; the job goes on in the background")
    boolean noWait;

    /** Queues the job, after showing what it changes; {@code null} when the administrator did not confirm it. */
    protected abstract InstallJob start(Caller caller, Messages messages);

    @Override
    protected final void run(Caller caller, Messages messages) throws InterruptedException {
        InstallJob job = start(caller, messages);
        if (job == null) {
            System.out.println(messages.get("shell.addon.notConfirmed"));
            return;
        }
        if (noWait) {
            System.out.println(messages.get("shell.job.queued", job.id()));
            return;
        }
        String shown = null;
        try {
            while (true) {
                String line = messages.get("shell.job.progress", job.percent(), messages.get(job.stepKey()));
                if (!line.equals(shown)) {
                    System.out.println(line);
                    shown = line;
                }
                if (job.state().finished()) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
                job = marketplace.job(caller, job.id());
            }
        } catch (InterruptedException stopped) {
            System.out.println(messages.get("shell.job.detached", job.id()));
            Thread.currentThread().interrupt();
            return;
        }
        System.out.println(outcome(job, messages));
    }

    static String outcome(InstallJob job, Messages messages) {
        return switch (job.state()) {
            case DONE -> messages.get("shell.job.done." + job.action().name().toLowerCase(Locale.ROOT), job.addonId(),
                    job.toVersion() == null ? "" : job.toVersion());
            case REFUSED -> messages.get("shell.job.refused", messages.get(job.errorKey(), job.errorArgs().toArray()));
            case CANCELLED -> messages.get("shell.job.cancelled");
            default -> messages.get("shell.job.rolledBack", messages.get(job.errorKey(), job.errorArgs().toArray()));
        };
    }

    /** The permissions under a heading, in the caller's language; nothing when there are none. */
    static void printPermissions(String headingKey, List<AddedPermission> permissions, Messages messages) {
        if (permissions.isEmpty()) {
            return;
        }
        System.out.println(messages.get(headingKey));
        permissions.forEach(p -> System.out.println("  " + p.id() + "  " + p.label(messages.locale())));
    }
}
