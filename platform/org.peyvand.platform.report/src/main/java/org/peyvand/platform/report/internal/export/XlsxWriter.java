package org.peyvand.platform.report.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.peyvand.platform.report.internal.query.ReportQuery;

/**
 * An Excel workbook written as a stream: POI keeps the last {@value #WINDOW} rows in memory and
 * flushes the rest to a temporary file. One sheet, right to left for a right-to-left language, with
 * the organisation, title and export date above the column headings. Numbers stay numbers; dates are
 * Excel dates for the Gregorian calendar and Jalali text for the Jalali one, which Excel cannot show.
 */
final class XlsxWriter implements TableWriter {
    static final int WINDOW = 100;
    /** The longest text an Excel cell holds. */
    private static final int CELL_TEXT = 32_767;

    private final OutputStream out;
    private final ExportLayout layout;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle whole;
    private final CellStyle decimal;
    private final CellStyle day;
    private final CellStyle time;
    private int next;

    XlsxWriter(OutputStream out, ExportLayout layout) {
        this.out = out;
        this.layout = layout;
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(layout.title()));
        sheet.setRightToLeft(layout.rightToLeft());
        whole = numberStyle("#,##0");
        decimal = numberStyle("#,##0.######");
        day = numberStyle("yyyy-mm-dd");
        time = numberStyle("yyyy-mm-dd hh:mm");
        CellStyle bold = bold(false);
        if (!layout.organisation().isBlank()) {
            text(sheet.createRow(next++), 0, layout.organisation()).setCellStyle(bold);
        }
        text(sheet.createRow(next++), 0, layout.title()).setCellStyle(bold);
        text(sheet.createRow(next++), 0, layout.exportedLine());
        next++;
        Row headings = sheet.createRow(next++);
        CellStyle heading = bold(true);
        for (int i = 0; i < layout.columns().size(); i++) {
            String text = layout.heading(i);
            text(headings, i, text).setCellStyle(heading);
            sheet.setColumnWidth(i, Math.min(60, Math.max(14, text.length() + 4)) * 256);
        }
        sheet.createFreezePane(0, next);
    }

    @Override
    public void row(Object[] values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Long number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(whole);
            } else if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(decimal);
            } else if (value instanceof LocalDate date && !layout.persian()) {
                cell.setCellValue(date);
                cell.setCellStyle(day);
            } else if (value instanceof Instant instant && !layout.persian()) {
                cell.setCellValue(LocalDateTime.ofInstant(instant, ReportQuery.TEHRAN));
                cell.setCellStyle(time);
            } else {
                String text = layout.text(value);
                cell.setCellValue(text.length() > CELL_TEXT ? text.substring(0, CELL_TEXT) : text);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        // removes the temporary files the streamed rows went to
        workbook.close();
    }

    private static Cell text(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        return cell;
    }

    private CellStyle numberStyle(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private CellStyle bold(boolean shaded) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        if (shaded) {
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
