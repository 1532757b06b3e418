package org.peyvand.platform.form;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a module keeps about other modules' records and removes when one of them is deleted (it
 * hears of that through {@code crm/record/<type>/deleted}): relation links, notes, list
 * memberships. Registered by that module as a service; the faces show the counts before a delete,
 * so nobody loses them unasked.
 */
@ConsumerType
public interface RecordLinkProvider {

    /** What this module holds about the record, whoever may see it; empty when nothing. */
    List<RecordLinkCount> linksTo(String type, long id);
}
