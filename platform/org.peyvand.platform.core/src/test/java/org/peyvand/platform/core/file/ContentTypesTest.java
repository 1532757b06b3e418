package org.peyvand.platform.core.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void imagesAndPdfAreKnownByTheirBytesWhateverTheirName() {
        assertThat(ContentTypes.of("photo.txt", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).isEqualTo("image/png");
        assertThat(ContentTypes.of("x", bytes(0xFF, 0xD8, 0xFF, 0xE0))).isEqualTo("image/jpeg");
        assertThat(ContentTypes.of("x", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
    }

    @Test
    void officeFilesAreZipsNamedByTheirExtension() {
        byte[] zip = bytes('P', 'K', 3, 4, 0);
        assertThat(ContentTypes.of("قرارداد.DOCX", zip)).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(ContentTypes.of("archive", zip)).isEqualTo("application/zip");
    }

    @Test
    void whatAClientCallsHtmlOrScriptIsPlainBytes() {
        assertThat(ContentTypes.of("page.html", "<html><script>".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentTypes.BYTES);
        assertThat(ContentTypes.of("empty.png", new byte[0])).isEqualTo(ContentTypes.BYTES);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
