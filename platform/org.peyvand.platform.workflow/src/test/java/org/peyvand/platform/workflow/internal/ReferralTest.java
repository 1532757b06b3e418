package org.peyvand.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peyvand.platform.workflow.internal.Diagrams.flow;
import static org.peyvand.platform.workflow.internal.Diagrams.process;
import static org.peyvand.platform.workflow.internal.Workbench.ADMIN;
import static org.peyvand.platform.workflow.internal.Workbench.MINA;
import static org.peyvand.platform.workflow.internal.Workbench.REZA;
import static org.peyvand.platform.workflow.internal.Workbench.SARA;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.Referral;
import org.peyvand.platform.workflow.SlaState;
import org.peyvand.platform.workflow.TrailStep;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkItemKind;
import org.peyvand.platform.workflow.WorkItemState;
import org.peyvand.platform.workflow.WorkflowPermissions;

/** Referral (ارجاع) of tasks and records, and the trail it leaves. */
class ReferralTest {
    private final Workbench bench = new Workbench();

    @AfterEach
    void stop() {
        bench.close();
    }

    private WorkItem only(List<WorkItem> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private WorkItem task() {
        bench.processes.deploy(ADMIN, process("letter", """
                <startEvent id="start"/><userTask id="reply" name="Reply" camunda:assignee="sara" camunda:dueDate="PT8H"/>
                <userTask id="after" camunda:assignee="sara"/><endEvent id="end"/>%s %s %s
                """.formatted(flow("f1", "start", "reply"), flow("f2", "reply", "after"), flow("f3", "after", "end"))), null);
        bench.processes.start(SARA, "letter", "post.letter", "77", Map.of());
        return only(bench.box(SARA, CartableBox.MINE));
    }

    @Test
    void aReferredTaskComesBackToTheReferrerWhoThenCompletesIt() {
        WorkItem reply = task();

        bench.cartable.refer(SARA, reply.id(), new Referral("reza", null, "لطفاً پیش‌نویس را آماده کنید", null));
        assertThat(bench.box(SARA, CartableBox.MINE)).isEmpty();
        assertThat(only(bench.box(SARA, CartableBox.SENT)).id()).isEqualTo(reply.id());
        WorkItem atReza = only(bench.box(REZA, CartableBox.MINE));
        assertThat(atReza.referredBy()).isEqualTo("sara");

        bench.cartable.complete(REZA, reply.id(), Map.of(), "draft attached");
        WorkItem back = only(bench.box(SARA, CartableBox.MINE));
        assertThat(back.state()).isEqualTo(WorkItemState.OPEN);
        assertThat(back.comment()).isEqualTo("draft attached");

        bench.cartable.complete(SARA, reply.id(), Map.of(), null);
        assertThat(only(bench.box(SARA, CartableBox.MINE)).elementId()).isEqualTo("after");
        assertThat(bench.cartable.trail(SARA, reply.id())).extracting(TrailStep::action, TrailStep::actor, TrailStep::toUser).containsExactly(
                org.assertj.core.groups.Tuple.tuple("created", "system", "sara"), org.assertj.core.groups.Tuple.tuple("referred", "sara", "reza"),
                org.assertj.core.groups.Tuple.tuple("answered", "reza", "sara"), org.assertj.core.groups.Tuple.tuple("completed", "sara", null));
        assertThat(bench.cartable.itemsOf(REZA, "post.letter", "77")).extracting(WorkItem::id).contains(reply.id());
    }

    @Test
    void aReferralToAUnitIsClaimedAndCanBeGivenBackOrForwarded() {
        WorkItem reply = task();
        bench.cartable.refer(SARA, reply.id(), new Referral(null, 8L, "for the managers", null));
        WorkItem offered = only(bench.box(MINA, CartableBox.TO_CLAIM));
        bench.cartable.claim(MINA, offered.id());

        bench.cartable.forward(MINA, reply.id(), new Referral("reza", null, "you know this customer", null));
        assertThat(only(bench.box(REZA, CartableBox.MINE)).referredBy()).isEqualTo("sara");
        // mina handed it on; only the trail still names her
        bench.guard.deny(WorkflowPermissions.PROCESS_MONITOR);
        assertThat(bench.cartable.itemsOf(MINA, "post.letter", "77")).extracting(WorkItem::id).containsExactly(reply.id());

        bench.cartable.giveBack(REZA, reply.id(), "not mine");
        assertThat(only(bench.box(SARA, CartableBox.MINE)).id()).isEqualTo(reply.id());
        assertThatThrownBy(() -> bench.cartable.giveBack(SARA, reply.id(), null))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("workflow.error.nothingToReturn"));
    }

    @Test
    void aRecordReferredByHandIsTrackedUntilItClosesBackAtTheReferrer() {
        WorkItem referral = bench.cartable.referRecord(SARA, "activities.activity", "12", "پیگیری تماس مشتری",
                new Referral("reza", null, null, bench.clock.instant().plus(Duration.ofHours(4))));
        assertThat(referral.kind()).isEqualTo(WorkItemKind.REFERRAL);
        assertThat(referral.sla()).isEqualTo(SlaState.ON_TIME);

        bench.cartable.complete(REZA, referral.id(), Map.of(), "called back");
        assertThat(only(bench.box(SARA, CartableBox.MINE)).comment()).isEqualTo("called back");
        bench.cartable.complete(SARA, referral.id(), Map.of(), null);

        assertThat(bench.cartable.get(SARA, referral.id()).state()).isEqualTo(WorkItemState.COMPLETED);
        assertThat(bench.cartable.get(SARA, referral.id()).sla()).isEqualTo(SlaState.MET);
        assertThat(bench.cartable.itemsOf(SARA, "activities.activity", "12")).hasSize(1);
        bench.guard.deny(WorkflowPermissions.PROCESS_MONITOR);
        assertThat(bench.cartable.itemsOf(MINA, "activities.activity", "12")).isEmpty();
    }

    @Test
    void thePausedClockKeepsTheWorkingTimeThatWasLeft() {
        WorkItem reply = task();
        bench.clock.move(Duration.ofHours(2));
        bench.cartable.pauseSla(SARA, reply.id(), "waiting for the customer");
        bench.clock.move(Duration.ofHours(24));
        assertThat(bench.cartable.get(SARA, reply.id()).sla()).isEqualTo(SlaState.PAUSED);

        WorkItem resumed = bench.cartable.resumeSla(SARA, reply.id());

        assertThat(resumed.dueAt()).isEqualTo(bench.clock.instant().plus(Duration.ofHours(6)));
        assertThat(resumed.sla()).isEqualTo(SlaState.ON_TIME);
    }

    @Test
    void strangersNeitherSeeNorActAndBadReferralsNameTheField() {
        WorkItem reply = task();
        bench.guard.deny(WorkflowPermissions.PROCESS_MONITOR);

        assertThatThrownBy(() -> bench.cartable.get(MINA, reply.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bench.cartable.complete(REZA, reply.id(), Map.of(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bench.cartable.refer(SARA, reply.id(), new Referral("ghost", null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("toUser"));
        assertThatThrownBy(() -> bench.cartable.refer(SARA, reply.id(), new Referral("reza", 8L, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get(0).messageKey())
                        .isEqualTo("workflow.error.referTarget"));
        assertThatThrownBy(() -> bench.cartable.refer(SARA, reply.id(), new Referral("reza", null, null, bench.clock.instant())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("dueAt"));
    }
}
