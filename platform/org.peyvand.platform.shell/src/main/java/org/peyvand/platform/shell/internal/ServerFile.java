package org.peyvand.platform.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.peyvand.platform.core.i18n.Messages;

/** A text file on the server that a command imports, read up to a bound; what cannot be read is said, not thrown. */
public final class ServerFile {

    private ServerFile() {
    }

    /** The file's text, or empty after printing why it could not be read. */
    public static Optional<String> read(String file, int maxBytes, Messages messages) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                System.out.println(messages.get("core.error.tooLarge", maxBytes));
                return Optional.empty();
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            System.out.println(messages.get("form.shell.unreadableFile", file));
            return Optional.empty();
        }
    }
}
