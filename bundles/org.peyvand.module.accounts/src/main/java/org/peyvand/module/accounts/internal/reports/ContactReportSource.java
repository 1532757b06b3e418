package org.peyvand.module.accounts.internal.reports;

import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.report.ReportSource;
import org.peyvand.platform.report.TableReportSource;

/** Reports read people from their table. */
@Component(service = ReportSource.class, property = ReportSource.TYPE + "=" + Permissions.CONTACT)
public class ContactReportSource extends TableReportSource {

    public ContactReportSource() {
        super("acc_contact", Permissions.CONTACT_READ, Map.of("firstName", "first_name", "lastName", "last_name", "nationalCode", "national_code",
                "mobile", "mobile", "email", "email", "birthDate", "birth_date", "accountId", "account_id", "jobTitle", "job_title",
                "owner", "owner"));
    }

    /** The words the list's search finds people by, so its exports keep what it shows. */
    @Override
    public Optional<TokenTable> tokens() {
        return Optional.of(new TokenTable("acc_contact_token", "contact_id", "token"));
    }
}
