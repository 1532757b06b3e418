package org.peyvand.platform.marketplace.internal.desired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.peyvand.platform.marketplace.internal.config.ConfigurationFiles;

class AddonsConfigurationTest {
    @TempDir
    Path temp;

    private final ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
    private final Configuration configuration = mock(Configuration.class);
    private Dictionary<String, Object> stored;
    private AddonsConfiguration addons;

    @BeforeEach
    void setUp() throws Exception {
        addons = new AddonsConfiguration(admin, temp.resolve("etc").resolve(AddonsConfiguration.PID + ".cfg"),
                temp.resolve("data").resolve("marketplace").resolve("addons.written"));
        when(admin.getConfiguration(AddonsConfiguration.PID, "?")).thenReturn(configuration);
        when(admin.listConfigurations(anyString())).thenAnswer(call -> stored == null ? null : new Configuration[] {configuration});
        when(configuration.getProperties()).thenAnswer(call -> stored);
        doAnswer(call -> stored = call.getArgument(0)).when(configuration).update(any());
    }

    @Test
    void withoutAConfigurationOrARecordThereIsNothingToRead() throws Exception {
        assertThat(addons.read()).isEmpty();
        assertThat(addons.written()).isEmpty();
    }

    @Test
    void theFirstWriteCreatesTheFileTheConfigurationIsKeptIn() throws Exception {
        addons.write(Map.of("notes", "1.0.0", "visits", "2.1.0"));

        Path file = temp.resolve("etc").resolve(AddonsConfiguration.PID + ".cfg");
        assertThat(stored.get(ConfigurationFiles.FILENAME)).isEqualTo(file.toUri().toString());
        assertThat(Files.readAllLines(file)).contains("notes = 1.0.0", "visits = 2.1.0");
        assertThat(addons.read()).contains(Map.of("notes", "1.0.0", "visits", "2.1.0"));
        assertThat(addons.written()).contains(Map.of("notes", "1.0.0", "visits", "2.1.0"));
    }

    @Test
    void laterWritesKeepTheConfigurationsOwnPropertiesAndWriteTheFileItNamesFirst() throws Exception {
        Path elsewhere = temp.resolve("elsewhere").resolve("x.cfg");
        stored = new Hashtable<>(Map.of("service.pid", AddonsConfiguration.PID, ConfigurationFiles.FILENAME, elsewhere.toUri().toString(),
                "old", "1.0.0"));
        doAnswer(call -> {
            assertThat(Files.readAllLines(elsewhere)).as("the file is written before the configuration").contains("notes = 1.0.0");
            return stored = call.getArgument(0);
        }).when(configuration).update(any());

        addons.write(Map.of("notes", "1.0.0"));

        assertThat(stored.get(ConfigurationFiles.FILENAME)).isEqualTo(elsewhere.toUri().toString());
        assertThat(Files.readAllLines(elsewhere)).contains("notes = 1.0.0").noneMatch(line -> line.startsWith("old"));
        assertThat(Files.exists(temp.resolve("etc"))).isFalse();
        assertThat(addons.read()).contains(Map.of("notes", "1.0.0"));
        assertThat(addons.written()).contains(Map.of("notes", "1.0.0"));
    }

    @Test
    void theConfigurationIsSettledOnlyWhileItHoldsWhatItsFileDoes() throws Exception {
        assertThat(addons.settled()).as("nothing configured yet").isTrue();
        addons.write(Map.of("notes", "1.0.0"));
        assertThat(addons.settled()).isTrue();

        Dictionary<String, Object> passing = new Hashtable<>();
        Collections.list(stored.keys()).forEach(key -> passing.put(key, stored.get(key)));
        passing.put("visits", "2.1.0");
        stored = passing;
        assertThat(addons.settled()).as("Karaf's watcher still applying an older content of the file").isFalse();

        addons.write(Map.of("notes", "1.0.0", "visits", "2.1.0"));
        assertThat(addons.settled()).isTrue();
        Files.writeString(temp.resolve("etc").resolve(AddonsConfiguration.PID + ".cfg"), "notes = 1.0.0\n");
        assertThat(addons.settled()).as("a file an operator edited, not yet applied").isFalse();
    }

    @Test
    void aFileKarafHasNotReadYetIsReadItself() throws Exception {
        Files.createDirectories(temp.resolve("etc"));
        Files.writeString(temp.resolve("etc").resolve(AddonsConfiguration.PID + ".cfg"), "# shipped\nnotes = 1.0.0\nparcels =\n");

        assertThat(addons.read()).contains(Map.of("notes", "1.0.0", "parcels", ""));
        assertThat(addons.written()).isEmpty();
    }

    @Test
    void anOperatorsValuesAreTrimmedAndAnEmptyOneStaysEmpty() throws Exception {
        stored = new Hashtable<>(Map.of("service.pid", AddonsConfiguration.PID, "notes", " 1.0.0 ", "visits", ""));

        assertThat(addons.read()).isEqualTo(Optional.of(Map.of("notes", "1.0.0", "visits", "")));
    }
}
