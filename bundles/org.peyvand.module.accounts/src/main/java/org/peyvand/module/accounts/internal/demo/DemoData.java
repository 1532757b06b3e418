package org.peyvand.module.accounts.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty install with Persian companies and people to try the product on. Present only
 * where {@code etc/org.peyvand.demo.cfg} exists, and it never touches a database that already
 * has contacts.
 */
@Component(configurationPid = "org.peyvand.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final long SEED = 1403;
    private static final Caller SYSTEM = new Caller("system", OrgUnit.ROOT_ID, Set.of(Roles.ADMINISTRATOR),
            DisplayPreferences.defaults(I18nService.PERSIAN));

    /** The demo configuration; {@code enabled = false} keeps the file but loads nothing. */
    public @interface Config {
        boolean enabled() default true;
    }

    @Activate
    public DemoData(@Reference ContactService contacts, @Reference AccountService accounts, Config config) {
        if (!config.enabled() || contacts.count(SYSTEM, RecordQuery.ALL) > 0) {
            return;
        }
        try {
            Random random = new Random(SEED);
            List<AccountInput> companies = DemoRecords.accounts(random);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < companies.size(); i++) {
                int parent = DemoRecords.COMPANIES.get(i).parent();
                AccountInput company = companies.get(i);
                AccountInput linked = new AccountInput(company.name(), company.nationalId(), company.economicCode(),
                        company.registrationNumber(), company.industry(), company.phones(), company.addresses(),
                        company.website(), company.owner(), parent < 0 ? null : ids.get(parent));
                Account account = accounts.create(SYSTEM, linked, true);
                ids.add(account.id());
            }
            List<ContactInput> people = DemoRecords.people(random, ids);
            for (ContactInput person : people) {
                contacts.create(SYSTEM, person, true);
            }
            LOG.info("Demo data loaded: {} accounts, {} contacts", ids.size(), people.size());
        } catch (CrmException e) {
            LOG.warn("Demo data not loaded: {} {}", e.messageKey(), List.of(e.args()), e);
        }
    }
}
