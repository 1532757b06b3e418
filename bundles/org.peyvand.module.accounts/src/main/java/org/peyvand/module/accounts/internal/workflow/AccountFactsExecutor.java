package org.peyvand.module.accounts.internal.workflow;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.Roles;
import org.peyvand.platform.workflow.ServiceTaskContext;
import org.peyvand.platform.workflow.ServiceTaskExecutor;

/**
 * The service task {@code accounts.describe}: puts the facts of the instance's account (its name,
 * owner and industry) into process variables, so that tasks can be assigned to the account's owner
 * and gateways can route by industry.
 */
@Component(property = {ServiceTaskExecutor.PROPERTY + "=" + AccountFactsExecutor.ID,
        ServiceTaskExecutor.LABEL_FA + "=خواندن مشخصات حساب", ServiceTaskExecutor.LABEL_EN + "=Read the account's facts"})
public class AccountFactsExecutor implements ServiceTaskExecutor {
    static final String ID = "accounts.describe";
    /** Executors act for the process, which an administrator deployed, not for whoever moved it last. */
    private static final Caller PROCESS = new Caller("system", OrgUnit.ROOT_ID, Set.of(Roles.ADMINISTRATOR),
            DisplayPreferences.defaults(DisplayPreferences.PERSIAN));

    private final AccountService accounts;

    @Activate
    public AccountFactsExecutor(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Map<String, Object> execute(ServiceTaskContext context) {
        Object given = context.inputs().getOrDefault("accountId", context.recordId());
        if (given == null || context.inputs().get("accountId") == null && !Permissions.ACCOUNT.equals(context.recordType())) {
            throw new BadRequestException("accounts.error.noAccountInProcess", context.elementId());
        }
        long id;
        try {
            id = new BigDecimal(given.toString()).longValueExact();
        } catch (ArithmeticException | NumberFormatException notId) {
            throw new BadRequestException("accounts.error.noAccountInProcess", context.elementId());
        }
        Account account = accounts.get(PROCESS, id);
        Map<String, Object> facts = new HashMap<>();
        facts.put("accountName", account.name());
        facts.put("accountOwner", account.owner());
        facts.put("accountIndustry", account.industry());
        return facts;
    }
}
