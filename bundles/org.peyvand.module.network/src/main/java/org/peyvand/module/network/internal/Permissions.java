package org.peyvand.module.network.internal;

/** The permissions declared in CRM-INF/permissions/network.json, and the record types they concern. */
public final class Permissions {
    /** The record types, as events and the audit trail name them. */
    public static final String NODE = "network.node";
    public static final String REGION = "network.region";
    public static final String CLASS = "network.class";

    public static final String READ = "network.node.read";
    public static final String MANAGE_NODES = "network.node.manage";
    /** Sales regions and classes alike: the network's reference data. */
    public static final String MANAGE_REGIONS = "network.region.manage";

    private Permissions() {
    }
}
