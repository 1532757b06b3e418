package org.peyvand.ui.workflow.internal.designer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** The diagram a new process starts from: an executable process with its start event. */
final class NewProcess {

    private NewProcess() {
    }

    /** A key no one chose yet ({@code Process_k3x9q2}), which the designer may rename. */
    static String key() {
        StringBuilder key = new StringBuilder("Process_");
        ThreadLocalRandom.current().ints(6, 0, 36).forEach(i -> key.append(Character.forDigit(i, 36)));
        return key.toString();
    }

    static String xml(String key, String name, String startName) {
        try (InputStream template = NewProcess.class.getResourceAsStream("new-process.bpmn")) {
            return new String(template.readAllBytes(), StandardCharsets.UTF_8).replace("{key}", key).replace("{name}", escape(name))
                    .replace("{start}", escape(startName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
