package org.peyvand.ui.admin.internal.users;

import java.time.Instant;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.ui.admin.internal.Tehran;

/** Whether a user can sign in now, in words: active, inactive, locked, or waiting after failed attempts. */
final class UserStates {

    private UserStates() {
    }

    static String describe(UserAccount user, Messages messages, DisplayFormat format) {
        String state;
        if (!user.active()) {
            state = messages.get("admin.user.state.inactive");
        } else if (user.locked()) {
            state = messages.get("admin.user.state.locked");
        } else if (user.blockedUntil() != null && user.blockedUntil().isAfter(Instant.now())) {
            state = messages.get("admin.user.state.blocked", format.dateTime(user.blockedUntil(), Tehran.ZONE));
        } else {
            state = messages.get("admin.user.state.active");
        }
        return user.failedLogins() == 0 ? state : messages.get("admin.user.state.failures", state, format.number(user.failedLogins()));
    }
}
