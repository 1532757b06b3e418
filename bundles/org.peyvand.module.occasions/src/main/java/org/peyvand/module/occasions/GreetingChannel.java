package org.peyvand.module.occasions;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way greetings reach people, registered as a service by the module that sends through it (SMS,
 * email, ...). Plans name a channel by id; while it is absent they are reported unavailable and send
 * nothing.
 */
@ConsumerType
public interface GreetingChannel {
    /** A short stable id plans store, e.g. {@code sms}. */
    String id();

    /** The i18n key of the channel's name. */
    String labelKey();

    /** Whether the recipient can be reached this way (has a mobile, an email, an owner...). */
    boolean reaches(GreetingRecipient recipient);

    /**
     * Sends the greeting; a failure is thrown and recorded with its message, and the greeting is not
     * tried again.
     */
    void send(GreetingMessage message);
}
