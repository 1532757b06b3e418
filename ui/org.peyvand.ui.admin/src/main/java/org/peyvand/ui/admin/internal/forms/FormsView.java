package org.peyvand.ui.admin.internal.forms;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.form.FormPermissions;
import org.peyvand.platform.form.FormService;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** Forms and custom fields, with their designer, in the administration menu; {@code forms/<key>} opens one. */
@Component(service = CrmView.class)
@MenuItem(id = FormsView.ID, title = "admin.menu.forms", icon = "FORM", section = "admin", order = 35,
        permission = FormPermissions.READ)
public class FormsView implements CrmView {
    public static final String ID = "forms";

    private final FormAdministration services;

    @Activate
    public FormsView(@Reference FormService forms, @Reference I18nService i18n, @Reference AccessGuard guard) {
        this.services = new FormAdministration(forms, i18n, guard);
    }

    @Override
    public View create(UiContext context) {
        return new FormsScreen(context, services);
    }
}
