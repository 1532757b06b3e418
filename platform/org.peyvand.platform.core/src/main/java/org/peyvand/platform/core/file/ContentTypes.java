package org.peyvand.platform.core.file;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * A file's content type from its first bytes: images and PDF by their signatures, office files (ZIP
 * containers) by their name once the signature says ZIP; anything else is plain bytes. What a
 * client claims is never taken, so nothing uploaded is served as HTML or script.
 */
public final class ContentTypes {
    public static final String BYTES = "application/octet-stream";
    private static final Map<String, String> OFFICE = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "zip", "application/zip");

    private ContentTypes() {
    }

    /** @param head the file's first bytes (16 are enough) */
    public static String of(String name, byte[] head) {
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (head.length >= 12 && starts(head, 'R', 'I', 'F', 'F')
                && "WEBP".equals(new String(Arrays.copyOfRange(head, 8, 12), StandardCharsets.US_ASCII))) {
            return "image/webp";
        }
        if (starts(head, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(head, 'P', 'K', 3, 4)) {
            int dot = name.lastIndexOf('.');
            return OFFICE.getOrDefault(dot < 0 ? "zip" : name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/zip");
        }
        return BYTES;
    }

    private static boolean starts(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
