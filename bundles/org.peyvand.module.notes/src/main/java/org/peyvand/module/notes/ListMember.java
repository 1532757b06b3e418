package org.peyvand.module.notes;

/** A record in a list, named as the caller may see it ({@code null} when its module is away). */
public record ListMember(long recordId, String name) {
}
