package org.peyvand.ui.admin.internal.audit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The audit trail in the administration menu. */
@Component(service = CrmView.class)
@MenuItem(id = AuditView.ID, title = "admin.menu.audit", icon = "RECORDS", section = "admin", order = 40,
        permission = KernelPermissions.AUDIT_READ)
public class AuditView implements CrmView {
    public static final String ID = "audit";

    private final AuditTrail trail;
    private final AccessGuard guard;

    @Activate
    public AuditView(@Reference AuditTrail trail, @Reference AccessGuard guard) {
        this.trail = trail;
        this.guard = guard;
    }

    @Override
    public View create(UiContext context) {
        return new AuditScreen(context, trail, guard.allows(context.caller(), KernelPermissions.AUDIT_EXPORT));
    }
}
