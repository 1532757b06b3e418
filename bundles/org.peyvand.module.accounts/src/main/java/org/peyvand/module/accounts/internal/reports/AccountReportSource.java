package org.peyvand.module.accounts.internal.reports;

import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.report.ReportSource;
import org.peyvand.platform.report.TableReportSource;

/** Reports read organisations from their table; phones and addresses are kept apart and stay out. */
@Component(service = ReportSource.class, property = ReportSource.TYPE + "=" + Permissions.ACCOUNT)
public class AccountReportSource extends TableReportSource {

    public AccountReportSource() {
        super("acc_account", Permissions.ACCOUNT_READ, Map.of("name", "name", "nationalId", "national_id", "economicCode", "economic_code",
                "registrationNumber", "registration_number", "industry", "industry", "website", "website", "owner", "owner",
                "parentId", "parent_id"));
    }

    /** The words the list's search finds accounts by, so its exports keep what it shows. */
    @Override
    public Optional<TokenTable> tokens() {
        return Optional.of(new TokenTable("acc_account_token", "account_id", "token"));
    }
}
