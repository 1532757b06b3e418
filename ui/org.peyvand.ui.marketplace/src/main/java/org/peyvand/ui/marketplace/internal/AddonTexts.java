package org.peyvand.ui.marketplace.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.AddedPermission;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.InstallJob;

import com.vaadin.icons.VaadinIcons;

/** How the marketplace screen words and draws what the service answers. */
final class AddonTexts {

    private AddonTexts() {
    }

    /**
     * An add-on's icon as HTML: a {@link VaadinIcons} name as the modules give it, an image at an
     * http(s) address, else the puzzle piece; the address is escaped, since it comes from a catalog.
     */
    static String iconHtml(CatalogEntry entry) {
        String icon = entry.icon() == null ? "" : entry.icon().strip();
        if (webAddress(icon)) {
            return "<img class=\"crm-marketplace-icon\" alt=\"\" src=\"" + escape(icon) + "\">";
        }
        return vaadinIcon(icon).orElse(VaadinIcons.PUZZLE_PIECE).getHtml();
    }

    private static Optional<VaadinIcons> vaadinIcon(String name) {
        try {
            return Optional.of(VaadinIcons.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Screenshots and icons the browser can load: those a catalog gives as http(s) addresses. */
    static boolean webAddress(String location) {
        String lower = location == null ? "" : location.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    static String maturity(CatalogEntry entry, Messages messages) {
        return entry.maturity() == null ? "" : messages.get("marketplace.ui.maturity." + entry.maturity().name());
    }

    /** A category by its text when one is given for it, else as the catalog names it. */
    static String category(String category, Messages messages) {
        return category == null || category.isEmpty() ? "" : messages.find("marketplace.ui.category." + category).orElse(category);
    }

    static String permission(AddedPermission permission, Locale locale) {
        String label = permission.label(locale);
        return label.equals(permission.id()) ? label : label + " (" + permission.id() + ")";
    }

    /** Where a job is: its percent and step. */
    static String step(InstallJob job, Messages messages) {
        return messages.get("marketplace.ui.job.step", job.percent(), messages.get(job.stepKey()));
    }

    /** How a finished job ended, with the service's reason when it did not do what was asked. */
    static String outcome(InstallJob job, String name, Messages messages) {
        return switch (job.state()) {
            case DONE -> messages.get("marketplace.ui.job.done." + job.action().name(), name,
                    job.toVersion() == null ? "" : isolate(job.toVersion()));
            case REFUSED -> messages.get("marketplace.ui.job.refused", reason(job, messages));
            case ROLLED_BACK -> messages.get("marketplace.ui.job.rolledBack", reason(job, messages));
            case CANCELLED -> messages.get("marketplace.ui.job.cancelled");
            default -> step(job, messages);
        };
    }

    private static String reason(InstallJob job, Messages messages) {
        return job.errorKey() == null ? "" : messages.get(job.errorKey(), isolated(job.errorArgs()));
    }

    /**
     * Arguments set apart from the sentence around them, so that a path, an address or a version
     * range keeps its own direction inside a Persian sentence ({@code /srv/addons}, not {@code srv/addons/}).
     */
    static Object[] isolated(List<?> args) {
        return args.stream().map(arg -> arg instanceof String text ? isolate(text) : arg).toArray();
    }

    static String isolate(String text) {
        return "\u2068" + text + "\u2069";
    }

    /** Text from a catalog inside HTML. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
