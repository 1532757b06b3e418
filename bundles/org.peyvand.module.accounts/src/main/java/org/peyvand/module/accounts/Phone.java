package org.peyvand.module.accounts;

/** A phone number of an account; {@code kind} is office, fax or mobile, the number E.164. */
public record Phone(String kind, String number) {
}
