package ${package}.internal.views;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ${package}.${recordName}Service;
import ${package}.internal.Permissions;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The module's screen in the workspace menu, for users who may read its records. */
@Component(service = CrmView.class)
@MenuItem(id = ${recordName}View.ID, title = "${moduleId}.menu", icon = "PUZZLE_PIECE", section = "crm", order = 100,
        permission = Permissions.READ, records = Permissions.TYPE)
public class ${recordName}View implements CrmView {
    public static final String ID = "${moduleId}";

    private final ${recordName}Service service;
    private final CustomFields custom;

    @Activate
    public ${recordName}View(@Reference ${recordName}Service service, @Reference CustomFields custom) {
        this.service = service;
        this.custom = custom;
    }

    @Override
    public View create(UiContext context) {
        return new ${recordName}Screen(context, service, custom);
    }
}
