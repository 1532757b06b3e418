package org.peyvand.ui.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.ui.Component;

/**
 * A tab every record screen shows after its own, whichever module owns the record: its referrals
 * and their trail, later its activities or attachments. Registered as a service; the property
 * {@value #ORDER} (an Integer, default 100) places it among the other contributed tabs.
 */
@ConsumerType
public interface RecordTab {
    String ORDER = "crm.tab.order";

    /**
     * The tab for one record, its caption and id set (the tab itself gets the id {@code tab-<id>});
     * empty when the tab does not apply to the record's type or the user may not use it. A fresh
     * component for every call.
     */
    Optional<Component> create(UiContext context, RecordRef record);
}
