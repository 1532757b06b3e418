package org.peyvand.platform.report;

import java.util.List;

import org.peyvand.platform.form.LocalizedText;

/**
 * A grid of widgets, each showing a report.
 *
 * @param key {@code <module>.<name>} for a module's dashboard, {@code dashboard.<hex>} for one a user saved
 * @param defaultFor the roles whose members open this dashboard first; it is shared with them
 */
public record Dashboard(String key, LocalizedText title, List<DashboardWidget> widgets, List<String> defaultFor) {

    public Dashboard {
        widgets = widgets == null ? List.of() : List.copyOf(widgets);
        defaultFor = defaultFor == null ? List.of() : List.copyOf(defaultFor);
    }

    public Dashboard withKey(String newKey) {
        return new Dashboard(newKey, title, widgets, defaultFor);
    }
}
