package org.peyvand.ui.shell.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.server.ClientConnector;
import com.vaadin.server.RequestHandler;
import com.vaadin.server.ServerRpcMethodInvocation;
import com.vaadin.server.VaadinSession;
import com.vaadin.server.communication.ServerRpcHandler;
import com.vaadin.server.communication.UidlRequestHandler;
import com.vaadin.shared.communication.LegacyChangeVariablesInvocation;
import com.vaadin.shared.ui.ui.UIServerRpc;
import com.vaadin.ui.UI;

/**
 * When the user last did something in the workspace, kept in the Vaadin session. An open tab polls
 * the server so that notifications reach it, and every poll is a request: without telling the
 * user's own requests from the tab's polls, an abandoned workspace would never time out.
 */
final class UserActivity {
    private static final String POLL = "poll";

    private UserActivity() {
    }

    /**
     * The same handlers, the UIDL one replaced by one that notes the user's activity; a list Vaadin
     * can still add to, as its service does after asking for it.
     */
    static List<RequestHandler> tracking(List<RequestHandler> handlers) {
        return handlers.stream().map(handler -> handler instanceof UidlRequestHandler ? new TrackingUidlHandler() : handler)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** Under the session's lock. */
    static void touch(VaadinSession session, Clock clock) {
        session.setAttribute(UserActivity.class.getName(), clock.instant());
    }

    /** Under the session's lock; from the last activity noted, or none when nothing was. */
    static Duration idle(VaadinSession session, Clock clock) {
        Object last = session.getAttribute(UserActivity.class.getName());
        return last instanceof Instant at ? Duration.between(at, clock.instant()) : Duration.ZERO;
    }

    /** Whether an invocation is the tab's own poll rather than something the user did. */
    static boolean isPoll(String interfaceName, String methodName) {
        return UIServerRpc.class.getName().equals(interfaceName) && POLL.equals(methodName);
    }

    private static final class TrackingUidlHandler extends UidlRequestHandler {
        private static final long serialVersionUID = 1L;

        @Override
        protected ServerRpcHandler createRpcHandler() {
            return new TrackingRpcHandler();
        }
    }

    private static final class TrackingRpcHandler extends ServerRpcHandler {
        private static final long serialVersionUID = 1L;

        @Override
        protected void handleInvocation(UI ui, ClientConnector connector, ServerRpcMethodInvocation invocation) {
            if (!isPoll(invocation.getInterfaceName(), invocation.getMethodName())) {
                touch(ui.getSession(), Clock.systemUTC());
            }
            super.handleInvocation(ui, connector, invocation);
        }

        @Override
        protected void handleInvocation(UI ui, ClientConnector connector, LegacyChangeVariablesInvocation invocation) {
            touch(ui.getSession(), Clock.systemUTC());
            super.handleInvocation(ui, connector, invocation);
        }
    }
}
