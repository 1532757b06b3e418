package org.peyvand.module.relations;

/**
 * A link as one of its ends sees it: its name in the caller's language (the inverse name when the
 * end is the link's target) and the record at the other end.
 *
 * @param outgoing  whether the record it is seen from is the link's source
 * @param other     the record at the other end
 * @param otherName that record's name; {@code null} when the caller may not see it
 */
public record RelatedLink(Link link, boolean outgoing, String name, RecordKey other, String otherName) {
}
