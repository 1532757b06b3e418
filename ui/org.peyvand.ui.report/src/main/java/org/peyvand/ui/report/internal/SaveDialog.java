package org.peyvand.ui.report.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportShare;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.CssLayout;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;

/**
 * Saves a report under its title in Persian and English, shared with colleagues, roles or units
 * (a unit's people and those of the units under it); the library checks the report runs.
 */
final class SaveDialog extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient ReportServices services;
    private final transient Messages messages;
    private final TextField titleFa;
    private final TextField titleEn;
    private final RefusalList refusals = new RefusalList("report-save-refusals");
    private final SharesField shares;

    private SaveDialog(UiContext context, ReportServices services, ReportDefinition definition, List<ReportShare> shares,
            Consumer<SavedReport> saved) {
        super(context.messages().get("report.ui.save"));
        this.context = context;
        this.services = services;
        this.messages = context.messages();
        this.shares = new SharesField(context, services, shares);
        setId("report-save-dialog");
        setModal(true);
        setWidth("640px");
        addStyleName("crm-dialog");
        LocalizedText title = definition.title();
        titleFa = new TextField(messages.get("report.ui.titleFa"), title == null || title.fa() == null ? "" : title.fa());
        titleFa.setId("report-save-title-fa");
        titleFa.setWidth("100%");
        titleEn = new TextField(messages.get("report.ui.titleEn"), title == null || title.en() == null ? "" : title.en());
        titleEn.setId("report-save-title-en");
        titleEn.setWidth("100%");
        titleEn.addStyleName("crm-ltr");

        CssLayout buttons = SaveButtons.of(messages, "report-save-confirm", "report-save-cancel", () -> save(definition, saved), this::close);
        VerticalLayout content = new VerticalLayout(titleFa, titleEn, this.shares, refusals, buttons);
        setContent(content);
    }

    static void open(UiContext context, ReportServices services, ReportDefinition definition, List<ReportShare> shares,
            Consumer<SavedReport> saved) {
        UI.getCurrent().addWindow(new SaveDialog(context, services, definition, shares, saved));
    }

    private void save(ReportDefinition definition, Consumer<SavedReport> saved) {
        Map<String, Consumer<String>> marks = Map.of("title", RefusalList.markOn(titleFa), "title.en", RefusalList.markOn(titleEn),
                "shares", shares::refuse);
        refusals.clear(marks);
        ReportDefinition titled = new ReportDefinition(definition.key(), LocalizedText.of(titleFa.getValue().strip(), titleEn.getValue().strip()),
                definition.recordType(), definition.groups(), definition.columns(), definition.filters(), definition.sorts(), definition.chart());
        try {
            SavedReport report = services.library().save(context.caller(), titled, shares.value());
            close();
            saved.accept(report);
        } catch (ValidationException refused) {
            refusals.show(refused, marks, error -> messages.get(error.messageKey(), error.args().toArray()));
        } catch (RuntimeException failed) {
            context.showError(failed);
        }
    }
}
