package org.peyvand.itests;

import org.apache.karaf.features.FeaturesService;
import org.peyvand.platform.module.ModuleRegistry;

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
        ModuleFixtures.ensure(features, modules, FEATURE, "accounts", "/api/v1/contacts/count");
    }
}
