package org.peyvand.itests;

import java.util.EnumSet;

import org.apache.karaf.features.FeaturesService;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;

/** The accounts module, which most tests build on, present inside the container. */
final class AccountsModule {
    static final String FEATURE = "crm-module-accounts";

    private AccountsModule() {
    }

    /**
     * The test administrator exists and the accounts module is installed, ready and served over REST
     * (a test may have uninstalled it before).
     */
    static void ensure(FeaturesService features, ModuleRegistry modules) throws Exception {
        if (!features.isInstalled(features.getFeature(FEATURE))) {
            features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        }
        PeyvandContainer.awaitModule(modules, "accounts");
        RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);
        Await.until("its REST resources to be served", 30_000, () -> admin.get("/api/v1/contacts/count").status() == 200);
    }
}
