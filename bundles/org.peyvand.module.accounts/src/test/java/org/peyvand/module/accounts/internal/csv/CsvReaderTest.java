package org.peyvand.module.accounts.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peyvand.module.accounts.internal.FieldErrors;
import org.peyvand.platform.core.error.ValidationException;

class CsvReaderTest {
    private static final CsvReader CONTACTS = ContactCsv.reader(CustomColumns.NONE, 100);

    private static List<CsvRow> read(String text) {
        return CONTACTS.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsRowsByApiFieldNames() {
        List<CsvRow> rows = read("firstName,lastName,mobile\nزهرا,رضایی,09121234567\nعلی,کریمی,\n");

        assertThat(rows).containsExactly(
                new CsvRow(1, Map.of("firstName", "زهرا", "lastName", "رضایی", "mobile", "09121234567"), false),
                new CsvRow(2, Map.of("firstName", "علی", "lastName", "کریمی"), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FIRSTNAME,lastname,NationalCode",
            "First name,Last name,National code",
            "نام,نام خانوادگی,کد ملی",
            "نام,نام‌خانوادگی,كد ملي",
            " نام , نام خانوادگی , کد ملی "})
    void matchesHeadersByNameOrLabelInEitherLanguage(String header) {
        assertThat(read(header + "\nزهرا,رضایی,0499370899\n").get(0).values())
                .isEqualTo(Map.of("firstName", "زهرا", "lastName", "رضایی", "nationalCode", "0499370899"));
    }

    @Test
    void readsWindows1256Files() {
        String text = "نام,نام خانوادگي,سمت\nعلي,كريمي,مدير\n";
        List<CsvRow> rows = CONTACTS.read(text.getBytes(CsvDecoder.WINDOWS_1256));

        assertThat(rows.get(0).values()).isEqualTo(Map.of("firstName", "علي", "lastName", "كريمي", "jobTitle", "مدير"));
    }

    @Test
    void readsSemicolonAndTabSeparatedFiles() {
        assertThat(read("firstName;lastName\nزهرا;رضایی\n").get(0).get("lastName")).isEqualTo("رضایی");
        assertThat(read("firstName\tlastName\nزهرا\tرضایی\n").get(0).get("lastName")).isEqualTo("رضایی");
    }

    @Test
    void handlesQuotedValues() {
        assertThat(read("firstName,lastName,jobTitle\n\"زهرا\",\"رضایی\",\"مدیر، \"\"ارشد\"\"\nفروش\"\n").get(0).get("jobTitle"))
                .isEqualTo("مدیر، \"ارشد\"\nفروش");
    }

    @Test
    void numbersRowsAfterTheHeaderAndSkipsBlankOnes() {
        List<CsvRow> rows = read("firstName,lastName\r\na,b\r\n\r\n,\r\nc,d\r\n");

        assertThat(rows).extracting(CsvRow::number).containsExactly(1, 3);
    }

    @Test
    void skipsTheIdColumnOfExportedFiles() {
        assertThat(read("id,firstName,lastName\n12,زهرا,رضایی\n").get(0).values())
                .isEqualTo(Map.of("firstName", "زهرا", "lastName", "رضایی"));
    }

    @Test
    void ignoresValuesUnderBlankHeaderCells() {
        assertThat(read("firstName,lastName,\na,b,c\n").get(0).values()).isEqualTo(Map.of("firstName", "a", "lastName", "b"));
    }

    @Test
    void marksRowsWithMoreValuesThanColumns() {
        assertThat(read("firstName,lastName\na,b,c\n").get(0).extraValues()).isTrue();
    }

    @Test
    void undoesTheFormulaProtectionOfExports() {
        assertThat(read("firstName,lastName,mobile\na,b,'+989121234567\n").get(0).get("mobile")).isEqualTo("+989121234567");
        assertThat(read("firstName,lastName,jobTitle\na,b,'مدیر\n").get(0).get("jobTitle")).isEqualTo("'مدیر");
    }

    @Test
    void namesEveryUnknownColumn() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> read("firstName,lastName,nickname,تلفن ثابت\na,b,c,d\n"));

        assertThat(FieldErrors.describe(e.fieldErrors()))
                .containsExactly("file=accounts.import.unknownColumn", "file=accounts.import.unknownColumn");
        assertThat(e.fieldErrors()).extracting(error -> error.args().get(0)).containsExactly("nickname", "تلفن ثابت");
    }

    @Test
    void namesAMissingRequiredColumn() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> read("firstName,mobile\na,09121234567\n"));

        assertThat(FieldErrors.describe(e.fieldErrors())).containsExactly("file=accounts.import.missingColumn");
        assertThat(e.fieldErrors().get(0).args()).containsExactly("lastName");
    }

    @Test
    void refusesAColumnNamedTwice() {
        assertThat(FieldErrors.of(() -> read("firstName,lastName,نام\na,b,c\n"))).containsExactly("file=accounts.import.duplicateColumn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF", "\n\n", "\r\n"})
    void refusesAFileWithoutAHeader(String text) {
        assertThat(FieldErrors.of(() -> read(text))).containsExactly("file=accounts.import.empty");
    }

    @Test
    void acceptsAHeaderWithoutRows() {
        assertThat(read("firstName,lastName\n")).isEmpty();
    }

    @Test
    void refusesAnUnreadableFile() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> read("firstName,lastName\na,b\n\"c,d\n"));

        assertThat(FieldErrors.describe(e.fieldErrors())).containsExactly("file=accounts.import.unreadable");
        assertThat(e.fieldErrors().get(0).args()).containsExactly(3L);
    }

    @Test
    void refusesMoreRowsThanTheCap() {
        CsvReader reader = ContactCsv.reader(CustomColumns.NONE, 2);
        assertThat(reader.read("firstName,lastName\na,b\nc,d\n".getBytes(StandardCharsets.UTF_8))).hasSize(2);

        ValidationException e = assertThrows(ValidationException.class,
                () -> reader.read("firstName,lastName\na,b\nc,d\ne,f\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(FieldErrors.describe(e.fieldErrors())).containsExactly("file=accounts.import.tooManyRows");
        assertThat(e.fieldErrors().get(0).args()).containsExactly(2);
    }
}
