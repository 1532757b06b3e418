package org.peyvand.module.tickets;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;

/**
 * Tickets: raised from any channel, moved along their lifecycle, answered, and timed against the
 * SLA policy of their priority and customer tier on their handling unit's business calendar.
 * Every method checks the caller's permission first; tickets outside the caller's record scope
 * answer as not found.
 */
@ProviderType
public interface TicketService {

    /** The sort of {@link #queue}: most urgent first. */
    String QUEUE_SORT = "due";

    Ticket get(Caller caller, long id);

    /**
     * A queue's open tickets within the caller's scope, most urgent first: by resolution due time,
     * then those waiting for their customer. Keyset-paged; the page's sort is {@link #QUEUE_SORT}.
     */
    Page<Ticket> queue(Caller caller, TicketQueue queue, PageRequest page);

    /** A new ticket in its creator's unit's queue, its SLA clocks running from now. */
    Ticket create(Caller caller, TicketInput input);

    /** Changes what was entered; a closed ticket is refused until it is reopened. */
    Ticket update(Caller caller, long id, TicketInput input, long expectedVersion);

    /** Moves the ticket along its lifecycle ({@link TicketStatus#next()}); its clocks follow. */
    Ticket changeStatus(Caller caller, long id, TicketStatus status, long expectedVersion);

    /**
     * Gives the ticket to a colleague (who then holds it in their cartable) or back to a unit's queue;
     * a new or reopened ticket becomes assigned.
     *
     * @param assignee null to leave it in the unit's queue
     */
    Ticket assign(Caller caller, long id, long unitId, String assignee, long expectedVersion);

    /** Answers the customer; the first answer meets or breaches the first-response target. */
    TicketMessage reply(Caller caller, long id, String body);

    /** A note for the team only. */
    TicketMessage note(Caller caller, long id, String body);

    /**
     * Records the customer's answer to the satisfaction question asked once the ticket is resolved:
     * a score from 1 to 5, given once.
     */
    Ticket rate(Caller caller, long id, int score, long expectedVersion);

    /** The replies and notes, oldest first. */
    List<TicketMessage> messages(Caller caller, long id);
}
