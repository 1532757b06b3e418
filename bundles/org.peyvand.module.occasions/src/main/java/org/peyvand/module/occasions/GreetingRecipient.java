package org.peyvand.module.occasions;

/**
 * The contact a greeting is for, and their owner (the account manager), who may be unknown.
 * {@code years} is how many years have passed since the date celebrated, on birthdays and
 * anniversaries; {@code null} on other occasions.
 */
public record GreetingRecipient(long contactId, String name, String owner, Integer years) {

    public GreetingRecipient(long contactId, String name, String owner) {
        this(contactId, name, owner, null);
    }
}
