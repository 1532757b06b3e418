package org.peyvand.ui.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.DashboardWidget;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.platform.report.WidgetKind;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The widgets of a dashboard being edited, a row each: the saved report it shows, as what, how many
 * of the four columns it spans; moved up or down, removed, or added at the end.
 */
final class WidgetsField extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient Messages messages;
    private final transient DashboardDraft draft;
    /** The reports' titles by key, the reports the user sees by title. */
    private final Map<String, String> titles = new LinkedHashMap<>();
    /** Each field by the path the service names it, as {@code widgets[0].report}. */
    private final Map<String, AbstractComponent> parts = new HashMap<>();

    WidgetsField(UiContext context, DashboardDraft draft, List<SavedReport> reports) {
        this.context = context;
        this.messages = context.messages();
        this.draft = draft;
        String language = messages.locale().getLanguage();
        reports.forEach(r -> titles.put(r.key(), Titles.of(r.definition(), language, messages)));
        setId("dashboard-edit-widgets");
        addStyleName("crm-report-section");
        setWidth("100%");
        render();
    }

    /** The fields by path, this section itself as {@code widgets}, for marking what the service refuses. */
    Map<String, AbstractComponent> parts() {
        return Map.copyOf(parts);
    }

    /** A report named by its key, as the service names it in what it refuses, by its title; anything else as it is. */
    Object titled(Object argument) {
        return argument instanceof String key && titles.containsKey(key) ? titles.get(key) : argument;
    }

    private void render() {
        removeAllComponents();
        parts.clear();
        parts.put("widgets", this);
        Label heading = new Label(messages.get("report.ui.dashboard.widgets"));
        heading.addStyleName("crm-report-section-title");
        addComponent(heading);
        List<DashboardWidget> widgets = draft.widgets();
        for (int i = 0; i < widgets.size(); i++) {
            addComponent(row(widgets.get(i), i, widgets.size()));
        }
        Button add = button("report.ui.add", VaadinIcons.PLUS, "dashboard-edit-widget-add", draft::add);
        add.addStyleName(ValoTheme.BUTTON_SMALL);
        addComponent(add);
    }

    private CssLayout row(DashboardWidget widget, int index, int count) {
        String id = "dashboard-edit-widget-" + index;
        String path = "widgets[" + index + "]";
        ComboBox<String> report = new ComboBox<>(null, reportKeys(widget.report()));
        report.setId(id + "-report");
        report.setWidth("240px");
        report.setPlaceholder(messages.get("report.ui.dashboard.report"));
        report.setItemCaptionGenerator(key -> titles.getOrDefault(key, key));
        report.setEmptySelectionAllowed(false);
        report.setValue(widget.report());
        report.addValueChangeListener(e -> change(index, w -> new DashboardWidget(w.kind(), e.getValue(), w.title(), w.width())));
        ComboBox<WidgetKind> kind = new ComboBox<>(null, List.of(WidgetKind.values()));
        kind.setId(id + "-kind");
        kind.setWidth("130px");
        kind.setItemCaptionGenerator(k -> messages.get("report.ui.widget." + k.name()));
        kind.setEmptySelectionAllowed(false);
        kind.setValue(widget.kind());
        kind.addValueChangeListener(e -> change(index, w -> new DashboardWidget(e.getValue(), w.report(), w.title(), w.width())));
        ComboBox<Integer> width = new ComboBox<>(null, IntStream.rangeClosed(1, DashboardWidget.COLUMNS).boxed().toList());
        width.setId(id + "-width");
        width.setWidth("130px");
        width.setItemCaptionGenerator(n -> messages.get("report.ui.dashboard.columns", context.format().number(n),
                context.format().number(DashboardWidget.COLUMNS)));
        width.setEmptySelectionAllowed(false);
        width.setValue(widget.span());
        width.addValueChangeListener(e -> change(index, w -> new DashboardWidget(w.kind(), w.report(), w.title(), e.getValue())));
        parts.put(path + ".report", report);
        parts.put(path + ".kind", kind);
        parts.put(path + ".width", width);
        CssLayout row = new CssLayout(report, kind, width);
        row.addStyleName("crm-report-row");
        row.setId(id);
        parts.put(path, row);
        Button up = button(null, VaadinIcons.ARROW_UP, id + "-up", () -> draft.move(index, -1));
        up.setDescription(messages.get("report.ui.up"));
        up.setEnabled(index > 0);
        Button down = button(null, VaadinIcons.ARROW_DOWN, id + "-down", () -> draft.move(index, 1));
        down.setDescription(messages.get("report.ui.down"));
        down.setEnabled(index < count - 1);
        Button remove = button(null, VaadinIcons.CLOSE_SMALL, id + "-remove", () -> draft.remove(index));
        remove.setDescription(messages.get("report.ui.remove"));
        for (Button b : List.of(up, down, remove)) {
            b.addStyleNames(ValoTheme.BUTTON_ICON_ONLY, ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_BORDERLESS);
            row.addComponent(b);
        }
        return row;
    }

    /** The reports to pick from, and the one shown already though the user no longer sees it, so that it is kept. */
    private List<String> reportKeys(String current) {
        List<String> keys = new ArrayList<>(titles.keySet());
        if (current != null && !titles.containsKey(current)) {
            keys.add(current);
        }
        return keys;
    }

    /** Changes one part of a widget, keeping the parts changed before it in the same row. */
    private void change(int index, UnaryOperator<DashboardWidget> changing) {
        draft.set(index, changing.apply(draft.widgets().get(index)));
    }

    /** A button that changes the draft and shows it again. */
    private Button button(String captionKey, VaadinIcons icon, String id, Runnable change) {
        Button button = new Button(captionKey == null ? null : messages.get(captionKey), icon);
        button.setId(id);
        button.addClickListener(e -> {
            change.run();
            render();
        });
        return button;
    }
}
