package org.peyvand.ui.workflow.internal.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.OptionLookup;
import org.peyvand.ui.workflow.internal.Screens;
import org.peyvand.ui.workflow.internal.diagram.BpmnDiagram;
import org.peyvand.ui.workflow.internal.diagram.DiagramElement;

import com.vaadin.ui.ComboBox;

/** The panel offers roles and executors by their labels and shows stored values by them. */
class PropertiesPanelTest {
    private final UiContext context = Screens.context();
    private final BpmnDiagram diagram = BpmnDiagram.modeler(ElementProperties.NAMESPACES, context.messages());
    private static final Option MANAGER = new Option("sales-manager", "مدیر فروش (sales-manager)");
    private static final Option DESCRIBE = new Option("accounts.describe", "خواندن حساب (accounts.describe)");

    private PropertiesPanel panel(List<Option> roles) {
        return new PropertiesPanel(context, diagram, new PropertiesPanel.Choices(mock(OptionLookup.class), mock(OptionLookup.class), List.of(),
                List.of(DESCRIBE), roles));
    }

    @Test
    void aCandidateRoleIsPickedFromTheDefinedRoles() {
        PropertiesPanel panel = panel(List.of(MANAGER));
        panel.show(new DiagramElement("Task_1", "bpmn:UserTask", null, Map.of("camunda:candidateGroups", "role:sales-manager"), null, null));

        ComboBox<Option> role = Screens.get(panel, "bpmn-property-candidateRole");
        assertThat(role.getValue()).isEqualTo(MANAGER);
        assertThat(role.getNewItemProvider()).as("no free text while roles are known").isNull();
        assertThat(role.getDataProvider().fetch(new com.vaadin.data.provider.Query<>())).containsExactly(MANAGER);
    }

    @Test
    void withoutRolesToOfferOneIsTyped() {
        PropertiesPanel panel = panel(List.of());
        panel.show(new DiagramElement("Task_1", "bpmn:UserTask", null, Map.of(), null, null));

        assertThat(Screens.<ComboBox<Option>>get(panel, "bpmn-property-candidateRole").getNewItemProvider()).isNotNull();
    }

    @Test
    void anExecutorShowsByItsLabel() {
        PropertiesPanel panel = panel(List.of());
        panel.show(new DiagramElement("Call_1", "bpmn:ServiceTask", null, Map.of("camunda:type", "external", "camunda:topic",
                "accounts.describe"), null, null));

        assertThat(Screens.<ComboBox<Option>>get(panel, "bpmn-property-executor").getValue()).isEqualTo(DESCRIBE);
    }
}
