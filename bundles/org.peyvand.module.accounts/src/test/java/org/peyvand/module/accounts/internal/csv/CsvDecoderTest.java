package org.peyvand.module.accounts.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvDecoderTest {
    private static final String TEXT = "نام,کد ملی\nعلي,0499370899\n";

    @Test
    void readsUtf8WithABom() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        assertThat(CsvDecoder.decode(bytes)).isEqualTo(TEXT);
    }

    @Test
    void readsUtf8WithoutABom() {
        assertThat(CsvDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void readsWhatIsNotUtf8AsWindows1256() {
        // The code page of Persian Windows: ک is 0x98, the Arabic yeh 0xED.
        String text = "نام,کد ملي\nعلي,0499370899\n";
        byte[] bytes = text.getBytes(CsvDecoder.WINDOWS_1256);

        assertThat(bytes).contains((byte) 0x98, (byte) 0xED);
        assertThat(CsvDecoder.decode(bytes)).isEqualTo(text);
    }

    @Test
    void readsPlainAsciiAsItIs() {
        assertThat(CsvDecoder.decode("firstName,lastName\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("firstName,lastName\n");
    }
}
