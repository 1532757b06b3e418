package org.peyvand.ui.admin.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodeSvgTest {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern DARK_RUN = Pattern.compile("<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"1\" fill=\"#000\"/>");
    private static final int SCALE = 4;
    private static final String URI = "otpauth://totp/Peyvand:admin?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Peyvand";

    @Test
    void drawsEveryDarkModuleOfTheCode() {
        String svg = QrCodeSvg.of(URI);
        BitMatrix expected = QrCodeSvg.encode(URI);
        boolean[][] drawn = draw(svg);
        assertThat(drawn.length).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(drawn[y][x]).as("module %d,%d", x, y).isEqualTo(expected.get(x, y));
            }
        }
    }

    @Test
    void aReaderDecodesTheDrawingBackToTheUri() throws Exception {
        boolean[][] drawn = draw(QrCodeSvg.of(URI));
        int size = drawn.length * SCALE;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = drawn[y / SCALE][x / SCALE] ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URI);
    }

    @Test
    void keepsTheQuietZoneWhite() {
        boolean[][] drawn = draw(QrCodeSvg.of(URI));
        for (int i = 0; i < drawn.length; i++) {
            assertThat(drawn[0][i] || drawn[i][0] || drawn[3][i] || drawn[i][3]).isFalse();
        }
    }

    /** The modules the SVG paints dark, read back from its rectangles. */
    private static boolean[][] draw(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        boolean[][] modules = new boolean[Integer.parseInt(box.group(2))][Integer.parseInt(box.group(1))];
        Matcher run = DARK_RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            for (int i = 0; i < Integer.parseInt(run.group(3)); i++) {
                modules[y][x + i] = true;
            }
        }
        return modules;
    }
}
