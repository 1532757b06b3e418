package org.peyvand.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.FileMessages;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.TextField;

/** A list's Excel and PDF buttons export what the user sees: the columns shown, in reading order, and the search typed. */
class ListScreenExportTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));

    private final UiContext context = mock(UiContext.class);
    private final ReportExports exports = mock(ReportExports.class);
    private final AccessGuard guard = mock(AccessGuard.class);

    /** People with a name made of two fields, a phone kept apart from them, a mobile and when they were added. */
    private static final class People extends ListScreen<String> {
        private static final long serialVersionUID = 1L;

        People(UiContext context, ReportExports exports, AccessGuard guard) {
            super(context, "kit.export.xlsx", "kit.export.rows", "name");
            grid.addColumn(p -> p).setId("name");
            grid.addColumn(p -> p).setId("phone");
            grid.addColumn(p -> p).setId("mobile");
            grid.addColumn(p -> p).setId("createdAt");
            columnsAdded(null);
            retitle("افراد");
            addExports(exports, guard, "accounts.contact",
                    column -> column.equals("name") ? List.of("firstName", "lastName") : column.equals("phone") ? List.of() : List.of(column));
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
        }
    }

    @BeforeEach
    void persianUser() {
        when(context.caller()).thenReturn(SARA);
        when(context.messages()).thenReturn(FileMessages.persian("kit"));
        when(context.format()).thenReturn(DisplayFormat.of(SARA.preferences()));
        when(context.rightToLeft()).thenReturn(true);
    }

    @Test
    void anExportHoldsTheColumnsShownInReadingOrderAndTheSearchTyped() {
        when(guard.allows(SARA, ReportPermissions.EXPORT)).thenReturn(true);
        ValidationException refused = new ValidationException(List.of(FieldError.of("columns", "report.error.noColumns")));
        ArgumentCaptor<ReportDefinition> asked = ArgumentCaptor.forClass(ReportDefinition.class);
        when(exports.start(eq(SARA), asked.capture(), any())).thenThrow(refused);
        People people = new People(context, exports, guard);
        people.grid.getColumn("mobile").setHidden(true);
        ((TextField) find(people, "list-search").orElseThrow()).setValue(" علي كريمي ");

        ((Button) find(people, "list-export-pdf").orElseThrow()).click();

        verify(exports).start(eq(SARA), any(), eq(ExportFormat.PDF));
        ReportDefinition definition = asked.getValue();
        assertThat(definition.recordType()).isEqualTo("accounts.contact");
        assertThat(definition.title().in("fa")).isEqualTo("افراد");
        assertThat(definition.columns()).extracting(ReportColumn::field).containsExactly("firstName", "lastName", "createdAt");
        assertThat(definition.filters()).containsExactly(new ReportFilter(null, FilterOperator.SEARCH, List.of("علي كريمي"), null));
        verify(context).showError(refused);
    }

    @Test
    void noButtonsForAUserWhoMayNotExport() {
        People people = new People(context, exports, guard);

        assertThat(find(people, "list-export-xlsx")).isEmpty();
        assertThat(find(people, "list-export-pdf")).isEmpty();
    }

    private static Optional<Component> find(Component root, String id) {
        if (id.equals(root.getId())) {
            return Optional.of(root);
        }
        if (root instanceof HasComponents parent) {
            for (Component child : parent) {
                Optional<Component> found = find(child, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
