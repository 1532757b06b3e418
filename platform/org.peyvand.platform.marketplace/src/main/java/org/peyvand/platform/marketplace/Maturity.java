package org.peyvand.platform.marketplace;

/** How far along the vendor says an add-on is. */
public enum Maturity {
    STABLE, BETA, EXPERIMENTAL
}
