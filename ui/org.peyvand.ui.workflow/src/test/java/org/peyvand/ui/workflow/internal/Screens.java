package org.peyvand.ui.workflow.internal;

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

/** What the screens' tests share: a Persian user's context whose texts are their keys, and finding components by id. */
public final class Screens {
    public static final Caller SARA = new Caller("sara", 3, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));

    private Screens() {
    }

    public static UiContext context() {
        UiContext context = mock(UiContext.class);
        lenient().doCallRealMethod().when(context).call(any());
        lenient().doCallRealMethod().when(context).run(any());
        Messages messages = mock(Messages.class);
        lenient().when(messages.get(anyString(), any(Object[].class))).thenAnswer(call -> call.getArgument(0));
        lenient().when(messages.find(anyString(), any(Object[].class))).thenReturn(Optional.empty());
        lenient().when(messages.locale()).thenReturn(DisplayPreferences.PERSIAN);
        lenient().when(context.messages()).thenReturn(messages);
        lenient().when(context.caller()).thenReturn(SARA);
        lenient().when(context.format()).thenReturn(DisplayFormat.of(SARA.preferences()));
        lenient().when(context.rightToLeft()).thenReturn(true);
        return context;
    }

    /** The component with this id under {@code root}, if it shows one. */
    public static Optional<Component> find(Component root, String id) {
        return all(root).filter(c -> id.equals(c.getId())).findFirst();
    }

    @SuppressWarnings("unchecked")
    public static <T extends Component> T get(Component root, String id) {
        return (T) find(root, id).orElseThrow(() -> new AssertionError("no component " + id));
    }

    private static Stream<Component> all(Component root) {
        Stream<Component> children = root instanceof HasComponents parent
                ? StreamSupport.stream(parent.spliterator(), false).flatMap(Screens::all) : Stream.empty();
        return Stream.concat(Stream.of(root), children);
    }
}
