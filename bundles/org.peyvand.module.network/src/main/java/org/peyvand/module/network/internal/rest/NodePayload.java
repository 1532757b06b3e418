package org.peyvand.module.network.internal.rest;

import org.peyvand.module.network.NodeInput;
import org.peyvand.module.network.internal.Params;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body setting a node's facts; all three left out take it out of the network's records. */
public record NodePayload(
        @Schema(description = "HEAD_OFFICE, SUBSIDIARY, AGENCY, DISTRIBUTION_CENTRE or SALES_CENTRE", example = "AGENCY") String role,
        @Schema(description = "A class, for agencies and sales centres") Long classId,
        @Schema(description = "A province or a city") Long regionId,
        @Schema(description = "The version read; left out to set regardless") Long version) {

    NodeInput toInput() {
        return new NodeInput(Params.role(role, "role"), classId, regionId);
    }
}
