package org.peyvand.platform.report.internal.library;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.Colleague;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.UserService;
import org.peyvand.platform.testing.TestDatabase;

/**
 * Who the library tests share with: sara (unit 7) and reza (unit 8), both under unit 1 and staff,
 * and nima, an auditor in unit 9 who reads English.
 */
final class People {
    static final Caller SARA = new Caller("sara", 7, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    static final Caller NIMA = new Caller("nima", 9, Set.of("auditor"), DisplayPreferences.defaults(Locale.ENGLISH));

    private People() {
    }

    static LibraryStore store(TestDatabase db, AuditTrail audit, Clock clock) {
        UserService users = mock(UserService.class);
        when(users.colleagues(any(), anyCollection())).thenAnswer(call -> call.<Collection<String>>getArgument(1).stream()
                .filter(Set.of("sara", "reza", "nima")::contains).map(name -> new Colleague(name, name, name, true)).toList());
        OrgUnitService units = mock(OrgUnitService.class);
        when(units.lineage(anyLong())).thenReturn(List.of());
        when(units.lineage(1)).thenReturn(List.of(1L));
        when(units.lineage(7)).thenReturn(List.of(7L, 1L));
        when(units.lineage(8)).thenReturn(List.of(8L, 1L));
        when(units.lineage(9)).thenReturn(List.of(9L));
        return new LibraryStore(db.transactions(), users, units, audit, clock);
    }
}
