package org.peyvand.platform.marketplace;

/** The marketplace's permissions. */
public final class MarketplacePermissions {
    /** See catalogs, add-ons and jobs. */
    public static final String READ = "platform.marketplace.read";
    /** Install, update and remove add-ons; add and remove catalogs. */
    public static final String MANAGE = "platform.marketplace.manage";

    private MarketplacePermissions() {
    }
}
