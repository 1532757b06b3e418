package org.peyvand.platform.report.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.persistence.Dialect;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportSource;

/** The SQL a list's search becomes in a report: one probe of the type's token table per word, on either database. */
class ReportQuerySearchTest {
    private static final QueryField NAME = new QueryField("name", LocalizedText.of("نام", "Name"), FieldType.TEXT, "b.name", Storage.VALUE,
            null);
    private static final ReportSource.TokenTable TOKENS = new ReportSource.TokenTable("acc_contact_token", "contact_id", "token");

    private static RecordTable table(ReportSource.TokenTable tokens) {
        return new RecordTable("accounts.contact", "acc_contact", RecordTable.ALIAS, "id", "owner", "owner_unit_id", null, null,
                Map.of("name", NAME), tokens);
    }

    private static ReportDefinition searching(String... typed) {
        return new ReportDefinition(null, null, "accounts.contact", List.of(), List.of(ReportColumn.of("name")),
                List.of(ReportFilter.of("name", FilterOperator.CONTAINS, "x"), new ReportFilter(null, FilterOperator.SEARCH, List.of(typed), null)),
                List.of(), null);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void eachWordIsOneIndexedProbeOfTheTokenTableWithTheListsFolding(Dialect dialect) {
        ReportQuery.Built built = new ReportQuery(table(TOKENS), dialect, period -> null).build(searching("علي كريم ۰۹۱۲ علی"), "b.owner = ?",
                List.of("sara"), 100);

        assertThat(built.sql()).contains(" WHERE b.owner = ?1 AND LOWER(b.name) LIKE ?2 ESCAPE '\\'"
                + " AND EXISTS (SELECT 1 FROM acc_contact_token s0 WHERE s0.contact_id = b.id AND s0.token LIKE ?3 ESCAPE '\\')"
                + " AND EXISTS (SELECT 1 FROM acc_contact_token s1 WHERE s1.contact_id = b.id AND s1.token LIKE ?4 ESCAPE '\\')"
                + " AND EXISTS (SELECT 1 FROM acc_contact_token s2 WHERE s2.contact_id = b.id AND s2.token LIKE ?5 ESCAPE '\\')"
                + " ORDER BY b.id");
        assertThat(built.countSql()).contains("s2.token LIKE ?5");
        // Arabic yeh and kaf folded, digits made Latin, the repeated word dropped
        assertThat(built.parameters()).containsExactly("sara", "%x%", "علی%", "کریم%", "0912%");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anUnderscoreKeptInAWordIsMatchedAsItself(Dialect dialect) {
        ReportQuery.Built built = new ReportQuery(table(TOKENS), dialect, period -> null).build(searching("ali_rezaei"), null, List.of(), 100);

        assertThat(built.parameters()).containsExactly("%x%", "ali\\_rezaei%");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBlankSearchKeepsEveryRecord(Dialect dialect) {
        ReportQuery.Built built = new ReportQuery(table(TOKENS), dialect, period -> null).build(searching("  "), null, List.of(), 100);

        assertThat(built.sql()).doesNotContain("acc_contact_token");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aTypeWithoutTokensRefusesASearchNamingTheFilter(Dialect dialect) {
        assertThatThrownBy(() -> new ReportQuery(table(null), dialect, period -> null).build(searching("کریم"), null, List.of(), 100))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.fieldErrors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("filters[1].operator", "report.error.searchUnavailable")));
    }
}
