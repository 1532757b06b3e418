package org.peyvand.ui.workflow.internal.designer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewProcessTest {

    @Test
    void aNewDiagramIsAnExecutableProcessWithItsStartEvent() {
        String key = NewProcess.key();
        String xml = NewProcess.xml(key, "فرایند \"تازه\" & <آزمایشی>", "آغاز");

        assertThat(key).matches("Process_[0-9a-z]{6}");
        assertThat(xml).contains("<bpmn:process id=\"" + key + "\"", "isExecutable=\"true\"", "xmlns:camunda=", "xmlns:crm=\"http://peyvand.org/schema/bpmn\"");
        assertThat(ElementNames.of(xml)).containsEntry(key, "فرایند \"تازه\" & <آزمایشی>").containsEntry("StartEvent_1", "آغاز");
    }

    @Test
    void unreadableXmlNamesWhatWasReadBeforeTheFault() {
        assertThat(ElementNames.of("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
                + "<bpmn:process id=\"p\" name=\" ف \"><bpmn:task id=\"t\"></bpmn:process>")).containsEntry("p", "ف").containsKey("t");
    }
}
