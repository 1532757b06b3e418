package org.peyvand.ui.marketplace.internal;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.AddedPermission;
import org.peyvand.platform.marketplace.Addon;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.InstalledAddon;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.security.Caller;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.ExternalResource;
import com.vaadin.server.Resource;
import com.vaadin.server.StreamResource;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Image;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * One add-on in detail: its description and screenshots, what it needs, the permissions the chosen
 * version adds, its versions, and for those who manage the marketplace the buttons that install,
 * update or remove it, each asking first, then following the job.
 */
final class AddonDetails extends CssLayout {
    private static final long serialVersionUID = 1L;
    private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    private final transient UiContext context;
    private final transient MarketplaceService marketplace;
    private final transient Messages messages;
    private final transient Runnable changed;
    private final boolean manage;
    private final CssLayout facts = new CssLayout();
    private final ComboBox<CatalogEntry> version = new ComboBox<>();
    private final CssLayout permissions = new CssLayout();
    private final Button install;
    private final Button update;
    private final Button uninstall;
    private final JobProgress progress;
    private transient Addon addon;

    /** @param changed lists the add-ons again once a job here finished */
    AddonDetails(UiContext context, MarketplaceService marketplace, boolean manage, Runnable changed) {
        this.context = context;
        this.marketplace = marketplace;
        this.messages = context.messages();
        this.manage = manage;
        this.changed = changed;
        setId("addon-details");
        addStyleName("crm-marketplace-details");
        facts.setId("addon-facts");
        facts.setWidth("100%");
        permissions.setId("addon-permissions");
        permissions.addStyleName("crm-marketplace-permissions");
        permissions.setWidth("100%");
        version.setId("addon-version");
        version.setCaption(messages.get("marketplace.ui.version"));
        version.setEmptySelectionAllowed(false);
        version.setTextInputAllowed(false);
        version.setItemCaptionGenerator(CatalogEntry::version);
        version.addValueChangeListener(e -> showVersion());
        install = new Button(messages.get("marketplace.ui.install"), VaadinIcons.DOWNLOAD);
        install.setId("addon-install");
        install.addStyleName(ValoTheme.BUTTON_PRIMARY);
        install.addClickListener(e -> confirmInstall());
        update = new Button(messages.get("marketplace.ui.updateTo"), VaadinIcons.REFRESH);
        update.setId("addon-update");
        update.addStyleName(ValoTheme.BUTTON_PRIMARY);
        update.addClickListener(e -> confirmUpdate());
        uninstall = new Button(messages.get("marketplace.ui.uninstall"), VaadinIcons.TRASH);
        uninstall.setId("addon-uninstall");
        uninstall.addStyleName(ValoTheme.BUTTON_DANGER);
        uninstall.addClickListener(e -> confirmUninstall());
        CssLayout buttons = new CssLayout(install, update, uninstall);
        buttons.addStyleName("crm-row");
        buttons.setVisible(manage);
        progress = new JobProgress(context, marketplace);
        addComponents(facts, version, permissions, buttons, progress);
        show(Optional.empty());
    }

    /** Shows an add-on, or asks to choose one. */
    void show(Optional<Addon> shown) {
        addon = shown.orElse(null);
        facts.removeAllComponents();
        version.setVisible(addon != null);
        permissions.setVisible(addon != null);
        if (addon == null) {
            Label choose = new Label(messages.get("marketplace.ui.choose"));
            choose.addStyleName("crm-muted");
            facts.addComponent(choose);
            enableActions();
            return;
        }
        describe(addon.latest());
        version.setItems(addon.versions());
        version.setValue(addon.installed().flatMap(i -> offered(i.version())).filter(e -> !addon.updatable()).orElse(addon.latest()));
        showVersion();
    }

    private void describe(CatalogEntry entry) {
        Locale locale = messages.locale();
        Label name = new Label(AddonTexts.iconHtml(entry) + " " + AddonTexts.escape(entry.name(locale)), ContentMode.HTML);
        name.setId("addon-name");
        name.addStyleName("crm-marketplace-name");
        facts.addComponent(name);
        facts.addComponent(line("addon-vendor", messages.get("marketplace.ui.byVendor", entry.vendor(), AddonTexts.maturity(entry, messages))));
        Label description = new Label(entry.description(locale));
        description.setId("addon-description");
        description.setWidth("100%");
        facts.addComponent(description);
        if (!entry.screenshots().isEmpty()) {
            CssLayout shots = new CssLayout();
            shots.setId("addon-screenshots");
            shots.addStyleName("crm-marketplace-screenshots");
            entry.screenshots().forEach(shot -> shots.addComponent(new Image(null, screenshot(entry, shot))));
            facts.addComponent(shots);
        }
        facts.addComponent(line("addon-category", messages.get("marketplace.ui.categoryIs", AddonTexts.category(entry.category(), messages))));
        facts.addComponent(line("addon-kernel", messages.get("marketplace.ui.kernel", AddonTexts.isolate(entry.kernelRange()))));
        facts.addComponent(line("addon-requires", entry.requires().isEmpty() ? messages.get("marketplace.ui.requiresNothing")
                : messages.get("marketplace.ui.requires", String.join(separator(), entry.requires()))));
        addon.installed().ifPresent(installed -> facts.addComponent(line("addon-installed", installedText(installed))));
    }

    private String installedText(InstalledAddon installed) {
        String text = messages.get("marketplace.ui.installedAt", AddonTexts.isolate(installed.version()), installed.catalog(),
                context.format().dateTime(installed.installedAt(), IRAN), installed.installedBy());
        return installed.present() ? text : text + " " + messages.get("marketplace.ui.missing");
    }

    /** The permissions of the version chosen, and which buttons it allows. */
    private void showVersion() {
        permissions.removeAllComponents();
        CatalogEntry chosen = version.getValue();
        if (addon == null || chosen == null) {
            enableActions();
            return;
        }
        Label heading = new Label(messages.get("marketplace.ui.permissions.adds"));
        heading.addStyleName("crm-marketplace-heading");
        permissions.addComponent(heading);
        if (chosen.permissions().isEmpty()) {
            permissions.addComponent(new Label(messages.get("marketplace.ui.permissions.none")));
        }
        chosen.permissions().forEach(p -> permissions.addComponent(new Label(AddonTexts.permission(p, messages.locale()))));
        enableActions();
    }

    private void enableActions() {
        boolean idle = !progress.busy();
        boolean installed = addon != null && addon.installed().isPresent();
        CatalogEntry chosen = version.getValue();
        install.setVisible(manage && addon != null && !installed);
        install.setEnabled(idle && chosen != null);
        update.setVisible(manage && installed);
        update.setEnabled(idle && installed && chosen != null && !chosen.version().equals(addon.installed().get().version()));
        uninstall.setVisible(manage && installed);
        uninstall.setEnabled(idle);
    }

    private void confirmInstall() {
        CatalogEntry chosen = version.getValue();
        String name = chosen.name(messages.locale());
        new AddonConfirmDialog(messages, messages.get("marketplace.ui.confirm.install", name, AddonTexts.isolate(chosen.version())),
                "marketplace.ui.permissions.adds", chosen.permissions(), "marketplace.ui.install", false,
                () -> start(name, () -> marketplace.install(context.caller(), addon.id(), chosen.version()))).open();
    }

    private void confirmUpdate() {
        CatalogEntry chosen = version.getValue();
        String name = chosen.name(messages.locale());
        new AddonConfirmDialog(messages, messages.get("marketplace.ui.confirm.update", name,
                AddonTexts.isolate(addon.installed().get().version()), AddonTexts.isolate(chosen.version())),
                "marketplace.ui.permissions.adds", chosen.permissions(), "marketplace.ui.updateTo", false,
                () -> start(name, () -> marketplace.update(context.caller(), addon.id(), chosen.version()))).open();
    }

    private void confirmUninstall() {
        InstalledAddon installed = addon.installed().get();
        String name = addon.latest().name(messages.locale());
        List<AddedPermission> going = offered(installed.version()).map(CatalogEntry::permissions).orElse(List.of());
        new AddonConfirmDialog(messages, messages.get("marketplace.ui.confirm.uninstall", name, AddonTexts.isolate(installed.version())),
                "marketplace.ui.permissions.removes", going, "marketplace.ui.uninstall", true,
                () -> start(name, () -> marketplace.uninstall(context.caller(), addon.id(), false)))
                .withPurge(messages, addon.id(), () -> start(name, () -> marketplace.uninstall(context.caller(), addon.id(), true))).open();
    }

    private void start(String name, Supplier<InstallJob> job) {
        context.call(job).ifPresent(started -> {
            progress.follow(started, name, () -> {
                enableActions();
                changed.run();
            });
            enableActions();
        });
    }

    /** Moves the job followed here on; whether it was that job. */
    boolean jobChanged(JobEvents.JobEvent event) {
        if (!progress.follows(event.jobId())) {
            return false;
        }
        progress.read();
        return true;
    }

    private Optional<CatalogEntry> offered(String number) {
        return addon.versions().stream().filter(e -> e.version().equals(number)).findFirst();
    }

    private Label line(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWidth("100%");
        return label;
    }

    private String separator() {
        return "fa".equals(messages.locale().getLanguage()) ? "، " : ", ";
    }

    /** A screenshot at a web address as it is; one beside the catalog's index read through the server. */
    private Resource screenshot(CatalogEntry entry, String shot) {
        if (AddonTexts.webAddress(shot)) {
            return new ExternalResource(shot);
        }
        Caller caller = context.caller();
        return new StreamResource(() -> {
            try {
                return new ByteArrayInputStream(marketplace.image(caller, entry.catalog(), shot).bytes());
            } catch (RuntimeException gone) {
                // read while the browser fetches the image, outside any screen: it shows as missing
                return null;
            }
        }, shot.substring(shot.lastIndexOf('/') + 1));
    }
}
