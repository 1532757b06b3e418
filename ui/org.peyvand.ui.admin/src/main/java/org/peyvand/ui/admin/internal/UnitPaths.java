package org.peyvand.ui.admin.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peyvand.platform.security.OrgUnit;

import com.vaadin.ui.ComboBox;

/**
 * Org units named with their ancestors ("Organisation / Sales / Tehran branch"), so units of the
 * same name in different branches can be told apart in a select.
 */
public final class UnitPaths {

    private UnitPaths() {
    }

    /**
     * A select of units by their paths, which finds a unit by any part of its path ("tehran"
     * finds "Organisation / Sales / Tehran branch").
     */
    public static ComboBox<Long> select(String caption, Map<Long, String> paths, Locale locale) {
        ComboBox<Long> select = new ComboBox<>(caption);
        select.setItems((path, typed) -> path.toLowerCase(locale).contains(typed.toLowerCase(locale)), paths.keySet());
        select.setItemCaptionGenerator(paths::get);
        select.setWidth("100%");
        select.setEmptySelectionAllowed(false);
        select.setRequiredIndicatorVisible(true);
        return select;
    }

    /** @param tree every unit, parents before their children, as {@code OrgUnitService.tree} returns them */
    public static Map<Long, String> of(List<OrgUnit> tree, Locale locale) {
        Map<Long, String> paths = new LinkedHashMap<>();
        for (OrgUnit unit : tree) {
            String parent = unit.parentId() == null ? null : paths.get(unit.parentId());
            paths.put(unit.id(), parent == null ? unit.name(locale) : parent + " / " + unit.name(locale));
        }
        return paths;
    }
}
