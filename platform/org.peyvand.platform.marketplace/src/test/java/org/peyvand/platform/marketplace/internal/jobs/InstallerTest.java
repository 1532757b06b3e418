package org.peyvand.platform.marketplace.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.InstallFailure;
import org.peyvand.platform.marketplace.InstallHandler;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.InstalledAddon;
import org.peyvand.platform.marketplace.internal.catalog.FolderCatalog;
import org.peyvand.platform.marketplace.internal.catalog.Indexes;
import org.peyvand.platform.marketplace.internal.store.AddonEntity;
import org.peyvand.platform.marketplace.internal.store.AddonStore;
import org.peyvand.platform.marketplace.internal.store.ArtifactCache;
import org.peyvand.platform.marketplace.internal.trust.TrustedKeys;
import org.peyvand.platform.module.ModuleInfo;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.module.PlatformStatus;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.testing.SignedCatalog;
import org.peyvand.platform.testing.TestDatabase;

class InstallerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final TestDatabase db = new TestDatabase("crm.marketplace");
    private final AddonStore store = new AddonStore(db.transactions());
    private final ModuleRegistry modules = mock(ModuleRegistry.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final InstallHandler handler = mock(InstallHandler.class);
    private final List<InstallJob> announced = new ArrayList<>();
    private final Map<String, List<String>> erased = new HashMap<>();
    private SignedCatalog published;
    private FolderCatalog catalog;
    private ArtifactCache cache;
    private Installer installer;

    @BeforeEach
    void setUp() throws Exception {
        published = new SignedCatalog(temp.resolve("catalog"));
        published.trustIn(temp.resolve("keys"), "vendor");
        TrustedKeys keys = new TrustedKeys(temp.resolve("keys"));
        catalog = new FolderCatalog("local", published.folder(), keys, 1024 * 1024);
        cache = new ArtifactCache(temp.resolve("artifacts"));
        when(modules.status()).thenReturn(PlatformStatus.of("0.1.0", List.of(), List.of()));
        when(modules.find("accounts")).thenReturn(Optional.of(new ModuleInfo("accounts", "1.0.0", Map.of(), "[0.1,1)", List.of(), "crm", "",
                "org.peyvand.module.accounts", ModuleState.READY, List.of())));
        when(handler.handles(any())).thenReturn(true);
        installer = new Installer(modules, store, cache, keys, audit, CLOCK, id -> Optional.of(catalog), entry -> Optional.of(handler),
                id -> erased.computeIfAbsent(id, dropped -> List.of("t_" + dropped)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private CatalogEntry publish(String version, String kernel, String content) throws Exception {
        String name = "visits-" + version + ".kar";
        String sha = published.add(name, content.getBytes(StandardCharsets.UTF_8));
        published.publish(Indexes.of(Indexes.entry("visits", version, kernel, name, sha)));
        return catalog.read().get(0);
    }

    private JobRun run(InstallJob.Action action) {
        return new JobRun(new InstallJob("j1", "visits", action, null, "1.0.0", InstallJob.State.QUEUED, 0, "marketplace.step.queued", null, null,
                CLOCK.instant(), null, "admin", true), CLOCK, announced::add);
    }

    @Test
    void aVerifiedArtifactIsInstalledKeptAndRecordedAsDesiredState() throws Exception {
        CatalogEntry entry = publish("1.0.0", "[0.1,1)", "version one");
        JobRun run = run(InstallJob.Action.INSTALL);

        installer.install(run, entry, Optional.empty());

        ArgumentCaptor<Path> artifact = ArgumentCaptor.forClass(Path.class);
        verify(handler).install(eq(entry), artifact.capture(), eq(Optional.empty()), isNull(), eq(run));
        assertThat(Files.readString(artifact.getValue())).isEqualTo("version one");
        assertThat(artifact.getValue()).isEqualTo(cache.place(entry));
        assertThat(run.job().state()).isEqualTo(InstallJob.State.DONE);
        assertThat(run.job().percent()).isEqualTo(100);
        assertThat(store.find("visits")).get().extracting(AddonEntity::version, AddonEntity::installedBy).containsExactly("1.0.0", "admin");
        verify(audit).record(eq("admin"), eq("addon.installed"), eq("addon"), eq("visits"), anyString(), anyList());
        assertThat(announced).extracting(InstallJob::stepKey).contains("marketplace.step.checking", "marketplace.step.downloading",
                "marketplace.step.installing", "marketplace.step.done");
    }

    @Test
    void anArtifactThatIsNotWhatTheIndexSignedIsRefusedAndAudited() throws Exception {
        CatalogEntry entry = publish("1.0.0", "[0.1,1)", "version one");
        Files.writeString(published.folder().resolve("visits-1.0.0.kar"), "tampered");
        JobRun run = run(InstallJob.Action.INSTALL);

        installer.install(run, entry, Optional.empty());

        assertThat(run.job().state()).isEqualTo(InstallJob.State.REFUSED);
        assertThat(run.job().errorKey()).isEqualTo("marketplace.error.checksum");
        assertThat(run.job().errorArgs().get(1)).isEqualTo(entry.sha256());
        verify(handler, never()).install(any(), any(), any(), any(), any());
        verify(audit).record(eq("admin"), eq("addon.refused"), eq("addon"), eq("visits"), anyString(), anyList());
        assertThat(store.find("visits")).isEmpty();
        assertThat(cache.place(entry)).doesNotExist();
    }

    @Test
    void aChangeThatCouldNotBeQueuedIsARefusedJobAuditedWithItsReason() {
        JobRun run = run(InstallJob.Action.INSTALL);

        installer.refuse(run, "marketplace.error.noVersion", List.of("visits 9.0.0"));

        assertThat(run.job().state()).isEqualTo(InstallJob.State.REFUSED);
        assertThat(run.job().errorKey()).isEqualTo("marketplace.error.noVersion");
        assertThat(run.job().errorArgs()).containsExactly("visits 9.0.0");
        assertThat(announced).extracting(InstallJob::state).containsExactly(InstallJob.State.REFUSED);
        verify(audit).record(eq("admin"), eq("addon.refused"), eq("addon"), eq("visits"), eq("install visits 1.0.0: marketplace.error.noVersion"),
                anyList());
    }

    @Test
    void anAddonForAnotherKernelOrWithoutItsRequiredModulesIsRefusedBeforeAnythingChanges() throws Exception {
        JobRun newer = run(InstallJob.Action.INSTALL);
        installer.install(newer, publish("1.0.0", "[2,3)", "needs kernel 2"), Optional.empty());
        assertThat(newer.job().errorKey()).isEqualTo("marketplace.error.kernel");
        assertThat(newer.job().errorArgs()).containsExactly("[2,3)", "0.1.0");

        when(modules.find("accounts")).thenReturn(Optional.empty());
        JobRun lonely = run(InstallJob.Action.INSTALL);
        installer.install(lonely, publish("1.0.1", "[0.1,1)", "needs accounts"), Optional.empty());
        assertThat(lonely.job().state()).isEqualTo(InstallJob.State.REFUSED);
        assertThat(lonely.job().errorKey()).isEqualTo("marketplace.error.requires");
        assertThat(lonely.job().errorArgs()).containsExactly("accounts");
        verify(handler, never()).install(any(), any(), any(), any(), any());
    }

    @Test
    void aFailedInstallIsRolledBackAndLeavesNoDesiredState() throws Exception {
        CatalogEntry entry = publish("1.0.0", "[0.1,1)", "throws on activation");
        doThrow(new InstallFailure("marketplace.error.moduleFailed", "visits", "activate threw")).when(handler)
                .install(any(), any(), any(), any(), any());
        JobRun run = run(InstallJob.Action.INSTALL);

        installer.install(run, entry, Optional.empty());

        assertThat(run.job().state()).isEqualTo(InstallJob.State.ROLLED_BACK);
        assertThat(run.job().errorArgs()).containsExactly("visits", "activate threw");
        assertThat(store.find("visits")).isEmpty();
        verify(audit).record(eq("admin"), eq("addon.rolledBack"), eq("addon"), eq("visits"), anyString(), anyList());
    }

    @Test
    void anUpdateHandsTheHandlerThePreviousVersionToRestoreAndKeepsItWhenTheUpdateFails() throws Exception {
        CatalogEntry one = publish("1.0.0", "[0.1,1)", "version one");
        installer.install(run(InstallJob.Action.INSTALL), one, Optional.empty());
        CatalogEntry two = publish("2.0.0", "[0.1,1)", "version two");
        doThrow(new InstallFailure("marketplace.error.notReady", "visits", 120, "migration failed")).when(handler)
                .install(eq(two), any(), any(), any(), any());

        JobRun update = run(InstallJob.Action.UPDATE);
        installer.install(update, two, store.find("visits"));

        ArgumentCaptor<Optional<InstalledAddon>> previous = ArgumentCaptor.captor();
        verify(handler).install(eq(two), eq(cache.place(two)), previous.capture(), eq(cache.place(one)), eq(update));
        assertThat(previous.getValue()).get().extracting(InstalledAddon::version).isEqualTo("1.0.0");
        assertThat(update.job().state()).isEqualTo(InstallJob.State.ROLLED_BACK);
        assertThat(store.find("visits")).get().extracting(AddonEntity::version).isEqualTo("1.0.0");
    }

    @Test
    void goingBackToAnOlderVersionIsRefusedUnlessTheInstalledOneDeclaresItSafe() throws Exception {
        CatalogEntry two = publish("2.0.0", "[0.1,1)", "version two");
        installer.install(run(InstallJob.Action.INSTALL), two, Optional.empty());
        CatalogEntry one = publish("1.0.0", "[0.1,1)", "version one");

        JobRun back = run(InstallJob.Action.UPDATE);
        installer.install(back, one, store.find("visits"));

        assertThat(back.job().state()).isEqualTo(InstallJob.State.REFUSED);
        assertThat(back.job().errorKey()).isEqualTo("marketplace.error.downgrade");
        assertThat(back.job().errorArgs()).containsExactly("2.0.0", "1.0.0");
        assertThat(store.find("visits")).get().extracting(AddonEntity::version).isEqualTo("2.0.0");
    }

    @Test
    void aMissingAddonIsRestoredFromItsKeptArtifactOnlyWhileThatIsIntact() throws Exception {
        CatalogEntry entry = publish("1.0.0", "[0.1,1)", "version one");
        installer.install(run(InstallJob.Action.INSTALL), entry, Optional.empty());
        AddonEntity row = store.find("visits").orElseThrow();

        JobRun restore = run(InstallJob.Action.INSTALL);
        installer.restore(restore, row, handler);
        assertThat(restore.job().state()).isEqualTo(InstallJob.State.DONE);
        verify(handler).install(any(), eq(cache.place(entry)), eq(Optional.empty()), isNull(), eq(restore));

        Files.writeString(cache.place(entry), "changed on disk");
        JobRun tampered = run(InstallJob.Action.INSTALL);
        installer.restore(tampered, row, handler);
        assertThat(tampered.job().state()).isEqualTo(InstallJob.State.REFUSED);
        assertThat(tampered.job().errorKey()).isEqualTo("marketplace.error.cacheLost");
    }

    @Test
    void anUninstallKeepsTheDataUnlessAPurgeIsAskedForWhichComesFirst() throws Exception {
        CatalogEntry entry = publish("1.0.0", "[0.1,1)", "version one");
        installer.install(run(InstallJob.Action.INSTALL), entry, Optional.empty());
        InstalledAddon installed = AddonStore.view(store.find("visits").orElseThrow(), true);

        JobRun kept = run(InstallJob.Action.UNINSTALL);
        installer.uninstall(kept, installed, handler, false);
        assertThat(kept.job().state()).isEqualTo(InstallJob.State.DONE);
        assertThat(erased).isEmpty();
        assertThat(store.find("visits")).isEmpty();

        installer.install(run(InstallJob.Action.INSTALL), entry, Optional.empty());
        JobRun purged = run(InstallJob.Action.UNINSTALL);
        installer.uninstall(purged, installed, handler, true);
        assertThat(purged.job().state()).isEqualTo(InstallJob.State.DONE);
        assertThat(erased).containsEntry("visits", List.of("t_visits"));
        verify(audit).record(eq("admin"), eq("addon.purged"), eq("addon"), eq("visits"), eq("visits: t_visits"), anyList());
    }

    @Test
    void aPurgeThatFailsLeavesTheModuleInstalled() throws Exception {
        installer = new Installer(modules, store, cache, new TrustedKeys(temp.resolve("keys")), audit, CLOCK, id -> Optional.of(catalog),
                entry -> Optional.of(handler), id -> {
                    throw new InstallFailure("marketplace.error.purgeFailed", id, "a table of another module refers to it");
                });
        installer.install(run(InstallJob.Action.INSTALL), publish("1.0.0", "[0.1,1)", "version one"), Optional.empty());
        JobRun purge = run(InstallJob.Action.UNINSTALL);

        installer.uninstall(purge, AddonStore.view(store.find("visits").orElseThrow(), true), handler, true);

        assertThat(purge.job().state()).isEqualTo(InstallJob.State.ROLLED_BACK);
        assertThat(purge.job().errorKey()).isEqualTo("marketplace.error.purgeFailed");
        verify(handler, never()).uninstall(any(), any());
        assertThat(store.find("visits")).isPresent();
    }

    @Test
    void aJobCancelledWhileWaitingOrCheckingChangesNothingButOneInstallingRunsToItsEnd() throws Exception {
        CatalogEntry entry = publish("1.0.0", "[0.1,1)", "version one");
        JobRun waiting = run(InstallJob.Action.INSTALL);
        assertThat(waiting.cancel()).isTrue();
        assertThat(waiting.job().state()).isEqualTo(InstallJob.State.CANCELLED);
        installer.install(waiting, entry, Optional.empty());
        assertThat(waiting.job().state()).isEqualTo(InstallJob.State.CANCELLED);

        JobRun checking = run(InstallJob.Action.INSTALL);
        checking.step("marketplace.step.checking", 0, 10);
        assertThat(checking.job().cancellable()).isTrue();
        assertThat(checking.cancel()).isTrue();
        installer.install(checking, entry, Optional.empty());
        assertThat(checking.job().state()).isEqualTo(InstallJob.State.CANCELLED);
        verify(handler, never()).install(any(), any(), any(), any(), any());
        assertThat(store.find("visits")).isEmpty();

        JobRun installing = run(InstallJob.Action.INSTALL);
        doAnswer(call -> {
            assertThat(installing.job().cancellable()).isFalse();
            assertThat(installing.cancel()).isFalse();
            return null;
        }).when(handler).install(any(), any(), any(), any(), any());
        installer.install(installing, entry, Optional.empty());
        assertThat(installing.job().state()).isEqualTo(InstallJob.State.DONE);
    }

    @Test
    void anArtifactSignatureTheIndexGivesIsCheckedToo() throws Exception {
        byte[] content = "signed artifact".getBytes(StandardCharsets.UTF_8);
        String sha = published.add("signed.kar", content);
        String byVendor = published.sign(content);
        String byStranger = new SignedCatalog(temp.resolve("stranger")).sign(content);
        published.publish(Indexes.of(
                Indexes.entry("visits", "1.0.0", "[0.1,1)", "signed.kar", sha).replace("\"sha256\"", "\"signature\": \"" + byVendor + "\", \"sha256\""),
                Indexes.entry("visits", "1.0.1", "[0.1,1)", "signed.kar", sha).replace("\"sha256\"", "\"signature\": \"" + byStranger + "\", \"sha256\"")));
        List<CatalogEntry> entries = catalog.read();

        JobRun trusted = run(InstallJob.Action.INSTALL);
        installer.install(trusted, entries.get(0), Optional.empty());
        assertThat(trusted.job().state()).isEqualTo(InstallJob.State.DONE);

        JobRun strange = run(InstallJob.Action.UPDATE);
        installer.install(strange, entries.get(1), store.find("visits"));
        assertThat(strange.job().state()).isEqualTo(InstallJob.State.REFUSED);
        assertThat(strange.job().errorKey()).isEqualTo("marketplace.error.artifactSignature");
    }
}
