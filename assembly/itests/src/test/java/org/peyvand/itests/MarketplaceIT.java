package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.cm.ConfigurationAdmin;
import org.peyvand.itests.fixtures.Catalogs;
import org.peyvand.itests.fixtures.FailingComponent;
import org.peyvand.itests.fixtures.TestPlugin;
import org.peyvand.platform.marketplace.Addon;
import org.peyvand.platform.marketplace.AddonQuery;
import org.peyvand.platform.marketplace.CatalogInfo;
import org.peyvand.platform.marketplace.CatalogInput;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.report.ReportLibrary;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.SignedCatalog;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.ui.api.CrmView;

/**
 * The marketplace against the running distribution: the distribution's modules as a catalog; a
 * module from a signed folder catalog installed, updated with a data migration, removed with its
 * data kept and installed again with its data back; and each fault refused or rolled back while the
 * rest keeps working; report definitions installed as content that runs no code; and the installed
 * add-ons as a configuration whose edits install and uninstall.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MarketplaceIT {
    private final Random random = new Random();
    private final RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);

    @Inject
    @Filter(timeout = 120_000)
    MarketplaceService marketplace;

    @Inject
    @Filter(timeout = 120_000)
    ModuleRegistry modules;

    @Inject
    @Filter(timeout = 120_000)
    FeaturesService features;

    @Inject
    @Filter(timeout = 120_000)
    Authenticator authenticator;

    @Inject
    @Filter(timeout = 120_000)
    ReportLibrary reports;

    @Inject
    @Filter(value = "(osgi.jndi.service.name=crm)", timeout = 120_000)
    DataSource dataSource;

    @Inject
    @Filter(timeout = 120_000)
    ConfigurationAdmin configurationAdmin;

    @Inject
    BundleContext context;

    private Caller caller;

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(List.of(PeyvandContainer.options()));
        // a module that will never be ready is given up on sooner than in production
        options.add(editConfigurationFilePut("etc/org.peyvand.platform.marketplace.karaf.cfg", "readySeconds", "20"));
        options.addAll(Catalogs.inContainer());
        return options.toArray(Option[]::new);
    }

    @Before
    public void signIn() throws Exception {
        AccountsModule.ensure(features, modules);
        caller = authenticator.login(PeyvandContainer.USER, PeyvandContainer.PASSWORD.toCharArray(), null).accepted().orElseThrow();
    }

    @Test
    public void theDistributionsModulesAreACatalogAndAccountsIsInstalledFromIt() {
        Addon accounts = marketplace.addon(caller, "accounts");
        assertEquals("distribution", accounts.latest().catalog());
        assertEquals("حساب‌ها و افراد", accounts.latest().names().get("fa"));
        assertTrue("the permissions it adds are listed", accounts.latest().permissions().stream()
                .anyMatch(permission -> permission.id().startsWith("accounts.") && permission.labels().containsKey("fa")));
        assertTrue(accounts.installed().orElseThrow().present());
        assertTrue(marketplace.catalogs(caller).stream().anyMatch(info -> info.kind() == CatalogKind.BUILT_IN));
    }

    @Test
    public void aModuleInstallsUpdatesWithItsMigrationUninstallsKeepingItsDataComesBackWithItAndCanBePurged() throws Exception {
        String id = "notes" + random.nextInt(1_000_000);
        String table = "t_" + id;
        SignedCatalog published = Catalogs.trusted("shelf-" + id);
        TestPlugin one = new TestPlugin(id, "1.0.0", "[0.1,1)").schema(createTable(table));
        TestPlugin two = new TestPlugin(id, "2.0.0", "[0.1,1)").schema(createTable(table) + addTopic(table));
        Catalogs.publish(published, one, two);
        addCatalog("shelf-" + id, published);

        Addon offered = marketplace.addon(caller, id);
        assertEquals("2.0.0", offered.latest().version());
        assertEquals(List.of(id + ".note.read"), offered.latest().permissions().stream().map(p -> p.id()).toList());

        InstallJob installed = await(marketplace.install(caller, id, "1.0.0"));
        assertEquals(installed.errorKey(), InstallJob.State.DONE, installed.state());
        assertEquals(ModuleState.READY, modules.find(id).orElseThrow().state());
        assertEquals("first note", query("SELECT body FROM " + table));
        assertTrue(marketplace.addon(caller, id).updatable());

        InstallJob updated = await(marketplace.update(caller, id, null));
        assertEquals(updated.errorKey(), InstallJob.State.DONE, updated.state());
        assertEquals("2.0.0", modules.find(id).orElseThrow().version());
        assertEquals("the migration filled the new column from the kept data", "first note/general", query("SELECT body || '/' || topic FROM " + table));

        InstallJob removed = await(marketplace.uninstall(caller, id, false));
        assertEquals(removed.errorKey(), InstallJob.State.DONE, removed.state());
        assertTrue(modules.find(id).isEmpty());
        assertTrue(marketplace.addon(caller, id).installed().isEmpty());
        assertEquals("its data stays", "first note", query("SELECT body FROM " + table));

        InstallJob back = await(marketplace.install(caller, id, null));
        assertEquals(back.errorKey(), InstallJob.State.DONE, back.state());
        assertEquals(ModuleState.READY, modules.find(id).orElseThrow().state());
        assertEquals("first note/general", query("SELECT body || '/' || topic FROM " + table));
        update("UPDATE " + table + " SET body = 'edited note'");

        InstallJob purged = await(marketplace.uninstall(caller, id, true));
        assertEquals(purged.errorKey(), InstallJob.State.DONE, purged.state());
        assertFalse("the purge dropped its table", tableExists(table));
        assertEquals("and forgot its change sets", "0",
                query("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME LIKE '%." + id + "/%'"));
        assertEquals(InstallJob.State.DONE, await(marketplace.install(caller, id, null)).state());
        assertEquals("installed again after a purge, it starts from nothing", "first note/general",
                query("SELECT body || '/' || topic FROM " + table));
        await(marketplace.uninstall(caller, id, true));
    }

    @Test
    public void theVisitsPluginFromALocalCatalogBringsItsMenuEntryAndPathsAndTakesThemAway() throws Exception {
        SignedCatalog published = Catalogs.trusted("examples");
        Catalogs.publishVisits(published);
        addCatalog("examples", published);
        // the catalog is a file in etc/ an administrator can edit, as the guide says
        Path file = PeyvandContainer.folder("etc").resolve("org.peyvand.platform.marketplace.catalog-examples.cfg");
        assertTrue(Files.readString(file), Files.readString(file).contains("location = " + published.folder()));

        assertEquals(InstallJob.State.DONE, await(marketplace.install(caller, "visits", null)).state());
        assertMenuEntry("visits", true);
        Await.until("the visits REST resource to be served", 30_000, () -> admin.get("/api/v1/visits").status() == 200);

        assertEquals(InstallJob.State.DONE, await(marketplace.uninstall(caller, "visits", false)).state());
        assertMenuEntry("visits", false);
        Await.until("the visits REST resource to go", 30_000, () -> admin.get("/api/v1/visits").status() == 404);
        marketplace.removeCatalog(caller, "examples");
        Await.until("the catalog's file to go with it", 30_000, () -> !Files.exists(file));
    }

    @Test
    public void anAddonTheDesiredStateHoldsButThePlatformLostIsRestoredAtStart() throws Exception {
        String id = "kept" + random.nextInt(1_000_000);
        SignedCatalog published = Catalogs.trusted("kept-" + id);
        Catalogs.publish(published, new TestPlugin(id, "1.0.0", "[0.1,1)").schema(createTable("t_" + id)));
        addCatalog("kept-" + id, published);
        assertEquals(InstallJob.State.DONE, await(marketplace.install(caller, id, null)).state());

        // lost behind the marketplace's back, as when the data folder's bundle cache is wiped
        features.uninstallFeature("crm-module-" + id, "1.0.0", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until("the module to be gone", 60_000, () -> modules.find(id).isEmpty());
        assertFalse(marketplace.addon(caller, id).installed().orElseThrow().present());

        Bundle kernel = bundleNamed("org.peyvand.platform.marketplace");
        kernel.stop();
        kernel.start();
        Await.until("the marketplace to start again", 60_000, () -> context.getServiceReference(MarketplaceService.class) != null);
        marketplace = context.getService(context.getServiceReference(MarketplaceService.class));
        Await.until("the module to be restored from its kept artifact", 120_000,
                () -> modules.find(id).map(module -> module.state() == ModuleState.READY).orElse(false));
        Await.until("the restore job to finish once it saw the module ready", 30_000,
                () -> marketplace.jobs(caller).stream().noneMatch(job -> job.addonId().equals(id) && !job.state().finished()));
        assertTrue(marketplace.addon(caller, id).installed().orElseThrow().present());
        await(marketplace.uninstall(caller, id, true));
    }

    @Test
    public void theInstalledAddonsAreInTheirConfigurationAndFileWhoseEditsInstallAndUninstallKeepingTheData() throws Exception {
        String listed = "listed" + random.nextInt(1_000_000);
        String asked = "asked" + random.nextInt(1_000_000);
        SignedCatalog published = Catalogs.trusted("listed-" + listed);
        Catalogs.publish(published, new TestPlugin(listed, "1.0.0", "[0.1,1)"),
                new TestPlugin(asked, "1.0.0", "[0.1,1)").schema(createTable("t_" + asked)));
        addCatalog("listed-" + listed, published);

        assertEquals(InstallJob.State.DONE, await(marketplace.install(caller, listed, null)).state());
        Await.until("the install to be written to the configuration", 30_000, () -> "1.0.0".equals(addonsConfiguration().get(listed)));

        Dictionary<String, Object> adding = addonsConfiguration();
        adding.put(asked, "");
        addonsConfigurationObject().update(adding);
        Await.until("the add-on the configuration asks for to be installed", 120_000,
                () -> modules.find(asked).map(module -> module.state() == ModuleState.READY).orElse(false));
        // the module is ready a moment before its job records the install
        Await.until("the install to be recorded", 30_000, () -> marketplace.addon(caller, asked).installed().isPresent());
        assertEquals("system", marketplace.addon(caller, asked).installed().orElseThrow().installedBy());
        Await.until("its version to be written back", 30_000, () -> "1.0.0".equals(addonsConfiguration().get(asked)));

        Path file = Path.of(System.getProperty("karaf.etc"), "org.peyvand.platform.marketplace.addons.cfg");
        Await.until("Karaf to keep the configuration in its file", 30_000, () -> readLines(file).contains(asked + "=1.0.0"));
        Files.write(file, Files.readAllLines(file).stream().filter(line -> !line.startsWith(asked)).toList());
        Await.until("the add-on taken out of the file to be uninstalled", 120_000,
                () -> marketplace.addon(caller, asked).installed().isEmpty());
        assertTrue(modules.find(asked).isEmpty());
        assertEquals("its data stays", "first note", query("SELECT body FROM t_" + asked));
        assertEquals("1.0.0", addonsConfiguration().get(listed));
        // the marketplace rewrites the configuration after the uninstall and records that last;
        // an edit made before it has would be written over
        Path written = Path.of(System.getProperty("karaf.data"), "marketplace", "addons.written");
        Await.until("the uninstall to be written back", 30_000, () -> readLines(written).stream().noneMatch(line -> line.startsWith(asked)));

        Dictionary<String, Object> unknown = addonsConfiguration();
        unknown.put("nosuch" + listed, "");
        addonsConfigurationObject().update(unknown);
        Await.until("an id no catalog offers to be a refused job", 30_000, () -> marketplace.jobs(caller).stream()
                .anyMatch(job -> job.addonId().equals("nosuch" + listed) && job.state() == InstallJob.State.REFUSED
                        && "marketplace.error.noAddon".equals(job.errorKey()) && "system".equals(job.actor())));

        assertEquals(InstallJob.State.DONE, await(marketplace.uninstall(caller, listed, false)).state());
        Await.until("the uninstall to be written to the configuration", 30_000, () -> addonsConfiguration().get(listed) == null);
    }

    @Test
    public void aPlainBundleInstallsAndOneThatCannotResolveIsRemovedAgain() throws Exception {
        String tag = String.valueOf(random.nextInt(1_000_000));
        SignedCatalog published = Catalogs.trusted("bundles-" + tag);
        TestPlugin plain = new TestPlugin("plain" + tag, "1.0.0", "[0.1,1)");
        TestPlugin lonely = new TestPlugin("alone" + tag, "1.0.0", "[0.1,1)").importing("org.nowhere.missing");
        published.publish("{\"entries\": [" + bundleEntry("plain" + tag, "plain.jar", published.add("plain.jar", plain.bundle())) + ","
                + bundleEntry("alone" + tag, "alone.jar", published.add("alone.jar", lonely.bundle())) + "]}");
        addCatalog("bundles-" + tag, published);

        assertEquals(InstallJob.State.DONE, await(marketplace.install(caller, "plain" + tag, null)).state());
        assertEquals(Bundle.ACTIVE, bundleNamed(plain.symbolicName()).getState());
        assertRolledBack(await(marketplace.install(caller, "alone" + tag, null)), "marketplace.error.bundleFailed");
        assertTrue("nothing of it stays", List.of(context.getBundles()).stream().noneMatch(b -> lonely.symbolicName().equals(b.getSymbolicName())));

        assertEquals(InstallJob.State.DONE, await(marketplace.uninstall(caller, "plain" + tag, false)).state());
        assertTrue(List.of(context.getBundles()).stream().noneMatch(b -> plain.symbolicName().equals(b.getSymbolicName())));
    }

    @Test
    public void karafsDeployFolderStillInstallsAndRemovesAPluginForDevelopers() throws Exception {
        Path dropped = Path.of(System.getProperty("karaf.home"), "deploy", "visits-dev.kar");
        Files.copy(Path.of(System.getProperty("peyvand.visits.kar")), dropped);
        try {
            Await.until("the dropped module to be ready", 120_000,
                    () -> modules.find("visits").map(module -> module.state() == ModuleState.READY).orElse(false));
            assertMenuEntry("visits", true);
        } finally {
            Files.delete(dropped);
        }
        Await.until("the module to leave with its file", 120_000, () -> modules.find("visits").isEmpty());
        assertMenuEntry("visits", false);
    }

    @Test
    public void aPluginMadeFromTheArchetypeIsBuiltInstalledAndAppearsInTheMenu() throws Exception {
        String id = "parcels" + random.nextInt(1_000_000);
        Path work = Files.createDirectories(Path.of(System.getProperty("karaf.data"), "generated", id));
        String m2 = "-Dmaven.repo.local=" + System.getProperty("peyvand.m2");
        maven(work, "org.apache.maven.plugins:maven-archetype-plugin:3.2.1:generate", m2, "-DarchetypeGroupId=org.peyvand",
                "-DarchetypeArtifactId=org.peyvand.platform.archetype", "-DarchetypeVersion=" + System.getProperty("peyvand.version"),
                "-DgroupId=org.example", "-DartifactId=org.example." + id, "-Dversion=1.0.0", "-Dpackage=org.example." + id,
                "-DmoduleId=" + id, "-DrecordName=Parcel", "-DnameFa=مرسوله‌ها", "-DnameEn=Parcels", "-DrecordNameFa=مرسوله");
        Path project = work.resolve("org.example." + id);
        maven(project, "package", m2, "-DskipTests");
        Path kar;
        try (var built = Files.list(project.resolve("target"))) {
            kar = built.filter(file -> file.toString().endsWith(".kar")).findFirst().orElseThrow();
        }
        SignedCatalog published = Catalogs.trusted("generated-" + id);
        published.publish("{\"entries\": [" + moduleEntry(id, "1.0.0", "plugin.kar", published.add("plugin.kar", Files.readAllBytes(kar))) + "]}");
        addCatalog("generated-" + id, published);

        assertEquals(InstallJob.State.DONE, await(marketplace.install(caller, id, null)).state());
        assertMenuEntry(id, true);
        Await.until("its REST resource to be served", 30_000, () -> admin.get("/api/v1/" + id).status() == 200);
        assertEquals(InstallJob.State.DONE, await(marketplace.uninstall(caller, id, true)).state());
        assertMenuEntry(id, false);
    }

    @Test
    public void eachFaultIsRefusedOrRolledBackAndTheRestKeepsWorking() throws Exception {
        String tag = String.valueOf(random.nextInt(1_000_000));
        SignedCatalog published = Catalogs.trusted("faults-" + tag);
        TestPlugin good = new TestPlugin("good" + tag, "1.0.0", "[0.1,1)").schema(createTable("t_good" + tag));
        TestPlugin unresolvable = new TestPlugin("lonely" + tag, "1.0.0", "[0.1,1)").importing("org.nowhere.missing");
        TestPlugin throwing = new TestPlugin("throws" + tag, "1.0.0", "[0.1,1)").component(FailingComponent.class, "");
        TestPlugin future = new TestPlugin("future" + tag, "1.0.0", "[9,10)");
        TestPlugin badMigration = new TestPlugin("good" + tag, "1.1.0", "[0.1,1)").schema(createTable("t_good" + tag) + """
                <changeSet id="2-broken" author="test"><sql>UPDATE no_such_table SET x = 1</sql></changeSet>
                """);
        String tamperedSha = published.add("tampered-" + tag + ".kar", unresolvable.kar());
        List<String> entries = new ArrayList<>();
        for (TestPlugin plugin : List.of(good, unresolvable, throwing, future, badMigration)) {
            entries.add(plugin.entry(plugin.symbolicName() + "-" + entries.size() + ".kar", published.add(plugin.symbolicName() + "-" + entries.size()
                    + ".kar", plugin.kar())));
        }
        TestPlugin tampered = new TestPlugin("tampered" + tag, "1.0.0", "[0.1,1)");
        entries.add(tampered.entry("tampered-" + tag + ".kar", tamperedSha));
        published.publish("{\"entries\":[" + String.join(",", entries) + "]}");
        Files.write(published.folder().resolve("tampered-" + tag + ".kar"), tampered.kar());
        addCatalog("faults-" + tag, published);

        assertRefused(await(marketplace.install(caller, "tampered" + tag, null)), "marketplace.error.checksum");
        assertRefused(await(marketplace.install(caller, "future" + tag, null)), "marketplace.error.kernel");
        assertRolledBack(await(marketplace.install(caller, "lonely" + tag, null)), "marketplace.error.karFailed");
        assertRolledBack(await(marketplace.install(caller, "throws" + tag, null)), "marketplace.error.moduleFailed");
        for (String gone : List.of("tampered", "future", "lonely", "throws")) {
            assertTrue(gone + " left nothing behind", modules.find(gone + tag).isEmpty());
            assertTrue(marketplace.addon(caller, gone + tag).installed().isEmpty());
        }

        assertEquals(InstallJob.State.DONE, await(marketplace.install(caller, "good" + tag, "1.0.0")).state());
        assertRolledBack(await(marketplace.update(caller, "good" + tag, "1.1.0")), "marketplace.error.notReady");
        assertEquals("the previous version runs again", ModuleState.READY, modules.find("good" + tag).orElseThrow().state());
        assertEquals("1.0.0", modules.find("good" + tag).orElseThrow().version());
        assertEquals("1.0.0", marketplace.addon(caller, "good" + tag).installed().orElseThrow().version());
        await(marketplace.uninstall(caller, "good" + tag, false));

        assertEquals("the rest of the platform kept working", 200, admin.get("/api/v1/contacts/count").status());
        assertEquals(ModuleState.READY, modules.find("accounts").orElseThrow().state());
    }

    @Test
    public void fiftyInstallAndUninstallCyclesLeaveNoClassLoaderAndNoHeapBehind() throws Exception {
        String id = "cycle" + random.nextInt(1_000_000);
        SignedCatalog published = Catalogs.trusted("cycles-" + id);
        Catalogs.publish(published, new TestPlugin(id, "1.0.0", "[0.1,1)").schema(createTable("t_" + id)));
        addCatalog("cycles-" + id, published);
        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        long warm = 0;
        long started = System.nanoTime();
        for (int cycle = 1; cycle <= 50; cycle++) {
            assertEquals(InstallJob.State.DONE, await(marketplace.install(caller, id, null)).state());
            Bundle bundle = context.getBundle(bundleId(id));
            loaders.add(new WeakReference<>(bundle.adapt(BundleWiring.class).getClassLoader()));
            assertEquals(InstallJob.State.DONE, await(marketplace.uninstall(caller, id, false)).state());
            if (cycle == 5) {
                warm = usedHeapAfterGc();
            }
        }
        long after = usedHeapAfterGc();
        long kept = loaders.stream().filter(loader -> loader.get() != null).count();
        System.out.printf("marketplace cycles: 50 in %d s; heap after 5 cycles %d MB, after 50 %d MB; class loaders still reachable %d of 50%n",
                (System.nanoTime() - started) / 1_000_000_000, warm >> 20, after >> 20, kept);
        assertEquals("every uninstalled version's class loader is collected", 0, kept);
        assertTrue("heap grew by " + ((after - warm) >> 20) + " MB over 45 cycles", after - warm < 32L << 20);
    }

    @Test
    public void aReportAddonRunsNoCodeAndItsDefinitionsComeAndGoWithIt() throws Exception {
        String tag = String.valueOf(random.nextInt(1_000_000));
        String key = "addon" + tag + ".contactsPerMonth";
        SignedCatalog published = Catalogs.trusted("content-" + tag);
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(archive)) {
            zip.putNextEntry(new ZipEntry("CRM-INF/reports/contacts.json"));
            zip.write("""
                    {"key": "%s", "title": {"fa": "مخاطبان هر ماه", "en": "Contacts per month"}, "recordType": "accounts.contact",
                     "groups": [{"field": "createdAt", "bucket": "JALALI_MONTH"}], "columns": [{"aggregate": "COUNT"}], "chart": "BAR"}
                    """.formatted(key).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        String sha = published.add("reports.zip", archive.toByteArray());
        published.publish("""
                {"entries": [{"id": "reports%s", "version": "1.0.0", "name": {"fa": "گزارش‌های فروش", "en": "Sales reports"},
                 "kernel": "[0.1,1)", "requires": ["accounts"], "contentType": "report", "artifact": "reports.zip", "sha256": "%s"}]}
                """.formatted(tag, sha));
        addCatalog("content-" + tag, published);

        assertEquals(InstallJob.State.DONE, await(marketplace.install(caller, "reports" + tag, null)).state());
        Await.until("the add-on's report to be offered", 30_000, () -> reports.find(caller, key).isPresent());

        assertEquals(InstallJob.State.DONE, await(marketplace.uninstall(caller, "reports" + tag, false)).state());
        Await.until("the add-on's report to leave with it", 30_000, () -> reports.find(caller, key).isEmpty());
    }

    @Test
    public void aCatalogThatCannotBeTrustedOrReadShowsItsErrorAndOffersNothing() throws Exception {
        String tag = String.valueOf(random.nextInt(1_000_000));
        SignedCatalog stranger = new SignedCatalog(Path.of(System.getProperty("karaf.data"), "catalogs", "stranger-" + tag));
        TestPlugin plugin = new TestPlugin("strange" + tag, "1.0.0", "[0.1,1)");
        stranger.publish("{\"entries\":[" + plugin.entry("p.kar", stranger.add("p.kar", plugin.kar())) + "]}");
        CatalogInfo untrusted = marketplace.addCatalog(caller, new CatalogInput("stranger-" + tag, CatalogKind.FOLDER,
                stranger.folder().toString(), true));
        assertEquals("marketplace.error.badSignature", untrusted.errorKey());
        assertTrue(marketplace.addons(caller, new AddonQuery("strange" + tag, null, null)).isEmpty());

        SignedCatalog broken = Catalogs.trusted("broken-" + tag);
        broken.publish("{\"entries\": [");
        assertEquals("marketplace.error.indexMalformed", addCatalog("broken-" + tag, broken).errorKey());
        Files.delete(broken.folder().resolve("index.json"));
        CatalogInfo unreachable = marketplace.refresh(caller).stream().filter(info -> info.id().equals("broken-" + tag)).findFirst().orElseThrow();
        assertEquals("marketplace.error.unreachable", unreachable.errorKey());
        assertNull("the distribution's catalog is unaffected", marketplace.catalogs(caller).stream()
                .filter(info -> info.kind() == CatalogKind.BUILT_IN).findFirst().orElseThrow().errorKey());
        assertFalse(marketplace.addons(caller, AddonQuery.ALL).isEmpty());
        marketplace.removeCatalog(caller, "stranger-" + tag);
        marketplace.removeCatalog(caller, "broken-" + tag);
    }

    private CatalogInfo addCatalog(String id, SignedCatalog published) {
        return marketplace.addCatalog(caller, new CatalogInput(id, CatalogKind.FOLDER, published.folder().toString(), true));
    }

    /** The configuration of the installed add-ons, {@code <id> = <version>} each. */
    private org.osgi.service.cm.Configuration addonsConfigurationObject() {
        try {
            org.osgi.service.cm.Configuration[] found = configurationAdmin.listConfigurations("(service.pid=org.peyvand.platform.marketplace.addons)");
            assertTrue("the marketplace wrote its add-ons configuration", found != null && found[0].getProperties() != null);
            return found[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Dictionary<String, Object> addonsConfiguration() {
        return addonsConfigurationObject().getProperties();
    }

    /** The lines of a file without their spaces; none while it is missing. */
    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(line -> line.replace(" ", "")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private InstallJob await(InstallJob queued) {
        InstallJob[] job = {queued};
        Await.until("the " + queued.action() + " of " + queued.addonId() + " to finish", 120_000, () -> {
            job[0] = marketplace.job(caller, queued.id());
            return job[0].state().finished();
        });
        return job[0];
    }

    private static void assertRefused(InstallJob job, String reason) {
        assertEquals(job.toString(), InstallJob.State.REFUSED, job.state());
        assertEquals(reason, job.errorKey());
    }

    private static void assertRolledBack(InstallJob job, String reason) {
        assertEquals(job.toString(), InstallJob.State.ROLLED_BACK, job.state());
        assertEquals(reason, job.errorKey());
    }

    private static String moduleEntry(String id, String version, String artifact, String sha256) {
        return """
                {"id": "%s", "version": "%s", "name": {"fa": "افزونهٔ نمونه", "en": "Example plugin"}, "kernel": "[0.1,1)",
                 "requires": ["accounts"], "contentType": "module", "artifact": "%s", "sha256": "%s"}
                """.formatted(id, version, artifact, sha256);
    }

    private static String bundleEntry(String id, String artifact, String sha256) {
        return moduleEntry(id, "1.0.0", artifact, sha256).replace("\"contentType\": \"module\"", "\"contentType\": \"bundle\"");
    }

    /** Runs Maven offline in {@code folder}, as a plugin developer would. */
    private static void maven(Path folder, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-o", "-q"));
        command.addAll(List.of(arguments));
        Path log = folder.resolve("maven-" + System.nanoTime() + ".log");
        Process maven = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue("Maven finished within five minutes", maven.waitFor(5, TimeUnit.MINUTES));
        assertEquals(Files.readString(log), 0, maven.exitValue());
    }

    private void assertMenuEntry(String moduleId, boolean present) {
        Await.until("the menu entry of " + moduleId + (present ? " to appear" : " to go"), 60_000, () -> {
            try {
                return (context.getServiceReferences(CrmView.class, "(crm.menu.id=" + moduleId + ")").isEmpty()) != present;
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long bundleId(String moduleId) {
        return bundleNamed(new TestPlugin(moduleId, "1.0.0", "[0.1,1)").symbolicName()).getBundleId();
    }

    private Bundle bundleNamed(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }

    /** The heap in use once collections stop freeing anything, so only what is still reachable counts. */
    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(100);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }

    private static String createTable(String table) {
        return """
                <changeSet id="1-note" author="test">
                  <createTable tableName="%s"><column name="id" type="INT"/><column name="body" type="VARCHAR(100)"/></createTable>
                  <insert tableName="%s"><column name="id" valueNumeric="1"/><column name="body" value="first note"/></insert>
                </changeSet>
                """.formatted(table, table);
    }

    private static String addTopic(String table) {
        return """
                <changeSet id="2-topic" author="test">
                  <addColumn tableName="%s"><column name="topic" type="VARCHAR(40)"/></addColumn>
                  <update tableName="%s"><column name="topic" value="general"/></update>
                </changeSet>
                """.formatted(table, table);
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String name : List.of(table.toUpperCase(), table.toLowerCase())) {
                try (ResultSet rows = connection.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                    if (rows.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next());
            return rows.getString(1);
        }
    }
}
