package org.peyvand.itests;

import java.util.List;
import java.util.Random;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.security.PermissionRegistry;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;

/**
 * An integration test against the distribution: a container of the test class's own, the services
 * its tests reach for, the administrator's REST client, and, before each test, the accounts module
 * and the modules the test names installed and served (an earlier test may have uninstalled one).
 * A subclass's own {@code @Before} runs after that.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
abstract class CrmInContainer {
    final RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
    final Random random = new Random();
    private final List<Needed> needed;

    @Inject
    @Filter(timeout = 120_000)
    ModuleRegistry modules;

    @Inject
    @Filter(timeout = 120_000)
    PermissionRegistry permissions;

    @Inject
    @Filter(timeout = 120_000)
    FeaturesService features;

    @Inject
    @Filter(timeout = 120_000)
    SessionFactory sessions;

    @Inject
    BundleContext context;

    /** A module the tests need: its feature, its id in the registry, and a REST path that answers once it is served. */
    record Needed(String feature, String moduleId, String servedAt) {
    }

    CrmInContainer(Needed... needed) {
        this.needed = List.of(needed);
    }

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Before
    public void modulesReady() throws Exception {
        AccountsModule.ensure(features, modules);
        for (Needed module : needed) {
            ModuleFixtures.ensure(features, modules, module.feature(), module.moduleId(), module.servedAt());
        }
    }
}
