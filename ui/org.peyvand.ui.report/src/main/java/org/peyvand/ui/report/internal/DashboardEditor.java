package org.peyvand.ui.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.Dashboard;
import org.peyvand.platform.report.SavedDashboard;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Option;

import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Makes a new dashboard or changes one of the user's: its title in Persian and English, its widgets,
 * whom it is shared with and the roles that open it first. The service checks it and names what it
 * refuses; each reason is marked on its field and listed.
 */
final class DashboardEditor extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient ReportServices services;
    private final transient Messages messages;
    private final transient DashboardDraft draft;
    private final TextField titleFa;
    private final TextField titleEn;
    private final WidgetsField widgets;
    private final SharesField shares;
    private final CheckBoxGroup<Option> defaultFor;
    private final RefusalList refusals = new RefusalList("dashboard-edit-refusals");

    private DashboardEditor(UiContext context, ReportServices services, SavedDashboard editing, List<SavedReport> reports,
            Consumer<SavedDashboard> saved) {
        super(context.messages().get(editing == null ? "report.ui.dashboard.new" : "report.ui.dashboard.editTitle"));
        this.context = context;
        this.services = services;
        this.messages = context.messages();
        this.draft = DashboardDraft.of(editing);
        setId("dashboard-editor");
        setModal(true);
        setWidth("760px");
        setHeight("90%");
        addStyleName("crm-dialog");
        LocalizedText title = editing == null || editing.dashboard().title() == null ? LocalizedText.of(null, null) : editing.dashboard().title();
        titleFa = new TextField(messages.get("report.ui.titleFa"), title.fa() == null ? "" : title.fa());
        titleFa.setId("dashboard-edit-title-fa");
        titleFa.setWidth("100%");
        titleEn = new TextField(messages.get("report.ui.titleEn"), title.en() == null ? "" : title.en());
        titleEn.setId("dashboard-edit-title-en");
        titleEn.setWidth("100%");
        titleEn.addStyleName("crm-ltr");
        widgets = new WidgetsField(context, draft, reports);
        shares = new SharesField(context, services, editing == null ? List.of() : DashboardDraft.givenShares(editing));
        defaultFor = defaultForRoles(editing == null ? List.of() : editing.dashboard().defaultFor());

        CssLayout buttons = SaveButtons.of(messages, "dashboard-edit-save", "dashboard-edit-cancel", () -> save(saved), this::close);
        setContent(new VerticalLayout(titleFa, titleEn, widgets, shares, defaultFor, refusals, buttons));
    }

    /** Opens the editor on a dashboard of the user's, or on a new one for {@code null}. */
    static void open(UiContext context, ReportServices services, SavedDashboard editing, Consumer<SavedDashboard> saved) {
        context.call(() -> services.library().list(context.caller()))
                .ifPresent(reports -> UI.getCurrent().addWindow(new DashboardEditor(context, services, editing, reports, saved)));
    }

    /** The roles to choose from, with those chosen already that the user may not list kept by name. */
    private CheckBoxGroup<Option> defaultForRoles(List<String> chosen) {
        List<Option> roles = new ArrayList<>(services.roles(context));
        Set<String> listed = roles.stream().map(o -> String.valueOf(o.value())).collect(Collectors.toSet());
        chosen.stream().filter(r -> !listed.contains(r)).forEach(r -> roles.add(new Option(r, r)));
        CheckBoxGroup<Option> group = new CheckBoxGroup<>(messages.get("report.ui.dashboard.defaultFor"), roles);
        group.setId("dashboard-edit-default-for");
        group.setWidth("100%");
        group.addStyleName(ValoTheme.OPTIONGROUP_HORIZONTAL);
        group.setItemCaptionGenerator(Option::label);
        roles.stream().filter(o -> chosen.contains(String.valueOf(o.value()))).forEach(group::select);
        return group;
    }

    private void save(Consumer<SavedDashboard> saved) {
        Map<String, Consumer<String>> marks = new HashMap<>();
        widgets.parts().forEach((path, part) -> marks.put(path, RefusalList.markOn(part)));
        marks.put("title", RefusalList.markOn(titleFa));
        marks.put("defaultFor", RefusalList.markOn(defaultFor));
        marks.put("shares", shares::refuse);
        refusals.clear(marks);
        List<String> roles = defaultFor.getSelectedItems().stream().map(o -> String.valueOf(o.value())).toList();
        Dashboard dashboard = draft.build(titleFa.getValue(), titleEn.getValue(), roles);
        try {
            SavedDashboard kept = services.dashboards().save(context.caller(), dashboard, shares.value());
            close();
            context.showSuccess(messages.get("report.ui.dashboard.saved"));
            saved.accept(kept);
        } catch (ValidationException refused) {
            refusals.show(refused, marks, error -> messages.get(error.messageKey(), error.args().stream().map(widgets::titled).toArray()));
        } catch (RuntimeException failed) {
            context.showError(failed);
        }
    }
}
