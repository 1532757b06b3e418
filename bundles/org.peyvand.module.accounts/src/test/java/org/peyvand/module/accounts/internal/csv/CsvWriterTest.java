package org.peyvand.module.accounts.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

    private static byte[] write(List<?>... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter writer = new CsvWriter(out, List.of("id", "name", "note"));
        for (List<?> row : rows) {
            writer.row(row);
        }
        writer.flush();
        return out.toByteArray();
    }

    @Test
    void writesUtf8WithABomAndAHeader() {
        byte[] bytes = write(List.of(1L, "فولاد", LocalDate.of(2024, 3, 20)));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("id,name,note\r\n1,فولاد,2024-03-20\r\n");
    }

    @Test
    void quotesDelimitersQuotesAndLineBreaks() {
        String text = new String(write(List.of(1L, "a,b", "say \"hi\"\nbye")), StandardCharsets.UTF_8);

        assertThat(text).endsWith("1,\"a,b\",\"say \"\"hi\"\"\nbye\"\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A2)|'=SUM(A1:A2)",
            "+989121234567|'+989121234567",
            "-2+3|'-2+3",
            "@cmd|'@cmd",
            "مدیر|مدیر",
            "a=b|a=b"})
    void protectsTextThatASpreadsheetWouldRun(String value, String written) {
        assertThat(CsvWriter.protect(value)).isEqualTo(written);
        assertThat(CsvWriter.unprotect(written)).isEqualTo(value);
    }

    @Test
    void protectsOnlyText() {
        String text = new String(write(List.of(-5L, "-x", "")), StandardCharsets.UTF_8);

        assertThat(text).endsWith("-5,'-x,\r\n");
    }
}
