package org.peyvand.module.occasions.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.occasions.GreetingChannel;
import org.peyvand.module.occasions.GreetingMessage;
import org.peyvand.module.occasions.GreetingRecipient;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.NotificationService;

/**
 * Greetings as in-app notifications to the contact's owner, who greets the customer themselves: the
 * notification names the contact and the occasion and carries the text, read in the owner's language.
 */
@Component(service = GreetingChannel.class)
public class OwnerChannel implements GreetingChannel {
    public static final String ID = "owner";
    static final String KIND = "occasions.greeting";
    static final String MESSAGE = "occasions.greeting.due";

    private final NotificationService notifications;

    @Activate
    public OwnerChannel(@Reference NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "occasions.channel.owner";
    }

    @Override
    public boolean reaches(GreetingRecipient recipient) {
        return recipient.owner() != null && !recipient.owner().isBlank();
    }

    @Override
    public void send(GreetingMessage message) {
        String fa = message.textFa() != null ? message.textFa() : message.textEn();
        String en = message.textEn() != null ? message.textEn() : message.textFa();
        GreetingRecipient recipient = message.recipient();
        notifications.notify(KIND, List.of(recipient.owner()), MESSAGE,
                List.of(recipient.name(), message.occasionNameFa(), message.occasionNameEn(), fa, en),
                NotificationLink.record(Permissions.CONTACT, String.valueOf(recipient.contactId())));
    }
}
