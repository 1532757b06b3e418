package org.peyvand.platform.timeline;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.peyvand.platform.security.Caller;

/**
 * A module's entries on record timelines, registered as a service: the timeline picks up a
 * provider when its module arrives and drops it when it leaves. A provider checks the caller's
 * permission and record scope itself through its module's services and gives only what the caller
 * may see; it answers nothing (rather than refusing) for subjects it has nothing about.
 */
@ConsumerType
public interface TimelineProvider {

    /** The kinds it gives on the subject's timeline for this caller, labelled in the caller's language; empty when none. */
    List<TimelineKind> kinds(Caller caller, TimelineSubject subject);

    /**
     * The subject's entries older than {@link TimelineQuery#before()}, newest first in
     * {@link TimelinePosition#NEWEST_FIRST} order, at most {@link TimelineQuery#limit()}, only of
     * the kinds asked for. Read with index-backed queries, never a query per entry.
     */
    List<TimelineEntry> entries(Caller caller, TimelineQuery query);

    /** Its part of the timeline's header; only the module owning the subject's type names the owner. */
    default TimelineSummary summary(Caller caller, TimelineSubject subject) {
        return TimelineSummary.NONE;
    }
}
