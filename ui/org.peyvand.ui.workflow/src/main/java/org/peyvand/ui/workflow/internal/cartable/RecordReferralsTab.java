package org.peyvand.ui.workflow.internal.cartable;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.RecordTab;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.workflow.internal.WorkflowServices;

/** Adds the Referrals tab to every record's screen, for those who use the cartable. */
@Component(service = RecordTab.class, property = RecordTab.ORDER + ":Integer=10")
public class RecordReferralsTab implements RecordTab {
    private final WorkflowServices services;

    @Activate
    public RecordReferralsTab(@Reference WorkflowServices services) {
        this.services = services;
    }

    @Override
    public Optional<com.vaadin.ui.Component> create(UiContext context, RecordRef record) {
        if (!services.allows(context, WorkflowPermissions.CARTABLE_USE)) {
            return Optional.empty();
        }
        return Optional.of(new RecordReferrals(context, services, record));
    }
}
