package org.peyvand.platform.security.internal.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.format.DigitStyle;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.format.MoneyUnit;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.platform.security.UserInput;

@Entity
@Table(name = "sec_user")
public class UserEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_user_seq")
    @SequenceGenerator(name = "sec_user_seq", sequenceName = "sec_user_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_fa", nullable = false)
    private String displayFa;

    @Column(name = "display_en", nullable = false)
    private String displayEn;

    private String email;

    private String mobile;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String calendar;

    @Column(nullable = false)
    private String digits;

    @Column(name = "money_unit", nullable = false)
    private String moneyUnit;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "sec_password_history", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    @Column(name = "password_hash")
    private List<String> previousHashes = new ArrayList<>();

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "otp_secret")
    private String otpSecret;

    @Column(name = "otp_enabled", nullable = false)
    private boolean otpEnabled;

    @Column(name = "otp_last_step")
    private Long otpLastStep;

    @Column(name = "otp_pending")
    private String otpPending;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "sec_recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "code_hash")
    private Set<String> recoveryCodeHashes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sec_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name")
    private Set<String> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected UserEntity() {
    }

    public UserEntity(String username, UserInput input, String passwordHash, Instant now) {
        this.username = username;
        this.active = true;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.createdAt = now;
        apply(input, now);
    }

    public void apply(UserInput input, Instant now) {
        displayFa = input.displayNameFa();
        displayEn = input.displayNameEn();
        email = input.email();
        mobile = input.mobile();
        unitId = input.unitId();
        DisplayPreferences preferences = input.preferences();
        language = preferences.locale().getLanguage();
        calendar = preferences.calendar().name();
        digits = preferences.digits().name();
        moneyUnit = preferences.moneyUnit().name();
        updatedAt = now;
    }

    /** Replaces the password, keeping the replaced hash among the {@code remembered} most recent. */
    public void changePassword(String newHash, int remembered, Instant now) {
        previousHashes.add(0, passwordHash);
        while (previousHashes.size() > remembered) {
            previousHashes.remove(previousHashes.size() - 1);
        }
        passwordHash = newHash;
        passwordChangedAt = now;
        updatedAt = now;
    }

    public void lock(boolean lock, Instant now) {
        locked = lock;
        if (!lock) {
            failedLogins = 0;
            blockedUntil = null;
        }
        updatedAt = now;
    }

    public void activate(boolean activate, Instant now) {
        active = activate;
        updatedAt = now;
    }

    public void replaceRoles(Set<String> newRoles, Instant now) {
        roles.clear();
        roles.addAll(newRoles);
        updatedAt = now;
    }

    /** Keeps a new secret aside; the active one, if any, stays in force until this one is confirmed. */
    public void beginOtp(String secret) {
        otpPending = secret;
    }

    public void confirmOtp(long step, Set<String> recoveryHashes) {
        otpSecret = otpPending;
        otpPending = null;
        otpEnabled = true;
        otpLastStep = step;
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(recoveryHashes);
    }

    public void resetOtp() {
        otpSecret = null;
        otpPending = null;
        otpEnabled = false;
        otpLastStep = null;
        recoveryCodeHashes.clear();
    }

    public String otpPending() {
        return otpPending;
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public List<String> previousHashes() {
        return previousHashes;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant blockedUntil() {
        return blockedUntil;
    }

    public boolean active() {
        return active;
    }

    public boolean locked() {
        return locked;
    }

    public Set<String> roles() {
        return roles;
    }

    public long unitId() {
        return unitId;
    }

    public String otpSecret() {
        return otpSecret;
    }

    public boolean otpEnabled() {
        return otpEnabled;
    }

    public Long otpLastStep() {
        return otpLastStep;
    }

    public long version() {
        return version;
    }

    public DisplayPreferences preferences() {
        return new DisplayPreferences(Locale.forLanguageTag("fa".equals(language) ? "fa-IR" : language),
                CalendarSystem.valueOf(calendar), DigitStyle.valueOf(digits), MoneyUnit.valueOf(moneyUnit));
    }

    public UserAccount toAccount() {
        return new UserAccount(id, username, displayFa, displayEn, email, mobile, unitId, roles, preferences(),
                active, locked, otpEnabled, failedLogins, blockedUntil, lastLoginAt, passwordChangedAt, createdAt, version);
    }
}
