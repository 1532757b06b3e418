package org.peyvand.ui.admin.internal.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.FormRenderer;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.OptionLookup;

import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The form as its users will see it, rendered as the workspace renders forms, in Persian (right to
 * left) or English (left to right) whatever the designer's own language. Lookups offer nothing:
 * the preview shows the form, not records.
 */
final class FormPreview extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient FormAdministration services;
    private final transient Map<String, OptionLookup> lookups = new HashMap<>();
    private final CssLayout body = new CssLayout();
    private final Button language;
    private String shown;
    private transient FormDefinition form;

    FormPreview(UiContext context, FormAdministration services, List<String> recordTypes) {
        this.context = context;
        this.services = services;
        this.shown = context.messages().locale().getLanguage();
        recordTypes.forEach(type -> lookups.put(type, Empty.LOOKUP));
        lookups.put(RecordLookups.USERS, Empty.LOOKUP);
        lookups.put(RecordLookups.ORG_UNITS, Empty.LOOKUP);
        setId("designer-preview");
        addStyleName("crm-designer-preview");
        setWidth("100%");
        Label title = new Label(context.messages().get("admin.form.preview"));
        title.addStyleName(ValoTheme.LABEL_H3);
        language = new Button("", e -> {
            shown = "fa".equals(shown) ? "en" : "fa";
            render();
        });
        language.setId("designer-preview-language");
        language.addStyleName(ValoTheme.BUTTON_SMALL);
        CssLayout header = new CssLayout(title, language);
        header.addStyleName("crm-row");
        body.setWidth("100%");
        addComponents(header, body);
    }

    void show(FormDefinition definition) {
        this.form = definition;
        render();
    }

    private void render() {
        Messages messages = services.messages(context, shown);
        language.setCaption(context.messages().get("fa".equals(shown) ? "admin.form.previewIn.en" : "admin.form.previewIn.fa"));
        body.removeAllComponents();
        body.setStyleName("fa".equals(shown) ? "crm-dir-rtl" : "crm-dir-ltr");
        body.addComponent(new FormRenderer(messages, services.format(context, shown)).lookups(lookups).form(form).render().layout());
    }

    /** A lookup that finds no records. */
    private enum Empty implements OptionLookup {
        LOOKUP;

        @Override
        public List<Option> find(String filter, int limit) {
            return List.of();
        }

        @Override
        public Optional<Option> byValue(Object value) {
            return Optional.empty();
        }
    }
}
