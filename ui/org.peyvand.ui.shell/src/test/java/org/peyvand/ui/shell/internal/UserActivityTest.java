package org.peyvand.ui.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.server.RequestHandler;
import com.vaadin.server.communication.HeartbeatHandler;
import com.vaadin.server.communication.UidlRequestHandler;
import com.vaadin.shared.ui.button.ButtonServerRpc;
import com.vaadin.shared.ui.ui.UIServerRpc;

class UserActivityTest {

    @Test
    void onlyTheTabsOwnPollIsNotTheUsersActivity() {
        assertThat(UserActivity.isPoll(UIServerRpc.class.getName(), "poll")).isTrue();
        assertThat(UserActivity.isPoll(UIServerRpc.class.getName(), "resize")).isFalse();
        assertThat(UserActivity.isPoll(ButtonServerRpc.class.getName(), "click")).isFalse();
    }

    @Test
    void theUidlHandlerIsReplacedAndTheOthersKeptInTheirOrder() {
        HeartbeatHandler heartbeat = new HeartbeatHandler();
        UidlRequestHandler uidl = new UidlRequestHandler();
        List<RequestHandler> tracking = UserActivity.tracking(List.of(heartbeat, uidl));

        assertThat(tracking).hasSize(2);
        assertThat(tracking.get(0)).isSameAs(heartbeat);
        assertThat(tracking.get(1)).isInstanceOf(UidlRequestHandler.class).isNotSameAs(uidl);
        tracking.add(new HeartbeatHandler());
        assertThat(tracking).as("Vaadin's service adds its own handlers to the list").hasSize(3);
    }
}
