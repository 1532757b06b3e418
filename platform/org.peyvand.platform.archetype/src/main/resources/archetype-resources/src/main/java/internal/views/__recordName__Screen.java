package ${package}.internal.views;

import java.time.ZoneId;

import ${package}.${recordName};
import ${package}.${recordName}Service;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ListScreen;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.themes.ValoTheme;

/** The list: search by name, keyset-paged grid, new and open in the editor. */
final class ${recordName}Screen extends ListScreen<${recordName}> {
    private static final long serialVersionUID = 1L;
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private final transient ${recordName}Service service;
    private final transient CustomFields custom;

    ${recordName}Screen(UiContext context, ${recordName}Service service, CustomFields custom) {
        super(context, "${moduleId}.menu", "${moduleId}.count", ${recordName}Service.SORT_NAME);
        this.service = service;
        this.custom = custom;
        setId("view-${moduleId}");

        grid.addColumn(${recordName}::name).setId("name").setCaption(label("${moduleId}.field.name")).setSortProperty(${recordName}Service.SORT_NAME);
        grid.addColumn(${recordName}::owner).setId("owner").setCaption(label("${moduleId}.field.owner")).setSortable(false);
        grid.addColumn(row -> context.format().dateTime(row.createdAt(), TEHRAN)).setId("createdAt")
                .setCaption(label("${moduleId}.field.createdAt")).setSortProperty(${recordName}Service.SORT_CREATED);
        columnsAdded("name");

        Button create = new Button(label("ui.action.new"), VaadinIcons.PLUS);
        create.setId("${moduleId}-new");
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        create.addClickListener(e -> edit(null));
        addAction(create);
    }

    @Override
    protected Page<${recordName}> page(String query, PageRequest request) {
        return service.list(context.caller(), query, request);
    }

    @Override
    protected long count(String query) {
        return service.count(context.caller(), query);
    }

    @Override
    protected void open(${recordName} row) {
        edit(row);
    }

    @Override
    protected void openById(long id) {
        try {
            edit(service.get(context.caller(), id));
        } catch (CrmException e) {
            context.showError(e);
        }
    }

    private void edit(${recordName} row) {
        getUI().addWindow(new ${recordName}Editor(context, service, custom, row, this::refresh));
    }

    private String label(String key) {
        return context.messages().get(key);
    }
}
