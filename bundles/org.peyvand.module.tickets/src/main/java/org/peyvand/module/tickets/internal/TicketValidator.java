package org.peyvand.module.tickets.internal;

import java.util.function.Predicate;

import org.peyvand.module.tickets.SlaPolicy;
import org.peyvand.module.tickets.TicketChannel;
import org.peyvand.module.tickets.TicketInput;
import org.peyvand.platform.core.error.Validator;

/** Checks what a user entered for a ticket, naming each field at fault, and gives it back trimmed. */
final class TicketValidator {
    static final int SUBJECT_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int PRODUCT_MAX = 200;
    static final int MESSAGE_MAX = 4000;

    private TicketValidator() {
    }

    /**
     * @param accountSeen whether the caller may see the organisation with this id
     * @param contactSeen whether the caller may see the person with this id
     * @param tierKnown   whether an SLA policy names this tier
     */
    static TicketInput validate(TicketInput input, Predicate<Long> accountSeen, Predicate<Long> contactSeen, Predicate<String> tierKnown) {
        String subject = trimmed(input.subject());
        String description = trimmed(input.description());
        String product = trimmed(input.product());
        String tier = input.tier() == null || input.tier().isBlank() ? SlaPolicy.STANDARD : input.tier().strip();
        Validator validator = new Validator();
        validator.required(subject, "subject").maxLength(subject, SUBJECT_MAX, "subject")
                .maxLength(description, DESCRIPTION_MAX, "description")
                .maxLength(product, PRODUCT_MAX, "product")
                .check(input.priority() != null, "priority", "core.error.required")
                .check(tierKnown.test(tier), "tier", "tickets.error.unknownTier")
                .check(input.accountId() == null || accountSeen.test(input.accountId()), "accountId", "tickets.error.accountMissing")
                .check(input.contactId() == null || contactSeen.test(input.contactId()), "contactId", "tickets.error.contactMissing")
                .throwIfInvalid();
        TicketChannel channel = input.channel() == null ? TicketChannel.WORKSPACE : input.channel();
        return new TicketInput(subject, description, channel, input.priority(), tier, input.accountId(), input.contactId(), product);
    }

    static String message(String body) {
        String text = trimmed(body);
        new Validator().required(text, "body").maxLength(text, MESSAGE_MAX, "body").throwIfInvalid();
        return text;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
