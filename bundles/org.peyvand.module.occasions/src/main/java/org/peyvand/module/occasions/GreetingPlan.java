package org.peyvand.module.occasions;

import java.time.Instant;

/**
 * A greeting plan: on its occasion, each contact of its audience is greeted once through its channel
 * with its template rendered. {@code channelAvailable} is false while no channel of that id is present.
 */
public record GreetingPlan(long id, String occasion, String occasionNameFa, String occasionNameEn, String templateFa, String templateEn,
        String channel, boolean channelAvailable, boolean enabled, String owner, Instant createdAt, long version) {
}
