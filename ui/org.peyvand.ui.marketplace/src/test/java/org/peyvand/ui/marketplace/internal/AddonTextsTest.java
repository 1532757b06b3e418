package org.peyvand.ui.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.Maturity;

import com.vaadin.icons.VaadinIcons;

class AddonTextsTest {

    @Test
    void anIconIsAVaadinIconOrAnEscapedImageAddressElseThePuzzlePiece() {
        assertThat(AddonTexts.iconHtml(entry("ticket"))).isEqualTo(VaadinIcons.TICKET.getHtml());
        assertThat(AddonTexts.iconHtml(entry("https://a.example/i.png\" onerror=\"x")))
                .isEqualTo("<img class=\"crm-marketplace-icon\" alt=\"\" src=\"https://a.example/i.png&quot; onerror=&quot;x\">");
        assertThat(AddonTexts.iconHtml(entry("icons/tickets.png"))).isEqualTo(VaadinIcons.PUZZLE_PIECE.getHtml());
        assertThat(AddonTexts.iconHtml(entry(""))).isEqualTo(VaadinIcons.PUZZLE_PIECE.getHtml());
    }

    @Test
    void aJobEventIsReadOnlyWhenItNamesItsJobAndAState() {
        Event running = new Event("crm/marketplace/tickets/running",
                Map.of("crm.id", "j1", "crm.module", "tickets", "crm.state", "RUNNING", "crm.percent", 40));
        assertThat(JobEvents.read(running)).contains(new JobEvents.JobEvent("j1", "tickets", InstallJob.State.RUNNING, 40));
        assertThat(JobEvents.read(new Event("crm/marketplace/tickets/running", Map.of("crm.module", "tickets", "crm.state", "RUNNING"))))
                .isEmpty();
        assertThat(JobEvents.read(new Event("crm/marketplace/tickets/odd", Map.of("crm.id", "j1", "crm.module", "tickets", "crm.state", "ODD"))))
                .isEmpty();
    }

    @Test
    void aPathOrAddressInASentenceKeepsItsOwnDirectionWhileNumbersStayNumbers() {
        assertThat(AddonTexts.isolated(List.of("/srv/addons", 3))).containsExactly("\u2068/srv/addons\u2069", 3);
    }

    private static CatalogEntry entry(String icon) {
        return new CatalogEntry("site", "tickets", "1.0.0", Map.of("en", "Tickets"), Map.of(), "Peyvand", icon, List.of(), "service",
                Maturity.BETA, "[0.1,1)", List.of(), List.of(), ContentType.MODULE, "tickets.kar", "00", null, false);
    }
}
