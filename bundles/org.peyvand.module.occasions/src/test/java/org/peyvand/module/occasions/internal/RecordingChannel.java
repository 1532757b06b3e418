package org.peyvand.module.occasions.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.peyvand.module.occasions.GreetingChannel;
import org.peyvand.module.occasions.GreetingMessage;
import org.peyvand.module.occasions.GreetingRecipient;

/** A channel keeping what it was given; it reaches contacts with an owner and fails for one contact id, if set. */
final class RecordingChannel implements GreetingChannel {
    final List<GreetingMessage> sent = new CopyOnWriteArrayList<>();
    private final String id;
    long failFor = -1;

    RecordingChannel(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "occasions.channel.owner";
    }

    @Override
    public boolean reaches(GreetingRecipient recipient) {
        return recipient.owner() != null;
    }

    @Override
    public void send(GreetingMessage message) {
        if (message.recipient().contactId() == failFor) {
            throw new IllegalStateException("gateway down");
        }
        sent.add(message);
    }

    List<Long> contactIds() {
        return sent.stream().map(m -> m.recipient().contactId()).toList();
    }
}
