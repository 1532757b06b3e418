package org.peyvand.ui.marketplace.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;

/** What the screen's tests share: a Persian administrator's context whose texts are their keys, and finding components by id. */
final class Screens {
    static final Caller ADMIN = new Caller("admin", 1, Set.of("admin"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));

    private Screens() {
    }

    static UiContext context() {
        UiContext context = mock(UiContext.class);
        lenient().doCallRealMethod().when(context).call(any());
        lenient().doCallRealMethod().when(context).run(any());
        Messages messages = mock(Messages.class);
        lenient().when(messages.get(anyString(), any(Object[].class))).thenAnswer(call -> call.getArgument(0));
        lenient().when(messages.find(anyString(), any(Object[].class))).thenReturn(Optional.empty());
        lenient().when(messages.locale()).thenReturn(DisplayPreferences.PERSIAN);
        lenient().when(context.messages()).thenReturn(messages);
        lenient().when(context.caller()).thenReturn(ADMIN);
        lenient().when(context.format()).thenReturn(DisplayFormat.of(ADMIN.preferences()));
        lenient().when(context.rightToLeft()).thenReturn(true);
        return context;
    }

    static Optional<Component> find(Component root, String id) {
        return all(root).filter(c -> id.equals(c.getId())).findFirst();
    }

    @SuppressWarnings("unchecked")
    static <T extends Component> T get(Component root, String id) {
        return (T) find(root, id).orElseThrow(() -> new AssertionError("no component " + id));
    }

    private static Stream<Component> all(Component root) {
        Stream<Component> children = root instanceof HasComponents parent
                ? StreamSupport.stream(parent.spliterator(), false).flatMap(Screens::all) : Stream.empty();
        return Stream.concat(Stream.of(root), children);
    }
}
