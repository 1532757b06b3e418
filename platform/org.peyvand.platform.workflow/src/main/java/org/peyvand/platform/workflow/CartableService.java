package org.peyvand.platform.workflow;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;

/**
 * Each user's cartable (کارتابل): user tasks of processes and referrals of records. Every change
 * of hands is kept in the item's trail.
 */
@ProviderType
public interface CartableService {

    /** Open items first by due date, then the rest; keyset paged. */
    Page<WorkItem> cartable(Caller caller, CartableBox box, PageRequest page);

    /** How many items {@link #cartable} lists in the box. */
    long count(Caller caller, CartableBox box);

    /** How many open items the caller holds and may claim, for the menu badge. */
    int openCount(Caller caller);

    WorkItem get(Caller caller, long id);

    /** Takes an item offered to the caller's unit or role. */
    WorkItem claim(Caller caller, long id);

    /**
     * Finishes the item. A task with a form is completed with the form's values, which are checked
     * as the form says and set as process variables; the process moves on in the same transaction.
     * A referral closes back to the one who referred it.
     *
     * @throws org.peyvand.platform.core.error.ConflictException when someone else completed it first
     */
    WorkItem complete(Caller caller, long id, Map<String, Object> values, String comment);

    /** Hands the item to a person or unit for action; it comes back to the caller when they complete it. */
    WorkItem refer(Caller caller, long id, Referral referral);

    /** Hands the item over for good: the receiver answers to whoever the caller answered to. */
    WorkItem forward(Caller caller, long id, Referral referral);

    /** Sends the item back to whoever referred it to the caller. */
    WorkItem giveBack(Caller caller, long id, String comment);

    /** Stops the item's SLA clock; {@link #resumeSla} starts it again with the working time that was left. */
    WorkItem pauseSla(Caller caller, long id, String reason);

    WorkItem resumeSla(Caller caller, long id);

    /** Refers a record (an activity, a ticket, a letter) to a person or unit as a new tracked item. */
    WorkItem referRecord(Caller caller, String recordType, String recordId, String title, Referral referral);

    List<TrailStep> trail(Caller caller, long id);

    /** Every item, open or closed, about a record, newest first. */
    List<WorkItem> itemsOf(Caller caller, String recordType, String recordId);
}
