package org.peyvand.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.FileMessages;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinSession;
import com.vaadin.ui.UI;

/** A record named in the address opens once its screen is shown, even when the screen is entered before. */
class ListScreenAddressTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));

    private static final class Notes extends ListScreen<String> {
        private static final long serialVersionUID = 1L;
        final List<Long> opened = new ArrayList<>();

        Notes(UiContext context) {
            super(context, "kit.export.xlsx", "kit.export.rows", "name");
            grid.addColumn(n -> n).setId("name");
            columnsAdded(null);
        }

        @Override
        protected Page<String> page(String query, PageRequest request) {
            return new Page<>(List.of(), null);
        }

        @Override
        protected long count(String query) {
            return 0;
        }

        @Override
        protected void open(String row) {
        }

        @Override
        protected void openById(long id) {
            opened.add(id);
        }
    }

    @Test
    void aScreenEnteredBeforeItIsShownOpensTheRecordWhenShownAndOnlyOnce() {
        UiContext context = mock(UiContext.class);
        when(context.caller()).thenReturn(SARA);
        when(context.messages()).thenReturn(FileMessages.persian("kit"));
        when(context.format()).thenReturn(DisplayFormat.of(SARA.preferences()));
        Notes notes = new Notes(context);

        // as after a language switch: the rebuilt workspace enters the screen before attaching it
        notes.enter(new ViewChangeEvent(mock(Navigator.class), null, notes, "notes", "12"));
        assertThat(notes.opened).isEmpty();

        UI ui = new UI() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void init(VaadinRequest request) {
            }
        };
        VaadinSession session = mock(VaadinSession.class);
        when(session.hasLock()).thenReturn(true);
        when(session.getLocale()).thenReturn(Locale.forLanguageTag("fa"));
        AtomicInteger ids = new AtomicInteger();
        when(session.createConnectorId(any())).thenAnswer(asked -> String.valueOf(ids.incrementAndGet()));
        ui.setSession(session);
        ui.setContent(notes);
        assertThat(notes.opened).containsExactly(12L);
        ui.setContent(null);
        ui.setContent(notes);
        assertThat(notes.opened).containsExactly(12L);
    }
}
