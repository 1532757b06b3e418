package org.peyvand.platform.testing.karaf;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.module.ModuleState;

/**
 * The distribution as integration tests run it, for the platform's own tests and for plugins alike:
 * the Peyvand distribution of this support's version from the local Maven repository (or the file
 * {@code peyvand.distribution} names), ports moved off the defaults so a running demo does not
 * collide, artifacts resolved from the local Maven repository, this support installed inside so
 * tests running there use it too, and a test administrator created the way an operator creates the
 * first one: with the printed setup token. With {@code -Dpeyvand.jdbc.url=jdbc:postgresql://...}
 * the same tests run against PostgreSQL by changing only the datasource file, as an administrator
 * would.
 */
public final class PeyvandContainer {
    /**
     * Added to every port the container opens ({@code -Dpeyvand.itest.portOffset=1000}), so two
     * test runs can share a machine; the container is told the same offset.
     */
    public static final int PORT_OFFSET = Integer.getInteger("peyvand.itest.portOffset", 0);
    public static final int HTTP_PORT = 18181 + PORT_OFFSET;
    public static final int SSH_PORT = 18101 + PORT_OFFSET;
    public static final String USER = "itest";
    public static final String PASSWORD = "exam-secret-2026";
    public static final String BASE_URL = "http://localhost:" + HTTP_PORT;

    /** The data folders of the containers found ready once; a test may take a module away afterwards on purpose. */
    private static final Set<Path> SETTLED = ConcurrentHashMap.newKeySet();

    private PeyvandContainer() {
    }

    public static Option[] options() {
        String version = version();
        String distribution = System.getProperty("peyvand.distribution") != null
                ? new File(System.getProperty("peyvand.distribution")).toURI().toString()
                : maven("org.peyvand", "peyvand-distribution", version).type("tar.gz").getURL();
        String m2 = System.getProperty("peyvand.m2", System.getProperty("user.home") + "/.m2/repository");
        String jdbcUrl = System.getProperty("peyvand.jdbc.url", "");
        boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(distribution).name("Peyvand").unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(SSH_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(11099 + PORT_OFFSET)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(44445 + PORT_OFFSET)),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", m2),
            when(postgres).useOptions(replaceConfigurationFile("etc/org.ops4j.datasource-crm.cfg", postgresDataSource(jdbcUrl))),
            mavenBundle("org.peyvand", "org.peyvand.platform.testing.karaf", version),
            systemProperty("peyvand.itest.portOffset").value(String.valueOf(PORT_OFFSET)),
            // Pax Exam's extender looks up the probe invoker factory, the factory its invoker and the
            // invoker its injector, once each with a timeout of 10 s by default, which a loaded
            // machine still provisioning the features can miss, and the run then hangs
            systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("180000"),
            systemProperty("org.ops4j.pax.swissbox.tracker.ServiceLookup.DEFAULT_TIMEOUT").value("180000"),
            systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT").value("180000"),
            // bin/karaf passes these on Java 9+; Pax Exam does not
            vmOptions("--add-reads=java.xml=java.logging",
                    "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                    "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                    "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
                    "--add-opens", "java.base/java.security=ALL-UNNAMED",
                    "--add-opens", "java.base/java.net=ALL-UNNAMED",
                    "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                    "--add-opens", "java.base/java.util=ALL-UNNAMED",
                    "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                    "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                    "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                    "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                    "-Xmx1g")
        };
    }

    /**
     * Creates the test administrator with the installation's one-time setup token, once per
     * container, and the first time waits until the platform reports itself ready: every kernel
     * component and module started and every REST resource served. Tests then never meet a service
     * that is still arriving, however slowly the container starts (on PostgreSQL, over a database
     * other tests have filled, the order of arrivals differs from run to run).
     */
    public static void ensureAdministrator() {
        RestClient admin = RestClient.as(USER, PASSWORD);
        Await.until("the test administrator to exist", 120_000, () -> {
            Path token = setupTokenFile();
            if (Files.exists(token)) {
                try {
                    RestClient.anonymous().post("/api/v1/setup", "{\"token\":\"" + Files.readString(token).strip()
                            + "\",\"username\":\"" + USER + "\",\"displayName\":\"آزمون\",\"password\":\"" + PASSWORD + "\"}");
                } catch (IOException | RuntimeException notYet) {
                    return false;
                }
            }
            try {
                return admin.get("/api/v1/status").status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        Path container = folder("data");
        if (!SETTLED.contains(container)) {
            AtomicReference<String> last = new AtomicReference<>();
            try {
                Await.until("the platform to be ready", 180_000, () -> {
                    RestClient.Reply status = admin.get("/api/v1/status");
                    last.set(status.body());
                    return status.status() == 200 && status.json().get("ready").asBoolean();
                });
            } catch (AssertionError notReady) {
                throw new AssertionError(notReady.getMessage() + "; the last status: " + last.get(), notReady);
            }
            SETTLED.add(container);
        }
    }

    /**
     * Before a browser signs in: the test administrator exists and every kernel service a screen
     * uses answers. On PostgreSQL the form and workflow services start only after their schemas are
     * migrated, and the workspace menu is rebuilt as their screens arrive.
     */
    public static void awaitWorkspace() {
        ensureAdministrator();
        RestClient admin = RestClient.as(USER, PASSWORD);
        Await.until("the kernel's services", 180_000, () -> admin.get("/api/v1/forms").status() == 200
                && admin.get("/api/v1/processes").status() == 200 && admin.get("/api/v1/cartable/count").status() == 200
                && admin.get("/api/v1/process-instances?limit=1").status() == 200
                && admin.get("/api/v1/calendar/holidays").status() == 200
                // the workspace servlet registers on its own, after the REST resources may answer
                && RestClient.anonymous().get("/crm/").status() == 200);
    }

    /**
     * Inside the container: the test administrator exists and the module is ready, after a test
     * may have installed it, or uninstalled and installed it again.
     */
    public static void awaitModule(ModuleRegistry modules, String moduleId) {
        ensureAdministrator();
        Await.until("the module " + moduleId + " to be ready", 180_000,
                () -> modules.find(moduleId).map(module -> module.state() == ModuleState.READY).orElse(false));
    }

    /** The Peyvand version this support belongs to, and the distribution it runs by default. */
    public static String version() {
        try (InputStream in = PeyvandContainer.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the version of the Peyvand test support is not packaged with it", e);
        }
    }

    private static Path setupTokenFile() {
        return folder("data").resolve("setup-token");
    }

    /**
     * A folder of the container ({@code data}, {@code etc}): inside it, where Karaf says it is; from a
     * test beside it, in the newest unpacked container, which is the one running.
     */
    public static Path folder(String name) {
        String inside = System.getProperty("karaf." + name);
        if (inside != null) {
            return Path.of(inside);
        }
        File[] homes = new File("target/exam").listFiles(File::isDirectory);
        return Arrays.stream(homes == null ? new File[0] : homes).max(Comparator.comparingLong(File::lastModified))
                .map(home -> home.toPath().toAbsolutePath().resolve(name)).orElse(Path.of("target/exam/none", name));
    }

    /** The datasource file an administrator writes to move to PostgreSQL: the only change. */
    private static File postgresDataSource(String jdbcUrl) {
        try {
            File file = File.createTempFile("datasource-crm", ".cfg");
            file.deleteOnExit();
            Files.writeString(file.toPath(), String.join("\n",
                    "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                    "dataSourceName = crm",
                    "url = " + jdbcUrl,
                    "user = " + System.getProperty("peyvand.jdbc.user", "postgres"),
                    "password = ",
                    "pool = dbcp2",
                    "xa = true",
                    "jdbc.pool.maxTotal = 16", ""));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
