package org.peyvand.platform.shell.internal.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.AddedPermission;
import org.peyvand.platform.marketplace.Addon;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.InstallJob.State;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.marketplace.Maturity;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.FileMessages;

/** The install, update and uninstall commands show what an add-on brings, then follow its job to a localised outcome. */
class AddonJobActionTest {
    private static final Caller SARA = new Caller("sara", 1, Set.of(), DisplayPreferences.defaults(I18nService.ENGLISH));
    private static final Messages ENGLISH = FileMessages.english("shell", "marketplace");

    private final MarketplaceService marketplace = mock(MarketplaceService.class);

    @Test
    void anInstallShowsThePermissionsItAddsThenEachStepOnceAndTheOutcome() throws Exception {
        when(marketplace.addon(SARA, "tickets")).thenReturn(tickets());
        when(marketplace.install(SARA, "tickets", null)).thenReturn(job(State.QUEUED, 0, "marketplace.step.queued", null));
        when(marketplace.job(SARA, "j1")).thenReturn(job(State.RUNNING, 40, "marketplace.step.downloading", null),
                job(State.RUNNING, 40, "marketplace.step.downloading", null), job(State.DONE, 100, "marketplace.step.done", null));

        assertThat(printedBy(install(false)).lines()).containsExactly("It adds these permissions:",
                "  tickets.ticket.read  See tickets", "0% Waiting", "40% Downloading and verifying", "100% Done",
                "tickets 1.1.0 is installed.");
    }

    @Test
    void aJobRolledBackEndsWithItsReasonInTheCallersLanguage() throws Exception {
        when(marketplace.addon(SARA, "tickets")).thenReturn(tickets());
        when(marketplace.install(SARA, "tickets", null)).thenReturn(job(State.QUEUED, 0, "marketplace.step.queued", null));
        when(marketplace.job(SARA, "j1")).thenReturn(job(State.ROLLED_BACK, 60, "marketplace.step.installing", "marketplace.error.noHandler"));

        assertThat(printedBy(install(false)).lines()).last()
                .isEqualTo("Failed, what was installed before is back: Nothing here installs add-ons of type module.");
    }

    @Test
    void withoutWaitingOnlyTheJobIsNamed() throws Exception {
        when(marketplace.addon(SARA, "tickets")).thenReturn(tickets());
        when(marketplace.install(SARA, "tickets", null)).thenReturn(job(State.QUEUED, 0, "marketplace.step.queued", null));

        assertThat(printedBy(install(true)).lines()).last().isEqualTo("Job j1 is under way in the background.");
        verify(marketplace, never()).job(SARA, "j1");
    }

    @Test
    void aVersionNoCatalogOffersShowsNoPermissionsBeforeTheServiceRefusesIt() {
        assertThat(Versions.permissions(tickets(), "9.9.9")).isEmpty();
        assertThat(Versions.permissions(tickets(), "1.0.0")).isEmpty();
        assertThat(Versions.permissions(tickets(), null)).extracting(AddedPermission::id).containsExactly("tickets.ticket.read");
    }

    @Test
    void anHttpAddressIsARemoteCatalogAndAnythingElseAFolder() {
        assertThat(RepoAddCommand.kind("HTTPS://addons.example.ir/index.json")).isEqualTo(CatalogKind.REMOTE);
        assertThat(RepoAddCommand.kind("http://10.0.0.5/catalog/index.json")).isEqualTo(CatalogKind.REMOTE);
        assertThat(RepoAddCommand.kind("/srv/addons")).isEqualTo(CatalogKind.FOLDER);
        assertThat(RepoAddCommand.kind("httpdocs/addons")).isEqualTo(CatalogKind.FOLDER);
    }

    private AddonInstallCommand install(boolean noWait) {
        AddonInstallCommand command = new AddonInstallCommand();
        command.marketplace = marketplace;
        command.id = "tickets";
        command.noWait = noWait;
        return command;
    }

    private static String printedBy(AddonJobAction command) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            command.run(SARA, ENGLISH);
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static Addon tickets() {
        CatalogEntry older = entry("1.0.0", List.of());
        CatalogEntry newest = entry("1.1.0", List.of(new AddedPermission("tickets.ticket.read", Map.of("en", "See tickets", "fa", "دیدن تیکت‌ها"))));
        return new Addon("tickets", newest, List.of(newest, older), Optional.empty());
    }

    private static CatalogEntry entry(String version, List<AddedPermission> permissions) {
        return new CatalogEntry("site", "tickets", version, Map.of("en", "Tickets"), Map.of(), "Peyvand", null, List.of(), "service",
                Maturity.STABLE, "[0.1,1)", List.of(), permissions, ContentType.MODULE, "tickets.kar", "00", null, false);
    }

    private static InstallJob job(State state, int percent, String step, String errorKey) {
        return new InstallJob("j1", "tickets", InstallJob.Action.INSTALL, null, "1.1.0", state, percent, step, errorKey,
                errorKey == null ? List.of() : List.of("module"), Instant.EPOCH, null, "sara", !state.finished());
    }
}
