package org.peyvand.ui.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.security.OrgUnit;

class UnitPathsTest {

    @Test
    void namesUnitsWithTheirAncestorsInTheUsersLanguage() {
        List<OrgUnit> tree = List.of(
                new OrgUnit(1, "org", "سازمان", "Organisation", OrgUnit.Kind.ORGANISATION, null, "/1/", Set.of(), 0),
                new OrgUnit(2, "sales", "فروش", "Sales", OrgUnit.Kind.DEPARTMENT, 1L, "/1/2/", Set.of(), 0),
                new OrgUnit(3, "thr", "شعبه تهران", "Tehran branch", OrgUnit.Kind.BRANCH, 2L, "/1/2/3/", Set.of(), 0));
        assertThat(UnitPaths.of(tree, Locale.ENGLISH)).containsEntry(3L, "Organisation / Sales / Tehran branch");
        assertThat(UnitPaths.of(tree, Locale.forLanguageTag("fa-IR"))).containsEntry(2L, "سازمان / فروش");
    }
}
