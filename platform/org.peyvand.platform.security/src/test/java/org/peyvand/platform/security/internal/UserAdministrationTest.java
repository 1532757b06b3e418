package org.peyvand.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.security.ApiTokens;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitInput;

class UserAdministrationTest {
    private final SecurityFixture f = new SecurityFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void usernamesAreUniqueAndNormalised() {
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        assertRefused(() -> f.user("SARA", "another secret", OrgUnit.ROOT_ID, "staff"), "username");
        assertRefused(() -> f.user("x", "another secret", OrgUnit.ROOT_ID, "staff"), "username");
        assertThat(f.login("Sara", "a long secret").username()).isEqualTo("sara");
    }

    @Test
    void nobodyChangesTheirOwnRolesOrGrantsMoreThanTheyHold() {
        f.roles.grant(SecurityFixture.SYSTEM_ADMIN, "manager", "platform.user.manage");
        f.user("mina", "a long secret", OrgUnit.ROOT_ID, "manager");
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        Caller mina = f.login("mina", "a long secret");
        assertRefused(() -> f.users.setRoles(mina, "mina", Set.of("manager", "administrator")), "roles");
        assertRefused(() -> f.users.setRoles(mina, "sara", Set.of("administrator")), "roles");
        assertRefused(() -> f.users.setRoles(mina, "sara", Set.of("auditor")), "roles");
        assertThat(f.users.setRoles(mina, "sara", Set.of("staff", "manager")).roles()).containsExactlyInAnyOrder("staff", "manager");
        f.user("omid", "a long secret", OrgUnit.ROOT_ID, "staff");
        assertThatThrownBy(() -> f.users.create(f.login("omid", "a long secret"), "reza", null, null, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorGivesARoleStillHoldingTheGrantsOfAModuleUninstalledWithItsData() {
        // a module's default grants stay on its roles when it is uninstalled and its data kept
        f.tx.append(em -> em.createNativeQuery("INSERT INTO sec_role_permission (role_name, permission) VALUES ('staff', 'visits.visit.read')")
                .executeUpdate());
        f.user("reza", "a long secret", OrgUnit.ROOT_ID, "staff");
        assertThat(f.login("reza", "a long secret").roles()).contains("staff");

        f.roles.grant(SecurityFixture.SYSTEM_ADMIN, "manager", "platform.user.manage");
        f.user("mina", "a long secret", OrgUnit.ROOT_ID, "manager");
        f.user("sara", "a long secret", OrgUnit.ROOT_ID);
        assertRefused(() -> f.users.setRoles(f.login("mina", "a long secret"), "sara", Set.of("staff")), "roles");
    }

    @Test
    void passwordsFollowThePolicyAndHistory() {
        f.user("sara", "first secret", OrgUnit.ROOT_ID, "staff");
        Caller sara = f.login("sara", "first secret");
        assertRefused(() -> f.users.changeMyPassword(sara, "wrong".toCharArray(), "second secret".toCharArray()), "currentPassword");
        assertRefused(() -> f.users.changeMyPassword(sara, "first secret".toCharArray(), "short".toCharArray()), "password");
        f.users.changeMyPassword(sara, "first secret".toCharArray(), "second secret".toCharArray());
        assertRefused(() -> f.users.changeMyPassword(sara, "second secret".toCharArray(), "first secret".toCharArray()), "password");
        assertThat(f.login("sara", "second secret").username()).isEqualTo("sara");
    }

    @Test
    void unitsMoveWithTheirSubtreeAndNeverBelowThemselves() {
        OrgUnit sales = f.units.create(SecurityFixture.SYSTEM_ADMIN, new OrgUnitInput("SALES", "فروش", null, OrgUnit.Kind.DEPARTMENT, null));
        OrgUnit tehran = f.units.create(SecurityFixture.SYSTEM_ADMIN, new OrgUnitInput("THR", "تهران", null, OrgUnit.Kind.BRANCH, sales.id()));
        OrgUnit agency = f.units.create(SecurityFixture.SYSTEM_ADMIN, new OrgUnitInput("AG", "نمایندگی", null, OrgUnit.Kind.AGENCY, tehran.id()));
        OrgUnit regions = f.units.create(SecurityFixture.SYSTEM_ADMIN, new OrgUnitInput("REG", "مناطق", null, OrgUnit.Kind.DEPARTMENT, null));
        assertRefused(() -> f.units.update(SecurityFixture.SYSTEM_ADMIN, sales.id(),
                new OrgUnitInput("SALES", "فروش", null, OrgUnit.Kind.DEPARTMENT, agency.id()), sales.version()), "parentId");
        f.units.update(SecurityFixture.SYSTEM_ADMIN, tehran.id(), new OrgUnitInput("THR", "تهران", null, OrgUnit.Kind.BRANCH, regions.id()),
                tehran.version());
        assertThat(f.units.get(SecurityFixture.SYSTEM_ADMIN, agency.id()).path())
                .isEqualTo("/1/" + regions.id() + "/" + tehran.id() + "/" + agency.id() + "/");
        assertThatThrownBy(() -> f.units.delete(SecurityFixture.SYSTEM_ADMIN, regions.id())).hasMessageContaining("unitNotEmpty");
        assertThat(f.units.lineage(agency.id())).containsExactly(agency.id(), tehran.id(), regions.id(), OrgUnit.ROOT_ID);
        assertThat(f.units.lineage(OrgUnit.ROOT_ID)).containsExactly(OrgUnit.ROOT_ID);
        assertThat(f.units.lineage(987_654_321L)).isEmpty();
    }

    @Test
    void tokensActAsTheirUserWithinTheirPermissionsUntilRevokedOrExpired() {
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        Caller sara = f.login("sara", "a long secret");
        Instant inAMonth = f.clock.instant().plusSeconds(30L * 24 * 3600);
        assertRefused(() -> f.tokens.create(sara, "sync", inAMonth, Set.of("accounts.contact.export")), "permissions");
        ApiTokens.Created created = f.tokens.create(sara, "sync", inAMonth, Set.of("accounts.contact.read"));
        assertThat(created.secret()).startsWith("pvd_");
        assertThat(f.tokens.mine(sara)).extracting(ApiTokens.Token::name).containsExactly("sync");

        Caller viaToken = f.tokens.authenticate(created.secret()).orElseThrow();
        assertThat(viaToken.username()).isEqualTo("sara");
        assertThat(f.access.allows(viaToken, "accounts.contact.read")).isTrue();
        assertThat(f.access.allows(viaToken, "accounts.contact.update")).as("sara may, the token may not").isFalse();
        assertThat(f.tokens.authenticate(created.secret() + "x")).isEmpty();
        assertThat(f.tokens.authenticate("pvd_nothing_here")).isEmpty();

        f.clock.move(Duration.ofSeconds(31L * 24 * 3600));
        assertThat(f.tokens.authenticate(created.secret())).as("expired").isEmpty();
        ApiTokens.Created other = f.tokens.create(sara, "report", f.clock.instant().plusSeconds(3600), Set.of("accounts.contact.read"));
        f.tokens.revoke(sara, other.token().id());
        assertThat(f.tokens.authenticate(other.secret())).as("revoked").isEmpty();
        f.user("omid", "a long secret", OrgUnit.ROOT_ID, "staff");
        assertThatThrownBy(() -> f.tokens.revoke(f.login("omid", "a long secret"), created.token().id()))
                .isInstanceOf(NotFoundException.class);
    }

    private static void assertRefused(Runnable change, String field) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).extracting(fe -> fe.field()).contains(field));
    }
}
