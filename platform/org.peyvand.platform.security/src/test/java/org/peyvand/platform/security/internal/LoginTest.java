package org.peyvand.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditQuery;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.LoginOutcome.Status;
import org.peyvand.platform.security.LoginOutcome;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.SecondFactor;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.platform.security.internal.login.Totp;

class LoginTest {
    private final SecurityFixture f = new SecurityFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void repeatedFailuresBlockTheAccountForGrowingTimes() {
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        for (int i = 0; i < 5; i++) {
            assertThat(status("sara", "wrong guess")).isEqualTo(Status.REFUSED);
        }
        assertThat(status("sara", "a long secret")).as("blocked even with the right password").isEqualTo(Status.REFUSED);
        f.clock.move(Duration.ofSeconds(31));
        assertThat(status("sara", "wrong guess")).isEqualTo(Status.REFUSED);
        f.clock.move(Duration.ofSeconds(31));
        assertThat(status("sara", "a long secret")).as("the sixth failure blocks for a minute").isEqualTo(Status.REFUSED);
        f.clock.move(Duration.ofSeconds(31));
        assertThat(status("sara", "a long secret")).isEqualTo(Status.ACCEPTED);
        assertThat(actions("sara")).contains("login.failed", "login.lockout", "login.refused", "login.succeeded");
    }

    @Test
    void lockedAndUnknownUsersAreRefusedAndAudited() {
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        f.users.setLocked(SecurityFixture.SYSTEM_ADMIN, "sara", true);
        assertThat(status("sara", "a long secret")).isEqualTo(Status.REFUSED);
        assertThat(status("nobody", "a long secret")).isEqualTo(Status.REFUSED);
        assertThat(actions("sara")).contains("login.refused");
        assertThat(actions("nobody")).containsExactly("login.failed");
        f.users.setLocked(SecurityFixture.SYSTEM_ADMIN, "sara", false);
        assertThat(status("sara", "a long secret")).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void workSetGoingEarlierRunsAsItsUserOnlyWhileTheyMayLogIn() {
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        assertThat(f.authenticator.actingFor("Sara")).map(Caller::roles).contains(java.util.Set.of("staff"));
        f.users.setLocked(SecurityFixture.SYSTEM_ADMIN, "sara", true);
        assertThat(f.authenticator.actingFor("sara")).isEmpty();
        assertThat(f.authenticator.actingFor("nobody")).isEmpty();
    }

    @Test
    void aSecondFactorIsAskedForAndCodesWorkOnce() {
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        Caller sara = f.login("sara", "a long secret");
        SecondFactor.Enrolment enrolment = f.secondFactor.begin(sara);
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Peyvand%3Asara?secret=" + enrolment.secret());
        List<String> recovery = f.secondFactor.confirm(sara, Totp.currentCode(enrolment.secret(), f.clock.instant()));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

        assertThat(status("sara", "a long secret")).isEqualTo(Status.SECOND_FACTOR_NEEDED);
        f.clock.move(Duration.ofSeconds(30));
        String code = Totp.currentCode(enrolment.secret(), f.clock.instant());
        assertThat(f.authenticator.login("sara", "a long secret".toCharArray(), code).status()).isEqualTo(Status.ACCEPTED);
        assertThat(f.authenticator.login("sara", "a long secret".toCharArray(), code).status()).as("replayed").isEqualTo(Status.REFUSED);
        assertThat(f.authenticator.login("sara", "wrong guess".toCharArray(), "000000").status()).isEqualTo(Status.REFUSED);

        assertThat(f.authenticator.login("sara", "a long secret".toCharArray(), recovery.get(0)).status()).isEqualTo(Status.ACCEPTED);
        assertThat(f.authenticator.login("sara", "a long secret".toCharArray(), recovery.get(0)).status()).isEqualTo(Status.REFUSED);
        assertThat(actions("sara")).contains("otp.enrolled", "login.recoveryCode", "login.otpFailed");

        f.secondFactor.reset(SecurityFixture.SYSTEM_ADMIN, "sara");
        assertThat(status("sara", "a long secret")).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void aRoleCanRequireASecondFactor() {
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        f.roles.requireOtp(SecurityFixture.SYSTEM_ADMIN, "staff", true);
        LoginOutcome outcome = f.authenticator.login("sara", "a long secret".toCharArray(), null);
        assertThat(outcome.status()).isEqualTo(Status.ENROLMENT_NEEDED);
        assertThat(outcome.accepted()).as("no face but the workspace's enrolment lets this caller in").isEmpty();
        assertThat(f.secondFactor.enrolmentRequired(outcome.caller())).isTrue();
    }

    @Test
    void parallelLoginsOfOneUserAllSucceedWithoutEditingTheAccount() throws Exception {
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        f.clock.move(Duration.ofSeconds(60));
        long version = f.users.get(SecurityFixture.SYSTEM_ADMIN, "sara").version();
        for (int round = 0; round < 5; round++) {
            assertThat(inParallel(8, () -> status("sara", "a long secret"))).containsOnly(Status.ACCEPTED);
        }
        UserAccount sara = f.users.get(SecurityFixture.SYSTEM_ADMIN, "sara");
        assertThat(sara.lastLoginAt()).isEqualTo(f.clock.instant());
        assertThat(sara.version()).as("a login is no edit of the account").isEqualTo(version);
        assertThat(actions("sara")).filteredOn("login.succeeded"::equals).hasSize(40);
    }

    @Test
    void parallelFailuresAllCountAndBlockTheAccount() throws Exception {
        f.user("sara", "a long secret", OrgUnit.ROOT_ID, "staff");
        assertThat(inParallel(5, () -> status("sara", "wrong guess"))).containsOnly(Status.REFUSED);
        UserAccount sara = f.users.get(SecurityFixture.SYSTEM_ADMIN, "sara");
        assertThat(sara.failedLogins()).isEqualTo(5);
        assertThat(sara.blockedUntil()).isEqualTo(f.clock.instant().plusSeconds(30));
        assertThat(status("sara", "a long secret")).as("blocked even with the right password").isEqualTo(Status.REFUSED);
        f.clock.move(Duration.ofSeconds(31));
        assertThat(status("sara", "a long secret")).isEqualTo(Status.ACCEPTED);
        assertThat(f.users.get(SecurityFixture.SYSTEM_ADMIN, "sara").failedLogins()).isZero();
    }

    /** Runs {@code count} copies of {@code login} at once; a copy that throws fails the test. */
    private static List<Status> inParallel(int count, Callable<Status> login) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            List<Future<Status>> outcomes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                outcomes.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return login.call();
                }));
            }
            List<Status> statuses = new ArrayList<>();
            for (Future<Status> outcome : outcomes) {
                statuses.add(outcome.get());
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }

    private Status status(String username, String password) {
        return f.authenticator.login(username, password.toCharArray(), null).status();
    }

    private List<String> actions(String actor) {
        return f.audit.search(SecurityFixture.SYSTEM_ADMIN, new AuditQuery(actor, null, null, null, null, null),
                PageRequest.first(100, "id", true)).items().stream().map(AuditEntry::action).toList();
    }
}
