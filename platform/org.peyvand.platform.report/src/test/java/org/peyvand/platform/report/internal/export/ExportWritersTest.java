package org.peyvand.platform.report.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.ResultColumn;
import org.peyvand.platform.testing.FileMessages;

/**
 * The files read back with other libraries than wrote them: POI's non-streaming reader for the
 * workbook, PDFBox's text extraction for the PDF, whose Persian must come back as it went in once
 * the shaped letters are folded back (NFKC) into the plain ones.
 */
class ExportWritersTest {
    private static final FileMessages TEXTS_FA = FileMessages.persian("report");
    private static final FileMessages TEXTS_EN = FileMessages.english("report");
    /** 10 Farvardin 1405, noon in Tehran. */
    private static final Instant EXPORTED = Instant.parse("2026-03-30T08:30:00Z");
    private static final List<ResultColumn> COLUMNS = List.of(
            new ResultColumn("name", LocalizedText.of("نام", "Name"), FieldType.TEXT, null, null),
            new ResultColumn("closedOn", LocalizedText.of("تاریخ بستن", "Closed on"), FieldType.DATE, null, null),
            new ResultColumn("amount", LocalizedText.of("مبلغ", "Amount"), FieldType.MONEY, Aggregate.SUM, null));
    private static final List<Object[]> ROWS = List.of(
            new Object[] {"شرکت پتروشیمی مارون", LocalDate.of(2026, 3, 21), 3_000_000_000L},
            new Object[] {"لاله‌زار", LocalDate.of(2026, 3, 20), 1_500L},
            new Object[] {null, null, null});

    private static ExportLayout layout(DisplayPreferences preferences, Messages messages) {
        return new ExportLayout("پیوند", "فروش ماهانه", EXPORTED, COLUMNS, preferences, messages);
    }

    private static byte[] write(TableWriter writer, ByteArrayOutputStream out) throws IOException {
        try (writer) {
            for (Object[] row : ROWS) {
                writer.row(row);
            }
            writer.finish();
        }
        return out.toByteArray();
    }

    @Test
    void aPersianWorkbookIsRightToLeftWithJalaliDatesAndNumbersAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] file = write(new XlsxWriter(out, layout(DisplayPreferences.defaults(DisplayPreferences.PERSIAN), TEXTS_FA)), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("پیوند");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("فروش ماهانه");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("تاریخ خروجی: ۱۴۰۵/۰۱/۱۰ ۱۲:۰۰");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("نام");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("جمع مبلغ");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("شرکت پتروشیمی مارون");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("۱۴۰۵/۰۱/۰۱");
            assertThat(sheet.getRow(5).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(3_000_000_000d);
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("۱۴۰۴/۱۲/۲۹");
            assertThat(sheet.getRow(7).getCell(0)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
        }
    }

    @Test
    void anEnglishWorkbookIsLeftToRightWithRealDates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] file = write(new XlsxWriter(out, layout(DisplayPreferences.defaults(java.util.Locale.ENGLISH), TEXTS_EN)), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isFalse();
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("Sum of Amount");
            assertThat(sheet.getRow(5).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 21));
            assertThat(sheet.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(1_500d);
        }
    }

    @Test
    void aPersianPdfGivesBackItsTextInReadingOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] file = write(new PdfWriter(out, layout(DisplayPreferences.defaults(DisplayPreferences.PERSIAN), TEXTS_FA)), out);

        String text;
        try (PDDocument pdf = PDDocument.load(file)) {
            text = plain(new PDFTextStripper().getText(pdf));
        }
        assertThat(text).contains(plain("پیوند — فروش ماهانه"), plain("تاریخ خروجی: ۱۴۰۵/۰۱/۱۰ ۱۲:۰۰"), plain("جمع مبلغ"),
                plain("شرکت پتروشیمی مارون"), plain("لاله‌زار"), plain("۳٬۰۰۰٬۰۰۰٬۰۰۰"), plain("۱۴۰۵/۰۱/۰۱"), plain("صفحه ۱"));
    }

    @Test
    void anEnglishPdfJoinsUpPersianNamesToo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] file = write(new PdfWriter(out, layout(DisplayPreferences.defaults(java.util.Locale.ENGLISH), TEXTS_EN)), out);

        String text;
        try (PDDocument pdf = PDDocument.load(file)) {
            text = plain(new PDFTextStripper().getText(pdf));
        }
        assertThat(text).contains("Sum of Amount", "Exported 2026-03-30 12:00", "3,000,000,000", "2026-03-21", "Page 1",
                plain("شرکت پتروشیمی مارون"));
    }

    @Test
    void aPdfOfNoRowsStillShowsItsHeadings() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = new PdfWriter(out, layout(DisplayPreferences.defaults(java.util.Locale.ENGLISH), TEXTS_EN))) {
            writer.finish();
        }

        try (PDDocument pdf = PDDocument.load(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Closed on", "Sum of Amount");
        }
    }

    /** Shaped (presentation) forms folded into plain letters, the zero-width non-joiner and line breaks dropped, spaces collapsed. */
    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\u200C", "").replaceAll("\\s+", " ");
    }
}
