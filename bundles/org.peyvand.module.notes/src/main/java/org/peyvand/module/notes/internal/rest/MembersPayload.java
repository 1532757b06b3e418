package org.peyvand.module.notes.internal.rest;

import java.util.List;

/** Record ids to add to or remove from a static list, up to a thousand in one call. */
public record MembersPayload(List<Long> recordIds) {
}
