package org.peyvand.ui.admin.internal.profile;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as an SVG image: one square unit per module, each run of dark modules in a row one
 * rectangle. Drawn as text, so the server needs no graphics libraries; the browser scales it.
 */
final class QrCodeSvg {
    /** The quiet zone the QR specification asks for around the code, in modules. */
    private static final int QUIET_ZONE = 4;

    private QrCodeSvg() {
    }

    static String of(String text) {
        BitMatrix modules = encode(text);
        int width = modules.getWidth();
        int height = modules.getHeight();
        StringBuilder svg = new StringBuilder(16 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" shape-rendering=\"crispEdges\">");
        svg.append("<rect width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#fff\"/>");
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && modules.get(x, y)) {
                    x++;
                }
                svg.append("<rect x=\"").append(start).append("\" y=\"").append(y).append("\" width=\"").append(x - start)
                        .append("\" height=\"1\" fill=\"#000\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Asking for size 0 gives the smallest matrix: one pixel per module, quiet zone included. */
    static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit in a QR code", e);
        }
    }
}
