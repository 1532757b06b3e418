package ${package};

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.nio.file.Path;
import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.kar.KarService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;
import org.peyvand.ui.api.CrmView;

/**
 * The module in a running Peyvand server, installed from the KAR this build made, as a server
 * installs it from a catalog: it becomes ready with its menu entry, REST resource and shell command,
 * and refuses bad input naming the field; uninstalled, all of them go and its records stay;
 * installed again, the records are back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ${recordName}ModuleIT {
    private static final String MODULE = "${moduleId}";
    private static final String FEATURE = "crm-module-" + MODULE;

    @Inject
    private KarService kars;

    @Inject
    private FeaturesService features;

    @Inject
    private ModuleRegistry modules;

    @Inject
    private SessionFactory sessions;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(PeyvandContainer.options(), systemProperty("plugin.kar").value(System.getProperty("plugin.kar")));
    }

    @Test
    public void installedItServesItsRecordsAndUninstalledItKeepsThem() throws Exception {
        Path kar = Path.of(System.getProperty("plugin.kar"));
        install(kar);
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        String name = "Test " + System.nanoTime();
        RestClient.Reply created = admin.post("/api/v1/" + MODULE, "{\"name\": \"" + name + "\", \"notes\": \"kept\"}");
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();

        RestClient.Reply refused = admin.post("/api/v1/" + MODULE, "{\"name\": \" \"}");
        assertEquals(400, refused.status());
        assertEquals("name", refused.json().get("fieldErrors").get(0).get("field").asText());
        assertTrue("the shell lists the record", new ShellRunner(sessions).run(MODULE + ":list").contains(name));

        kars.uninstall(kar.getFileName().toString().replaceFirst("\\.kar$", ""));
        Await.until("the module to leave", 120_000, () -> modules.find(MODULE).isEmpty());
        assertMenuEntry(false);
        Await.until("its REST resource to go", 30_000, () -> admin.get("/api/v1/" + MODULE + "/count").status() == 404);

        install(kar);
        assertEquals("the record is back", name, admin.get("/api/v1/" + MODULE + "/" + id).json().get("name").asText());
    }

    /** As the marketplace installs a module: the KAR, then its feature, which reports what cannot resolve. */
    private void install(Path kar) throws Exception {
        PeyvandContainer.ensureAdministrator();
        kars.install(kar.toUri());
        features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        PeyvandContainer.awaitModule(modules, MODULE);
        assertMenuEntry(true);
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("its REST resource to be served", 30_000, () -> admin.get("/api/v1/" + MODULE + "/count").status() == 200);
    }

    private void assertMenuEntry(boolean present) {
        Await.until("the menu entry to " + (present ? "appear" : "go"), 60_000, () -> {
            try {
                return context.getServiceReferences(CrmView.class, "(crm.menu.id=" + MODULE + ")").isEmpty() != present;
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
