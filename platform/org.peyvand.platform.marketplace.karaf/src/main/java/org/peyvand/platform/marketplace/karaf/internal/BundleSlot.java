package org.peyvand.platform.marketplace.karaf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.peyvand.platform.marketplace.InstallFailure;

/**
 * The one bundle an add-on installs, at the location {@code marketplace:<id>}: installed or updated
 * in place and started, and when that fails, removed again or put back to the previous content.
 */
final class BundleSlot {
    private static final String LOCATION = "marketplace:";

    private final BundleContext context;

    BundleSlot(BundleContext context) {
        this.context = context;
    }

    void install(String addonId, Path jar, Path previousJar) throws InstallFailure {
        Bundle existing = context.getBundle(LOCATION + addonId);
        Bundle bundle = null;
        try (InputStream in = Files.newInputStream(jar)) {
            if (existing != null) {
                existing.update(in);
                bundle = existing;
            } else {
                bundle = context.installBundle(LOCATION + addonId, in);
            }
            bundle.start();
        } catch (BundleException | IOException | RuntimeException e) {
            undo(bundle, existing, previousJar);
            throw new InstallFailure(e, "marketplace.error.bundleFailed", addonId, KarHandler.rootMessage(e));
        }
    }

    void uninstall(String addonId) throws InstallFailure {
        Bundle bundle = context.getBundle(LOCATION + addonId);
        if (bundle == null) {
            return;
        }
        try {
            bundle.uninstall();
        } catch (BundleException e) {
            throw new InstallFailure(e, "marketplace.error.removeFailed", addonId, KarHandler.rootMessage(e));
        }
    }

    boolean present(String addonId) {
        return context.getBundle(LOCATION + addonId) != null;
    }

    private static void undo(Bundle bundle, Bundle existing, Path previousJar) {
        try {
            if (existing != null && previousJar != null) {
                try (InputStream in = Files.newInputStream(previousJar)) {
                    existing.update(in);
                }
                existing.start();
            } else if (bundle != null) {
                bundle.uninstall();
            }
        } catch (BundleException | IOException | RuntimeException e) {
            // the failure reported is the install's; the framework logs what stays
        }
    }
}
