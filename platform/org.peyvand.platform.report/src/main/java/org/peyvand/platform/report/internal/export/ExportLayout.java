package org.peyvand.platform.report.internal.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.ResultColumn;
import org.peyvand.platform.report.internal.query.ReportQuery;

/**
 * What a file shows besides the rows, in the caller's language, calendar and digits: the
 * organisation, the report's title, when it was exported and each column's heading; and how a
 * cell reads as text. The organisation's name may be blank, to leave it out.
 */
public final class ExportLayout {
    private final String organisation;
    private final String title;
    private final Instant exportedAt;
    private final List<ResultColumn> columns;
    private final Messages messages;
    private final boolean rightToLeft;
    private final boolean persian;
    /** Made once: every cell of a large export is formatted with it. */
    private final DisplayFormat format;

    public ExportLayout(String organisation, String title, Instant exportedAt, List<ResultColumn> columns, DisplayPreferences preferences,
            Messages messages) {
        this.organisation = organisation;
        this.title = title;
        this.exportedAt = exportedAt;
        this.columns = List.copyOf(columns);
        this.messages = messages;
        this.rightToLeft = preferences.rightToLeft();
        this.persian = "fa".equals(preferences.locale().getLanguage());
        this.format = DisplayFormat.of(preferences);
    }

    public String organisation() {
        return organisation;
    }

    public String title() {
        return title;
    }

    public List<ResultColumn> columns() {
        return columns;
    }

    public Messages messages() {
        return messages;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public boolean persian() {
        return persian;
    }

    public DisplayFormat format() {
        return format;
    }

    /** "Exported 1405/01/10 12:00" in the caller's calendar and digits, Tehran's time. */
    public String exportedLine() {
        return messages.get("report.export.exportedAt", format().dateTime(exportedAt, ReportQuery.TEHRAN));
    }

    /** A column's heading: its field's label, with the aggregate for one ("Sum of amount"). */
    public String heading(int column) {
        ResultColumn shown = columns.get(column);
        String label = persian() ? shown.label().fa() : shown.label().en();
        if (shown.aggregate() == null || shown.field() == null) {
            return label;
        }
        return messages.get("report.aggregate." + shown.aggregate().name(), label);
    }

    /** A cell as text: dates and times in the caller's calendar, numbers in their digits, yes or no. */
    public String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate day) {
            return format.date(day);
        }
        if (value instanceof Instant time) {
            return format.dateTime(time, ReportQuery.TEHRAN);
        }
        if (value instanceof Long whole) {
            return format.number(whole);
        }
        if (value instanceof BigDecimal decimal) {
            return format.decimal(decimal);
        }
        if (value instanceof Boolean yes) {
            return messages.get(yes ? "report.export.yes" : "report.export.no");
        }
        return value.toString();
    }

    /** A file name from the title: what file systems refuse replaced, the format's extension added. */
    public static String fileName(String title, String extension) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (name.isEmpty() ? "report" : name) + "." + extension.toLowerCase(Locale.ROOT);
    }
}
