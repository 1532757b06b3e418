package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.util.EnumSet;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.ui.api.CrmView;

/** What the integration tests of the shipped modules share: their module present, an organisation to work on, refusals, menu entries. */
final class ModuleFixtures {
    private static final Random RANDOM = new Random();

    private ModuleFixtures() {
    }

    /**
     * The test administrator exists and the module is installed, ready and served at {@code restPath}
     * (a test may have uninstalled it before).
     */
    static void ensure(FeaturesService features, ModuleRegistry modules, String feature, String moduleId, String restPath) throws Exception {
        if (!features.isInstalled(features.getFeature(feature))) {
            features.installFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        }
        PeyvandContainer.awaitModule(modules, moduleId);
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("the " + moduleId + " REST resources to be served", 30_000, () -> admin.get(restPath).status() == 200);
    }

    /** A new organisation named {@code name} and a random number, so runs on one database never meet; its id. */
    static long account(RestClient as, String name) {
        RestClient.Reply reply = as.post("/api/v1/accounts?confirmDuplicates=true", "{\"name\":\"" + name + " " + RANDOM.nextInt(1_000_000) + "\"}");
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    /** Refused with {@code status}, the first field error naming {@code field}. */
    static void assertRefused(RestClient.Reply reply, int status, String field) {
        assertEquals(reply.body(), status, reply.status());
        JsonNode errors = reply.json().get("fieldErrors");
        assertNotNull(reply.body(), errors);
        assertEquals(reply.body(), field, errors.get(0).get("field").asText());
    }

    /** Whether a screen with this menu id is registered now. */
    static boolean menuEntry(BundleContext context, String viewId) throws InvalidSyntaxException {
        return !context.getServiceReferences(CrmView.class, "(crm.menu.id=" + viewId + ")").isEmpty();
    }
}
