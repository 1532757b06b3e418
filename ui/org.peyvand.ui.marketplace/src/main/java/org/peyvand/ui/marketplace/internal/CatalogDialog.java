package org.peyvand.ui.marketplace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.CatalogInfo;
import org.peyvand.platform.marketplace.CatalogInput;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.ui.api.UiContext;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A new catalog: a folder on the server or the address of a signed index. The service reads it at
 * once; what it refuses is marked on the field it names and listed below the form.
 */
final class CatalogDialog extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient MarketplaceService marketplace;
    private final transient Consumer<CatalogInfo> added;
    private final transient Messages messages;
    private final TextField id = new TextField();
    private final RadioButtonGroup<CatalogKind> kind = new RadioButtonGroup<>();
    private final TextField location = new TextField();
    private final Label problems = new Label();
    private final Map<String, AbstractComponent> fields;

    CatalogDialog(UiContext context, MarketplaceService marketplace, Consumer<CatalogInfo> added) {
        super(context.messages().get("marketplace.ui.catalogs.add"));
        this.context = context;
        this.marketplace = marketplace;
        this.added = added;
        this.messages = context.messages();
        setId("catalog-dialog");
        setModal(true);
        setWidth("560px");
        addStyleName("crm-dialog");
        id.setId("catalog-id");
        id.setCaption(messages.get("marketplace.ui.catalogs.id"));
        id.setDescription(messages.get("marketplace.ui.catalogs.idHint"));
        id.addStyleName("crm-ltr");
        id.setRequiredIndicatorVisible(true);
        id.setWidth("100%");
        kind.setId("catalog-kind");
        kind.setCaption(messages.get("marketplace.ui.catalogs.kind"));
        kind.setItems(CatalogKind.FOLDER, CatalogKind.REMOTE);
        kind.setItemCaptionGenerator(k -> messages.get("marketplace.ui.kindHint." + k.name()));
        kind.setValue(CatalogKind.FOLDER);
        kind.addValueChangeListener(e -> location.setPlaceholder(placeholder()));
        location.setId("catalog-location");
        location.setCaption(messages.get("marketplace.ui.catalogs.location"));
        location.setPlaceholder(placeholder());
        location.addStyleName("crm-ltr");
        location.setRequiredIndicatorVisible(true);
        location.setWidth("100%");
        fields = Map.of("id", id, "kind", kind, "location", location);
        problems.setId("catalog-errors");
        problems.addStyleName("crm-marketplace-errors");
        problems.setWidth("100%");
        problems.setVisible(false);
        Button save = new Button(messages.get("marketplace.ui.catalogs.save"), e -> save());
        save.setId("catalog-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        save.setClickShortcut(KeyCode.ENTER);
        Button cancel = new Button(messages.get("ui.action.cancel"), e -> close());
        cancel.setId("catalog-cancel");
        CssLayout buttons = new CssLayout(save, cancel);
        buttons.addStyleName("crm-row");
        FormLayout form = new FormLayout(id, kind, location);
        form.setWidth("100%");
        setContent(new VerticalLayout(form, problems, buttons));
    }

    private String placeholder() {
        return kind.getValue() == CatalogKind.REMOTE ? "https://addons.example.ir/index.json" : "/srv/peyvand-addons";
    }

    private void save() {
        fields.values().forEach(field -> field.setComponentError(null));
        problems.setVisible(false);
        try {
            CatalogInfo catalog = marketplace.addCatalog(context.caller(),
                    new CatalogInput(id.getValue().strip(), kind.getValue(), location.getValue().strip(), true));
            close();
            added.accept(catalog);
        } catch (ValidationException invalid) {
            List<String> reasons = new ArrayList<>();
            for (FieldError refused : invalid.fieldErrors()) {
                FieldError error = FieldError.of(refused.field(), refused.messageKey(), AddonTexts.isolated(refused.args()));
                String reason = messages.get(error.messageKey(), error.args().toArray());
                AbstractComponent field = fields.get(error.field());
                if (field != null) {
                    field.setComponentError(new UserError(reason));
                }
                reasons.add(messages.describe(error, "marketplace.ui.catalogs." + error.field()));
            }
            problems.setValue(String.join("\n", reasons));
            problems.setVisible(true);
        } catch (RuntimeException refused) {
            context.showError(refused);
        }
    }
}
