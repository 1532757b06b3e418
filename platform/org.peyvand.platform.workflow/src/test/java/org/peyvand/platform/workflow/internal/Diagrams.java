package org.peyvand.platform.workflow.internal;

/** BPMN documents for tests: a process body wrapped in its definitions. */
public final class Diagrams {

    private Diagrams() {
    }

    public static String process(String key, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                             xmlns:crm="http://peyvand.org/schema/bpmn"
                             targetNamespace="http://peyvand.org/test">
                  <process id="%s" name="%s process" isExecutable="true">
                %s
                  </process>
                </definitions>
                """.formatted(key, key, body);
    }

    public static String flow(String id, String from, String to) {
        return "<sequenceFlow id=\"%s\" sourceRef=\"%s\" targetRef=\"%s\"/>".formatted(id, from, to);
    }

    public static String flow(String id, String from, String to, String condition) {
        return "<sequenceFlow id=\"%s\" sourceRef=\"%s\" targetRef=\"%s\"><conditionExpression>%s</conditionExpression></sequenceFlow>"
                .formatted(id, from, to, condition.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }
}
