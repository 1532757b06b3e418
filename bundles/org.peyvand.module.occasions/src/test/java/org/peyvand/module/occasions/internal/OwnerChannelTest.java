package org.peyvand.module.occasions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.module.occasions.GreetingMessage;
import org.peyvand.module.occasions.GreetingRecipient;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.NotificationService;

class OwnerChannelTest {
    private final NotificationService notifications = mock(NotificationService.class);
    private final OwnerChannel channel = new OwnerChannel(notifications);

    @Test
    void theOwnerIsNotifiedWithTheTextInEachLanguageAndALinkToTheContact() {
        GreetingRecipient mina = new GreetingRecipient(42, "مینا رضایی", "sara");
        channel.send(new GreetingMessage(7, mina, LocalDate.of(2026, 3, 20), "تولد", "Birthday", "مینا عزیز، تولدت مبارک", null));

        verify(notifications).notify(OwnerChannel.KIND, List.of("sara"), OwnerChannel.MESSAGE,
                List.of("مینا رضایی", "تولد", "Birthday", "مینا عزیز، تولدت مبارک", "مینا عزیز، تولدت مبارک"),
                NotificationLink.record("accounts.contact", "42"));
    }

    @Test
    void onlyContactsWithAnOwnerAreReached() {
        assertThat(channel.reaches(new GreetingRecipient(1, "x", "sara"))).isTrue();
        assertThat(channel.reaches(new GreetingRecipient(1, "x", null))).isFalse();
        assertThat(channel.reaches(new GreetingRecipient(1, "x", " "))).isFalse();
    }
}
