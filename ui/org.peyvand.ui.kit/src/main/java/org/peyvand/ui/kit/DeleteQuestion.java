package org.peyvand.ui.kit;

import java.util.List;
import java.util.stream.Collectors;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.RecordLinkCount;

/**
 * The question before a record is deleted: the screen's own, then, one per line, what the installed
 * modules keep about the record and remove with it, so nobody loses links unasked.
 */
public final class DeleteQuestion {
    private DeleteQuestion() {
    }

    public static String of(Messages messages, String question, List<RecordLinkCount> links) {
        if (links.isEmpty()) {
            return question;
        }
        return question + "\n" + messages.get("ui.confirm.deleteLinks") + "\n"
                + links.stream().map(link -> "• " + messages.get(link.labelKey(), link.count())).collect(Collectors.joining("\n"));
    }
}
