package org.peyvand.platform.marketplace.internal.desired;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.marketplace.InstallJob.Action;
import org.peyvand.platform.marketplace.internal.desired.AddonsPlan.Change;

class AddonsPlanTest {

    @Test
    void whatTheMarketplaceWroteAsksForNothingEvenWhenTheDatabaseMovedOn() {
        Map<String, String> written = Map.of("notes", "1.0.0", "visits", "1.0.0");
        Map<String, String> installed = Map.of("notes", "2.0.0", "parcels", "1.0.0");

        assertThat(AddonsPlan.changes(written, written, installed)).isEmpty();
    }

    @Test
    void anIdAddedInstallsTheVersionGivenOrTheNewest() {
        Map<String, String> written = Map.of("notes", "1.0.0");
        Map<String, String> configured = Map.of("notes", "1.0.0", "visits", "1.2.0", "parcels", "");

        assertThat(AddonsPlan.changes(written, configured, Map.of("notes", "1.0.0"))).containsExactly(
                new Change("parcels", Action.INSTALL, null),
                new Change("visits", Action.INSTALL, "1.2.0"));
    }

    @Test
    void anIdRemovedUninstallsIt() {
        Map<String, String> written = Map.of("notes", "1.0.0", "visits", "1.0.0");

        assertThat(AddonsPlan.changes(written, Map.of("notes", "1.0.0"), written))
                .containsExactly(new Change("visits", Action.UNINSTALL, null));
    }

    @Test
    void anotherVersionUpdatesEitherWay() {
        Map<String, String> written = Map.of("notes", "2.0.0", "visits", "1.0.0");
        Map<String, String> configured = Map.of("notes", "1.0.0", "visits", "1.1.0");

        assertThat(AddonsPlan.changes(written, configured, written)).containsExactly(
                new Change("notes", Action.UPDATE, "1.0.0"),
                new Change("visits", Action.UPDATE, "1.1.0"));
    }

    @Test
    void aChangeThePlatformAlreadyHasAsksForNothing() {
        Map<String, String> written = Map.of("notes", "1.0.0", "gone", "1.0.0");
        Map<String, String> configured = Map.of("notes", "2.0.0", "visits", "1.0.0", "parcels", "");
        Map<String, String> installed = Map.of("notes", "2.0.0", "visits", "1.0.0", "parcels", "3.0.0");

        assertThat(AddonsPlan.changes(written, configured, installed)).isEmpty();
    }

    @Test
    void withoutARecordTheDatabaseIsTheBaseSoAShippedFileAppliesItsDifferences() {
        Map<String, String> database = Map.of("notes", "1.0.0", "visits", "1.0.0");
        Map<String, String> shipped = Map.of("visits", "1.1.0", "parcels", "");

        assertThat(AddonsPlan.changes(database, shipped, database)).containsExactly(
                new Change("notes", Action.UNINSTALL, null),
                new Change("parcels", Action.INSTALL, null),
                new Change("visits", Action.UPDATE, "1.1.0"));
    }

    @Test
    void aModuleTheDistributionInstalledIsLeftAloneWhenTheFileDoesNotNameIt() {
        Map<String, String> database = Map.of("notes", "1.0.0");
        Map<String, String> installed = Map.of("notes", "1.0.0", "accounts", "0.1.0");

        assertThat(AddonsPlan.changes(database, Map.of("notes", "1.0.0"), installed)).isEmpty();
        assertThat(AddonsPlan.changes(database, Map.of("notes", "1.0.0", "accounts", "0.1.0"), installed)).isEmpty();
    }
}
