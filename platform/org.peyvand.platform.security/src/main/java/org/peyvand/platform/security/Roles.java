package org.peyvand.platform.security;

/** The built-in roles; permission descriptors name them as their default grantees. */
public final class Roles {
    public static final String ADMINISTRATOR = "administrator";
    public static final String MANAGER = "manager";
    public static final String STAFF = "staff";
    public static final String CUSTOMER = "customer";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
