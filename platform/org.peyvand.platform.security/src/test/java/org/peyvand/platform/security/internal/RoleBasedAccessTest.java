package org.peyvand.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitInput;
import org.peyvand.platform.security.RecordScope;

class RoleBasedAccessTest {
    private static final String CONTACT = "accounts.contact";
    private final SecurityFixture f = new SecurityFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void defaultGrantsComeFromTheDescriptorsOnceAndARevokeSticks() {
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        Caller sara = f.login("sara", "a long secret");
        assertThat(f.access.allows(sara, "accounts.contact.read")).isTrue();
        assertThat(f.access.allows(sara, "accounts.contact.export")).isFalse();
        assertThat(f.access.allows(sara, "no.such.permission")).isFalse();

        f.roles.revoke(SecurityFixture.SYSTEM_ADMIN, "staff", "accounts.contact.read");
        RoleBasedAccess afterRestart = RoleBasedAccess.wiredWith(f.permissions, new RoleRules(f.tx, f.permissions, f.clock), new UnitTree(f.tx));
        assertThat(afterRestart.allows(sara, "accounts.contact.read")).isFalse();
    }

    @Test
    void theWidestScopeOfTheRolesThatMayReadWins() {
        f.roles.setScope(SecurityFixture.SYSTEM_ADMIN, "staff", CONTACT, RecordScope.Level.OWN);
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        f.user("mina", "a long secret", OrgUnit.ROOT_ID, "staff", "manager");
        f.user("omid", "a long secret", OrgUnit.ROOT_ID, "staff", "customer");
        assertThat(f.access.scope(f.login("sara", "a long secret"), CONTACT).level()).isEqualTo(RecordScope.Level.OWN);
        assertThat(f.access.scope(f.login("mina", "a long secret"), CONTACT).level()).isEqualTo(RecordScope.Level.ALL);
        // the customer role cannot read contacts, so its (default) scope does not widen staff's
        assertThat(f.access.scope(f.login("omid", "a long secret"), CONTACT).level()).isEqualTo(RecordScope.Level.OWN);
    }

    @Test
    void aUnitTreeScopeCoversTheUnitAndEverythingBelowIt() {
        OrgUnit sales = f.units.create(SecurityFixture.SYSTEM_ADMIN, new OrgUnitInput("SALES", "فروش", "Sales", OrgUnit.Kind.DEPARTMENT, null));
        OrgUnit tehran = f.units.create(SecurityFixture.SYSTEM_ADMIN, new OrgUnitInput("SALES-THR", "فروش تهران", null, OrgUnit.Kind.BRANCH, sales.id()));
        OrgUnit agency = f.units.create(SecurityFixture.SYSTEM_ADMIN, new OrgUnitInput("AG-1", "نمایندگی ۱", null, OrgUnit.Kind.AGENCY, tehran.id()));
        OrgUnit support = f.units.create(SecurityFixture.SYSTEM_ADMIN, new OrgUnitInput("SUP", "پشتیبانی", null, OrgUnit.Kind.DEPARTMENT, null));
        f.roles.setScope(SecurityFixture.SYSTEM_ADMIN, "manager", CONTACT, RecordScope.Level.UNIT_TREE);
        f.roles.setScope(SecurityFixture.SYSTEM_ADMIN, "staff", CONTACT, RecordScope.Level.UNIT);
        f.user("mina", "a long secret", sales.id(), "manager");
        f.user("sara", "a long secret", tehran.id(), "staff");

        RecordScope mina = f.access.scope(f.login("mina", "a long secret"), CONTACT);
        assertThat(mina.unitIds()).containsExactlyInAnyOrder(sales.id(), tehran.id(), agency.id()).doesNotContain(support.id());
        RecordScope sara = f.access.scope(f.login("sara", "a long secret"), CONTACT);
        assertThat(sara.unitIds()).containsExactly(tehran.id());
        assertThat(sara.allows("sara", support.id())).isTrue();
        assertThat(sara.allows("reza", tehran.id())).isTrue();
        assertThat(sara.allows("reza", agency.id())).isFalse();
    }

    @Test
    void scopesBecomeQueryConditionsWithBoundValues() {
        List<Object> values = new ArrayList<>();
        String unit = new RecordScope(RecordScope.Level.UNIT_TREE, "sara", Set.of(12L, 7L)).condition("r.owner", "r.owner_unit_id", v -> {
            values.add(v);
            return "?";
        });
        assertThat(unit).isEqualTo("(r.owner = ? OR r.owner_unit_id IN (?, ?))");
        assertThat(values).containsExactly("sara", 7L, 12L);
        assertThat(new RecordScope(RecordScope.Level.OWN, "sara", Set.of()).condition("owner", "unit", v -> ":p")).isEqualTo("owner = :p");
        assertThat(RecordScope.all("sara").condition("owner", "unit", v -> "?")).isNull();
    }

    @Test
    void aFieldIsLockedOnlyWhenEveryReadingRoleLocksIt() {
        f.roles.setFieldRule(SecurityFixture.SYSTEM_ADMIN, "staff", CONTACT, "mobile", FieldAccess.Access.HIDDEN);
        f.roles.setFieldRule(SecurityFixture.SYSTEM_ADMIN, "staff", CONTACT, "email", FieldAccess.Access.READ_ONLY);
        f.roles.setFieldRule(SecurityFixture.SYSTEM_ADMIN, "auditor", CONTACT, "mobile", FieldAccess.Access.READ_ONLY);
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        f.user("ali", "a long secret", OrgUnit.ROOT_ID, "staff", "auditor");
        f.user("mina", "a long secret", OrgUnit.ROOT_ID, "staff", "manager");

        FieldAccess sara = f.access.fields(f.login("sara", "a long secret"), CONTACT);
        assertThat(sara.hidden()).containsExactly("mobile");
        assertThat(sara.readOnly()).containsExactly("email");
        FieldAccess ali = f.access.fields(f.login("ali", "a long secret"), CONTACT);
        assertThat(ali.hidden()).isEmpty();
        assertThat(ali.readOnly()).containsExactly("mobile");
        assertThat(f.access.fields(f.login("mina", "a long secret"), CONTACT)).isEqualTo(FieldAccess.UNRESTRICTED);
        assertThat(f.access.fields(SecurityFixture.SYSTEM_ADMIN, CONTACT)).isEqualTo(FieldAccess.UNRESTRICTED);
    }
}
