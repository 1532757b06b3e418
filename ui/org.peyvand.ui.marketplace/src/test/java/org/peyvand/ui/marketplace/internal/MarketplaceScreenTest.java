package org.peyvand.ui.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.marketplace.AddedPermission;
import org.peyvand.platform.marketplace.Addon;
import org.peyvand.platform.marketplace.AddonQuery;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.CatalogInfo;
import org.peyvand.platform.marketplace.CatalogInput;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.InstallJob.State;
import org.peyvand.platform.marketplace.InstalledAddon;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.marketplace.Maturity;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.shared.Registration;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.Label;
import com.vaadin.ui.ProgressBar;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.Window;

class MarketplaceScreenTest {
    private static final AddedPermission READ_TICKETS = new AddedPermission("tickets.ticket.read", Map.of("fa", "دیدن تیکت‌ها", "en", "See tickets"));
    private static final CatalogEntry TICKETS_1 = entry("1.0.0", List.of());
    private static final CatalogEntry TICKETS_2 = entry("1.1.0", List.of(READ_TICKETS));
    private static final Addon AVAILABLE = new Addon("tickets", TICKETS_2, List.of(TICKETS_2, TICKETS_1), Optional.empty());
    private static final Addon OUTDATED = new Addon("tickets", TICKETS_2, List.of(TICKETS_2, TICKETS_1), Optional.of(
            new InstalledAddon("tickets", "1.0.0", ContentType.MODULE, "site", "tickets.kar", "00", Instant.EPOCH, "admin", true)));

    private final UiContext context = Screens.context();
    private final MarketplaceService marketplace = mock(MarketplaceService.class);
    private final UI ui = mock(UI.class);

    @BeforeEach
    void browserTab() {
        when(ui.addPollListener(any())).thenReturn(mock(Registration.class));
        UI.setCurrent(ui);
    }

    @AfterEach
    void leave() {
        UI.setCurrent(null);
    }

    private MarketplaceScreen open(boolean manage, Addon... addons) {
        when(marketplace.addons(eq(Screens.ADMIN), any())).thenReturn(List.of(addons));
        when(marketplace.catalogs(Screens.ADMIN)).thenReturn(List.of());
        MarketplaceScreen screen = new MarketplaceScreen(context, marketplace, manage, new JobEvents());
        screen.enter(new ViewChangeEvent(mock(Navigator.class), null, screen, MarketplaceView.ID, ""));
        return screen;
    }

    @Test
    void theListShowsNamesInTheUsersLanguageAndMarksAnUpdate() {
        MarketplaceScreen screen = open(false, OUTDATED);

        Grid<Addon> grid = Screens.get(screen, "marketplace-grid");
        assertThat(grid.getColumn("name").getValueProvider().apply(OUTDATED)).isEqualTo("تیکت‌ها");
        assertThat(grid.getColumn("installed").getValueProvider().apply(OUTDATED)).isEqualTo("1.0.0");
        assertThat(grid.getColumn("latest").getValueProvider().apply(OUTDATED)).isEqualTo("1.1.0");
        assertThat(grid.getColumn("update").getStyleGenerator().apply(OUTDATED)).isEqualTo("crm-marketplace-badge");
        grid.select(OUTDATED);
        assertThat(texts(Screens.get(screen, "addon-permissions"))).contains("دیدن تیکت‌ها (tickets.ticket.read)");
        assertThat(Screens.<Button>get(screen, "addon-update").isVisible()).as("only for who manages the marketplace").isFalse();
    }

    @Test
    void theFiltersGoToTheService() {
        MarketplaceScreen screen = open(false, AVAILABLE);

        Screens.<TextField>get(screen, "marketplace-search").setValue("تیکت");

        verify(marketplace, atLeast(1)).addons(Screens.ADMIN, new AddonQuery("تیکت", null, null));
    }

    @Test
    void anInstallAsksWithThePermissionsThenFollowsItsJobToTheOutcome() {
        MarketplaceScreen screen = open(true, AVAILABLE);
        Grid<Addon> grid = Screens.get(screen, "marketplace-grid");
        grid.select(AVAILABLE);
        InstallJob queued = job(State.QUEUED, 0, "marketplace.step.queued");
        when(marketplace.install(Screens.ADMIN, "tickets", "1.1.0")).thenReturn(queued);

        Screens.<Button>get(screen, "addon-install").click();
        ArgumentCaptor<Window> dialog = ArgumentCaptor.forClass(Window.class);
        verify(ui).addWindow(dialog.capture());
        assertThat(dialog.getValue().getId()).isEqualTo("addon-confirm");
        assertThat(texts(Screens.get(dialog.getValue(), "addon-confirm-permissions"))).contains("دیدن تیکت‌ها (tickets.ticket.read)");
        verify(marketplace, never()).install(any(), any(), any());

        Screens.<Button>get(dialog.getValue(), "addon-confirm-yes").click();
        assertThat(Screens.<ProgressBar>get(screen, "addon-progress").isVisible()).isTrue();
        assertThat(Screens.<Button>get(screen, "addon-install").isEnabled()).as("one job at a time").isFalse();

        when(marketplace.job(Screens.ADMIN, "j1")).thenReturn(job(State.RUNNING, 40, "marketplace.step.downloading"));
        screenAddons(screen).jobChanged(new JobEvents.JobEvent("j1", "tickets", State.RUNNING, 40));
        assertThat(Screens.<ProgressBar>get(screen, "addon-progress").getValue()).isEqualTo(0.4f);
        assertThat(Screens.<Label>get(screen, "addon-step").getValue()).isEqualTo("marketplace.ui.job.step");

        when(marketplace.job(Screens.ADMIN, "j1")).thenReturn(job(State.DONE, 100, "marketplace.step.done"));
        when(marketplace.addons(eq(Screens.ADMIN), any())).thenReturn(List.of(OUTDATED));
        screenAddons(screen).jobChanged(new JobEvents.JobEvent("j1", "tickets", State.DONE, 100));
        assertThat(Screens.<Label>get(screen, "addon-outcome").getValue()).isEqualTo("marketplace.ui.job.done.INSTALL");
        verify(context).showSuccess("marketplace.ui.job.done.INSTALL");
        assertThat(Screens.<Button>get(screen, "addon-uninstall").isVisible()).as("listed again: installed now").isTrue();
        verify(ui).setPollInterval(-1);
    }

    @Test
    void aRolledBackJobEndsWithItsReason() {
        MarketplaceScreen screen = open(true, AVAILABLE);
        Screens.<Grid<Addon>>get(screen, "marketplace-grid").select(AVAILABLE);
        InstallJob failed = new InstallJob("j1", "tickets", InstallJob.Action.INSTALL, null, "1.1.0", State.ROLLED_BACK, 60,
                "marketplace.step.installing", "marketplace.error.noHandler", List.of("module"), Instant.EPOCH, Instant.EPOCH, "admin", false);
        when(marketplace.install(Screens.ADMIN, "tickets", "1.1.0")).thenReturn(failed);
        when(context.messages().get("marketplace.error.noHandler", AddonTexts.isolate("module"))).thenReturn("Nothing here installs add-ons of type module.");
        when(context.messages().get("marketplace.ui.job.rolledBack", "Nothing here installs add-ons of type module."))
                .thenReturn("rolled back: Nothing here installs add-ons of type module.");

        Screens.<Button>get(screen, "addon-install").click();
        ArgumentCaptor<Window> dialog = ArgumentCaptor.forClass(Window.class);
        verify(ui).addWindow(dialog.capture());
        Screens.<Button>get(dialog.getValue(), "addon-confirm-yes").click();

        assertThat(Screens.<Label>get(screen, "addon-outcome").getValue()).isEqualTo("rolled back: Nothing here installs add-ons of type module.");
        verify(context, never()).showSuccess(any());
    }

    @Test
    void aCatalogTheServiceRefusesIsMarkedOnTheFieldItNames() {
        CatalogDialog dialog = new CatalogDialog(context, marketplace, added -> {
        });
        Screens.<TextField>get(dialog, "catalog-id").setValue("site");
        Screens.<TextField>get(dialog, "catalog-location").setValue("/nowhere");
        when(marketplace.addCatalog(Screens.ADMIN, new CatalogInput("site", CatalogKind.FOLDER, "/nowhere", true)))
                .thenThrow(ValidationException.of("location", "marketplace.error.noFolder", "/nowhere"));

        Screens.<Button>get(dialog, "catalog-save").click();

        assertThat(Screens.<TextField>get(dialog, "catalog-location").getComponentError()).isNotNull();
        assertThat(Screens.<TextField>get(dialog, "catalog-id").getComponentError()).isNull();
        assertThat(Screens.get(dialog, "catalog-errors").isVisible()).isTrue();
    }

    @Test
    void catalogsShowTheirErrorLocalisedAndOnlyAddedOnesCanBeRemoved() {
        CatalogInfo builtIn = new CatalogInfo("distribution", CatalogKind.BUILT_IN, null, true, 3, Instant.EPOCH, null, null);
        CatalogInfo broken = new CatalogInfo("site", CatalogKind.FOLDER, "/srv/addons", true, 0, Instant.EPOCH, "marketplace.error.unsigned",
                List.of("site"));
        when(context.messages().get("marketplace.error.unsigned", AddonTexts.isolate("site"))).thenReturn("The index of catalog site is not signed.");
        MarketplaceScreen screen = open(true);
        when(marketplace.catalogs(Screens.ADMIN)).thenReturn(List.of(builtIn, broken));
        screen.enter(new ViewChangeEvent(mock(Navigator.class), null, screen, MarketplaceView.ID, ""));

        Grid<CatalogInfo> grid = Screens.get(screen, "catalog-grid");
        assertThat(grid.getColumn("error").getValueProvider().apply(broken)).isEqualTo("The index of catalog site is not signed.");
        Button remove = Screens.get(screen, "catalog-remove");
        grid.select(builtIn);
        assertThat(remove.isEnabled()).isFalse();
        grid.select(broken);
        assertThat(remove.isEnabled()).isTrue();
    }

    private static AddonsTab screenAddons(MarketplaceScreen screen) {
        return Screens.get(screen, "marketplace-addons");
    }

    private static List<String> texts(Component list) {
        return StreamSupport.stream(((HasComponents) list).spliterator(), false)
                .map(c -> ((Label) c).getValue()).toList();
    }

    private static InstallJob job(State state, int percent, String step) {
        return new InstallJob("j1", "tickets", InstallJob.Action.INSTALL, null, "1.1.0", state, percent, step, null, List.of(), Instant.EPOCH,
                null, "admin", !state.finished());
    }

    private static CatalogEntry entry(String version, List<AddedPermission> permissions) {
        return new CatalogEntry("site", "tickets", version, Map.of("fa", "تیکت‌ها", "en", "Tickets"), Map.of("en", "Support tickets"), "Peyvand",
                "TICKET", List.of("https://addons.example.ir/tickets.png"), "service", Maturity.STABLE, "[0.1,1)", List.of(), permissions,
                ContentType.MODULE, "tickets.kar", "00", null, false);
    }
}
