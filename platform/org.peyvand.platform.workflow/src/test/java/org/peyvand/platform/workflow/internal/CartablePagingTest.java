package org.peyvand.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peyvand.platform.workflow.internal.Diagrams.flow;
import static org.peyvand.platform.workflow.internal.Diagrams.process;
import static org.peyvand.platform.workflow.internal.Workbench.ADMIN;
import static org.peyvand.platform.workflow.internal.Workbench.SARA;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.WorkItem;

/** Walking a cartable box page by page. */
class CartablePagingTest {
    private final Workbench bench = new Workbench();

    @AfterEach
    void stop() {
        bench.close();
    }

    @Test
    void pagesByCursorShowEveryItemOnceInDueOrderWhateverTheDueDatesPrecision() {
        bench.processes.deploy(ADMIN, process("note", """
                <startEvent id="start"/><userTask id="read" name="Read" camunda:assignee="sara" camunda:dueDate="PT8H"/><endEvent id="end"/>
                %s %s""".formatted(flow("f1", "start", "read"), flow("f2", "read", "end"))), null);
        for (int i = 0; i < 7; i++) {
            // due dates a fraction of a millisecond apart, as a real clock gives them; two share one instant
            bench.clock.move(Duration.ofNanos(i == 3 ? 0 : 1_234_567));
            bench.processes.start(SARA, "note", null, null, Map.of());
        }

        List<WorkItem> walked = walkSarasBoxByTwo();

        assertThat(walked).extracting(WorkItem::id).doesNotHaveDuplicates()
                .containsExactlyElementsOf(bench.box(SARA, CartableBox.MINE).stream().map(WorkItem::id).toList()).hasSize(7);
        assertThat(walked).isSortedAccordingTo(Comparator.comparing(WorkItem::dueAt).thenComparing(WorkItem::id));
        assertThat(walked.get(2).dueAt()).isEqualTo(walked.get(3).dueAt());
        assertThat(walked.get(0).dueAt()).isNotEqualTo(walked.get(0).dueAt().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void itemsSharingADueDateAcrossPagesAreEachShownOnce() {
        bench.processes.deploy(ADMIN, process("undated", """
                <startEvent id="start"/><userTask id="read" name="Read" camunda:assignee="sara"/><endEvent id="end"/>
                %s %s""".formatted(flow("f1", "start", "read"), flow("f2", "read", "end"))), null);
        for (int i = 0; i < 5; i++) {
            bench.processes.start(SARA, "undated", null, null, Map.of());
        }

        List<WorkItem> walked = walkSarasBoxByTwo();

        assertThat(walked).extracting(WorkItem::dueAt).containsOnlyNulls();
        assertThat(walked).extracting(WorkItem::id).doesNotHaveDuplicates().isSorted().hasSize(5);
    }

    @Test
    void aMangledCursorIsRefusedByName() {
        assertThatThrownBy(() -> bench.cartable.cartable(SARA, CartableBox.MINE, new PageRequest("12:x", 50, null, false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("cursor"));
    }

    private List<WorkItem> walkSarasBoxByTwo() {
        List<WorkItem> walked = new ArrayList<>();
        Page<WorkItem> page = bench.cartable.cartable(SARA, CartableBox.MINE, PageRequest.first(2, null, false));
        walked.addAll(page.items());
        // bounded: a cursor that does not move past its page would serve that page for ever
        for (int pages = 1; page.hasNext() && pages < 10; pages++) {
            page = bench.cartable.cartable(SARA, CartableBox.MINE, PageRequest.first(2, null, false).next(page.nextCursor()));
            walked.addAll(page.items());
        }
        return walked;
    }
}
