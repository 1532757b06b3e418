package org.peyvand.ui.workflow.internal.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.ValidationException;

class BpmnFileTest {
    private static final String DIAGRAM = NewProcess.xml("leave.request", "مرخصی", "آغاز");

    @Test
    void aBpmnDiagramIsReadAsItIsAndNamedByItsProcess() {
        assertThat(BpmnFile.read(DIAGRAM.getBytes(StandardCharsets.UTF_8))).isEqualTo(DIAGRAM);
        assertThat(BpmnFile.fileName(DIAGRAM)).isEqualTo("leave.request.bpmn");
        assertThat(BpmnFile.fileName("<x/>")).isEqualTo("process.bpmn");
    }

    @Test
    void otherFilesAreRefusedOnTheFileField() {
        for (byte[] file : new byte[][] {"<html><body/></html>".getBytes(StandardCharsets.UTF_8), "not xml at all".getBytes(StandardCharsets.UTF_8),
                {(byte) 0xff, (byte) 0xfe, 0, 1}, new byte[0],
                "<definitions xmlns=\"http://www.omg.org/spec/DMN/20151101/dmn.xsd\"/>".getBytes(StandardCharsets.UTF_8)}) {
            assertThatThrownBy(() -> BpmnFile.read(file)).isInstanceOfSatisfying(ValidationException.class, refused -> {
                assertThat(refused.fieldErrors().get(0).field()).isEqualTo("file");
                assertThat(refused.fieldErrors().get(0).messageKey()).isEqualTo("workflow.ui.import.notBpmn");
            });
        }
    }
}
