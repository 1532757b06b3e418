package org.peyvand.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.rest.internal.workflow.CartableResource;
import org.peyvand.platform.rest.internal.workflow.ProcessInstanceResource;
import org.peyvand.platform.rest.internal.workflow.ProcessResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The totals and the executor list are described with the filters they take, as clients and the permission matrix read them. */
class OpenApiDocumentTest {

    @Test
    void theCountsTakeTheirListsFilters() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(OpenApiDocument.describe(
                List.of(CartableResource.class, ProcessInstanceResource.class, ProcessResource.class), "1")).get("paths");

        assertThat(names(paths.at("/~1process-instances~1count/get/parameters")))
                .containsExactlyInAnyOrderElementsOf(names(paths.at("/~1process-instances/get/parameters")).stream()
                        .filter(name -> !name.equals("limit") && !name.equals("cursor")).toList())
                .contains("process", "state", "startedBy", "recordType", "recordId", "incidents");
        assertThat(names(paths.at("/~1cartable~1count/get/parameters"))).containsExactly("box");
        assertThat(paths.has("/processes/executors")).isTrue();
    }

    private static List<String> names(JsonNode parameters) {
        return java.util.stream.StreamSupport.stream(parameters.spliterator(), false).map(p -> p.get("name").asText()).toList();
    }
}
