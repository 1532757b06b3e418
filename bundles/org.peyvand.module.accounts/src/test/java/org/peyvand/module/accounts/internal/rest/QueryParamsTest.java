package org.peyvand.module.accounts.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.internal.FieldErrors;
import org.peyvand.platform.core.page.PageRequest;

class QueryParamsTest {

    @Test
    void defaultsThePage() {
        assertThat(QueryParams.page(null, null, null, null)).isEqualTo(new PageRequest(null, 50, null, false));
        assertThat(QueryParams.page("c", "۲۰", "createdAt", "DESC")).isEqualTo(new PageRequest("c", 20, "createdAt", true));
    }

    @Test
    void namesTheBadParameter() {
        assertThat(FieldErrors.of(() -> QueryParams.page(null, "ten", null, null))).containsExactly("limit=core.error.invalidNumber");
        assertThat(FieldErrors.of(() -> QueryParams.page(null, "501", null, null))).containsExactly("limit=core.error.range");
        assertThat(FieldErrors.of(() -> QueryParams.page(null, "0", null, null))).containsExactly("limit=core.error.range");
        assertThat(FieldErrors.of(() -> QueryParams.page(null, null, null, "up"))).containsExactly("order=accounts.error.order");
        assertThat(FieldErrors.of(() -> QueryParams.id("-1", "accountId"))).containsExactly("accountId=core.error.invalidNumber");
    }

    @Test
    void readsOptionalIds() {
        assertThat(QueryParams.id(null, "accountId")).isNull();
        assertThat(QueryParams.id("", "accountId")).isNull();
        assertThat(QueryParams.id("۴۲", "accountId")).isEqualTo(42L);
    }

    @Test
    void aContactPayloadTakesIsoAndJalaliDates() {
        ContactPayload jalali = new ContactPayload("a", "b", null, null, null, "۱۳۶۹/۰۵/۱۲", null, null, null, null);
        assertThat(jalali.toInput()).isEqualTo(new ContactInput("a", "b", null, null, null, LocalDate.of(1990, 8, 3), null, null));
        assertThat(new ContactPayload("a", "b", null, null, null, " ", null, null, null, null).toInput().birthDate()).isNull();
        assertThat(FieldErrors.of(() -> new ContactPayload("a", "b", null, null, null, "1990-13-01", null, null, null, null).toInput()))
                .containsExactly("birthDate=core.error.invalidDate");
    }

    @Test
    void anUpdateNeedsTheVersion() {
        assertThat(new ContactPayload("a", "b", null, null, null, null, null, null, 3L, null).requiredVersion()).isEqualTo(3);
        assertThat(FieldErrors.of(() -> new AccountPayload("a", null, null, null, null, null, null, null, null, null, null, null).requiredVersion()))
                .containsExactly("version=core.error.required");
    }
}
