package org.peyvand.ui.kit;

import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.Component;
import com.vaadin.ui.TabSheet;

/**
 * The tabs of a stored record's screen, alike in every module: its details, its history, then the
 * tabs other bundles add to every record, such as its referrals.
 */
public final class RecordTabs {

    private RecordTabs() {
    }

    public static TabSheet of(UiContext context, Component details, Component history, RecordRef record) {
        TabSheet tabs = new TabSheet();
        tabs.setId("record-tabs");
        tabs.addTab(details, context.messages().get("ui.details")).setId("tab-details");
        tabs.addTab(history, context.messages().get("ui.history")).setId("tab-history");
        for (Component contributed : context.recordTabs(record)) {
            tabs.addTab(contributed).setId("tab-" + contributed.getId());
        }
        return tabs;
    }
}
