package org.peyvand.platform.marketplace.karaf.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How long a module installed from the marketplace has to become ready before its install is undone. */
@ObjectClassDefinition(name = "Peyvand marketplace on Karaf")
public @interface MarketplaceKarafConfig {
    String PID = "org.peyvand.platform.marketplace.karaf";

    @AttributeDefinition(description = "Seconds an installed module has to become ready")
    int readySeconds() default 120;
}
