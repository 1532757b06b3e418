package org.peyvand.module.accounts;

/** A postal address; {@code province} is a code from {@link Provinces}, {@code postalCode} 10 digits. */
public record Address(String province, String city, String line, String postalCode) {
}
