package org.peyvand.module.accounts.internal;

/** The permissions declared in CRM-INF/permissions/accounts.json, and the record types they guard. */
public final class Permissions {
    /** Record types, as record scopes, field rules and the audit trail name them. */
    public static final String CONTACT = "accounts.contact";
    public static final String ACCOUNT = "accounts.account";

    public static final String CONTACT_READ = "accounts.contact.read";
    public static final String CONTACT_CREATE = "accounts.contact.create";
    public static final String CONTACT_UPDATE = "accounts.contact.update";
    public static final String CONTACT_DELETE = "accounts.contact.delete";
    public static final String CONTACT_IMPORT = "accounts.contact.import";
    public static final String CONTACT_EXPORT = "accounts.contact.export";
    public static final String ACCOUNT_READ = "accounts.account.read";
    public static final String ACCOUNT_CREATE = "accounts.account.create";
    public static final String ACCOUNT_UPDATE = "accounts.account.update";
    public static final String ACCOUNT_DELETE = "accounts.account.delete";
    public static final String ACCOUNT_IMPORT = "accounts.account.import";
    public static final String ACCOUNT_EXPORT = "accounts.account.export";

    private Permissions() {
    }
}
