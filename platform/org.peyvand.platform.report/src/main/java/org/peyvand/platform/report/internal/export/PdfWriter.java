package org.peyvand.platform.report.internal.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;

/**
 * A PDF of the report's table in Vazirmatn, landscape when it has many columns. Persian is shaped
 * and ordered by OpenPDF's own bidi line layout ({@link com.lowagie.text.pdf.BidiLine} with its
 * Arabic ligaturizer), which runs whenever a cell has an explicit run direction: right to left for
 * a right-to-left language, left to right otherwise (Persian names in an English export still join
 * up). OpenPDF's newer glyph layout ({@code LayoutProcessor}) stays off: on top of that it reverses
 * Persian a second time. Every page carries the organisation, the title and the export date at its
 * top and its number at its foot. Rows go to the document in batches of {@value #BATCH}, so the
 * table never holds more.
 */
final class PdfWriter implements TableWriter {
    static final int BATCH = 200;
    /** Up to this many columns fit a portrait page. */
    private static final int PORTRAIT_COLUMNS = 5;
    private static final String REGULAR = "/CRM-INF/fonts/Vazirmatn-Regular.ttf";
    private static final String BOLD = "/CRM-INF/fonts/Vazirmatn-Bold.ttf";

    private final ExportLayout layout;
    private final Document document;
    private final PdfPTable table;
    private final Font font;
    private final int direction;
    private int pending;
    private boolean anyRow;

    PdfWriter(OutputStream out, ExportLayout layout) {
        this.layout = layout;
        this.direction = layout.rightToLeft() ? com.lowagie.text.pdf.PdfWriter.RUN_DIRECTION_RTL
                : com.lowagie.text.pdf.PdfWriter.RUN_DIRECTION_LTR;
        Rectangle page = layout.columns().size() > PORTRAIT_COLUMNS ? PageSize.A4.rotate() : PageSize.A4;
        document = new Document(page, 28, 28, 64, 40);
        BaseFont regular = font(REGULAR);
        font = new Font(regular, 9);
        Font bold = new Font(font(BOLD), 9);
        com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Margins(new Font(regular, 9), new Font(font(BOLD), 11)));
        document.open();
        table = new PdfPTable(layout.columns().size());
        table.setWidthPercentage(100);
        table.setRunDirection(direction);
        table.setHeaderRows(1);
        // a large table: what was added goes to the page and is forgotten
        table.setComplete(false);
        for (int i = 0; i < layout.columns().size(); i++) {
            PdfPCell heading = cell(layout.heading(i), bold);
            heading.setBackgroundColor(new Color(0xE0, 0xE0, 0xE0));
            table.addCell(heading);
        }
    }

    @Override
    public void row(Object[] values) {
        for (Object value : values) {
            table.addCell(cell(layout.text(value), font));
        }
        anyRow = true;
        if (++pending == BATCH) {
            add();
        }
    }

    @Override
    public void finish() {
        if (!anyRow) {
            // a table of headings alone is never drawn, and a document without pages cannot be closed
            table.setHeaderRows(0);
        }
        table.setComplete(true);
        add();
        document.close();
    }

    @Override
    public void close() {
        if (document.isOpen()) {
            try {
                document.close();
            } catch (ExceptionConverter empty) {
                // an unfinished document with no page yet: it is thrown away all the same
            }
        }
    }

    private void add() {
        try {
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        pending = 0;
    }

    private PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setRunDirection(direction);
        cell.setPadding(3);
        cell.setBorderColor(Color.LIGHT_GRAY);
        return cell;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The organisation and title at the top of every page, the export date across from them, the page's number at its foot. */
    private final class Margins extends PdfPageEventHelper {
        private final Font small;
        private final Font heading;

        Margins(Font small, Font heading) {
            this.small = small;
            this.heading = heading;
        }

        @Override
        public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            float top = page.getTop() - 30;
            // in a right-to-left document the start of the line is the right side
            float start = layout.rightToLeft() ? page.getRight() - document.rightMargin() : page.getLeft() + document.leftMargin();
            float end = layout.rightToLeft() ? page.getLeft() + document.leftMargin() : page.getRight() - document.rightMargin();
            String title = layout.organisation().isBlank() ? layout.title() : layout.organisation() + " — " + layout.title();
            ColumnText.showTextAligned(writer.getDirectContent(), layout.rightToLeft() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                    new Phrase(title, heading), start, top, 0, direction, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), layout.rightToLeft() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT,
                    new Phrase(layout.exportedLine(), small), end, top, 0, direction, 0);
            String number = layout.messages().get("report.export.page", layout.format().digits(String.valueOf(writer.getPageNumber())));
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(number, small),
                    (page.getLeft() + page.getRight()) / 2, page.getBottom() + 20, 0, direction, 0);
        }
    }
}
