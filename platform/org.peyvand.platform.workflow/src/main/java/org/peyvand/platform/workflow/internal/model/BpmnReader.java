package org.peyvand.platform.workflow.internal.model;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.expression.ExpressionException;
import org.peyvand.platform.form.expression.SafeExpressions;

/**
 * Reads BPMN 2.0 XML into the graphs the engine runs, refusing anything it would not run faithfully:
 * every refusal names the element. Only executable processes are read.
 */
public final class BpmnReader {
    /** The namespace of Peyvand's own attributes, such as {@code crm:calendar="working"} on a timer. */
    public static final String CRM_NAMESPACE = "http://peyvand.org/schema/bpmn";
    public static final int MAX_XML_CHARS = 2_000_000;
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,119}");
    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{(.*)}$", Pattern.DOTALL);
    /** Elements that draw but do nothing when run. */
    private static final Set<String> DECORATION = Set.of("textAnnotation", "association", "group", "dataObject",
            "dataObjectReference", "dataStoreReference");

    private final SafeExpressions expressions;

    public BpmnReader(SafeExpressions expressions) {
        this.expressions = expressions;
    }

    /**
     * @throws ValidationException listing every problem: one about an element on the field {@code bpmn.<element id>}
     *         (with the element's kind and id as the message's first arguments), one about the whole document on {@code bpmn}
     */
    public List<ProcessGraph> read(String xml) {
        if (xml == null || xml.isBlank()) {
            throw ValidationException.of("bpmn", "core.error.required");
        }
        if (xml.length() > MAX_XML_CHARS) {
            throw ValidationException.of("bpmn", "workflow.error.bpmn.tooLarge", MAX_XML_CHARS);
        }
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ModelException | IllegalArgumentException invalid) {
            throw ValidationException.of("bpmn", "workflow.error.bpmn.invalid", reason(invalid));
        }
        List<FieldError> errors = new ArrayList<>();
        List<ProcessGraph> graphs = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable()) {
                graphs.add(new ProcessReading(process, errors).graph());
            }
        }
        if (graphs.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of("bpmn", "workflow.error.bpmn.noProcess"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return graphs;
    }

    private static String reason(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.length() > 300 ? message.substring(0, 300) : message;
    }

    /** One process: its nodes, with the problems found added to a shared list. */
    private final class ProcessReading {
        private final Process process;
        private final List<FieldError> errors;
        private final Map<String, Node> nodes = new LinkedHashMap<>();
        private final Map<String, List<String>> boundariesOf = new HashMap<>();
        /** Read from the flows' source and target, since a diagram need not list them on its nodes. */
        private final Map<String, List<SequenceFlow>> outgoingOf = new HashMap<>();
        private final Map<String, Integer> incomingOf = new HashMap<>();

        ProcessReading(Process process, List<FieldError> errors) {
            this.process = process;
            this.errors = errors;
        }

        ProcessGraph graph() {
            String key = process.getId();
            if (key == null || !KEY.matcher(key).matches()) {
                refuse("workflow.error.bpmn.key", "process", key);
            }
            collectBoundaries(process.getFlowElements());
            String start = readScope(process.getFlowElements(), null);
            List<Node> messageStarts = nodes.values().stream().filter(n -> n.kind() == NodeKind.START && n.message() != null).toList();
            List<Node> timerStarts = nodes.values().stream()
                    .filter(n -> n.kind() == NodeKind.START && n.timer() != null && n.scope() == null).toList();
            if (start == null && messageStarts.isEmpty() && timerStarts.isEmpty()) {
                refuse("workflow.error.bpmn.noStart", "process", key);
            }
            return new ProcessGraph(key, process.getName(), Map.copyOf(nodes), start, messageStarts, timerStarts);
        }

        private void collectBoundaries(Collection<FlowElement> elements) {
            for (FlowElement element : elements) {
                if (element instanceof SequenceFlow flow) {
                    outgoingOf.computeIfAbsent(flow.getSource().getId(), id -> new ArrayList<>()).add(flow);
                    incomingOf.merge(flow.getTarget().getId(), 1, Integer::sum);
                } else if (element instanceof BoundaryEvent boundary) {
                    boundariesOf.computeIfAbsent(boundary.getAttachedTo().getId(), id -> new ArrayList<>()).add(boundary.getId());
                } else if (element instanceof SubProcess sub) {
                    collectBoundaries(sub.getFlowElements());
                }
            }
        }

        /** Reads the elements of the process or of a sub-process; answers the scope's plain start event. */
        private String readScope(Collection<FlowElement> elements, String scope) {
            String plainStart = null;
            int plainStarts = 0;
            for (FlowElement element : elements) {
                String type = element.getElementType().getTypeName();
                if (element instanceof SequenceFlow || DECORATION.contains(type)) {
                    continue;
                }
                if (!(element instanceof FlowNode node)) {
                    refuse("workflow.error.bpmn.unsupported", type, element.getId());
                    continue;
                }
                Node read = node(node, type, scope);
                if (read == null) {
                    continue;
                }
                nodes.put(read.id(), read);
                if (read.kind() == NodeKind.START && read.message() == null && read.timer() == null) {
                    plainStart = read.id();
                    plainStarts++;
                }
                if (node instanceof SubProcess sub) {
                    String subStart = readScope(sub.getFlowElements(), sub.getId());
                    if (subStart == null) {
                        refuse("workflow.error.bpmn.noStart", type, sub.getId());
                    } else {
                        nodes.put(read.id(), withStart(read, subStart));
                    }
                }
            }
            if (plainStarts > 1) {
                refuse("workflow.error.bpmn.manyStarts", scope == null ? "process" : "subProcess", scope == null ? process.getId() : scope);
            }
            return plainStart;
        }

        private Node withStart(Node sub, String start) {
            return new Node(sub.id(), sub.name(), sub.kind(), sub.scope(), sub.outgoing(), sub.incoming(), sub.defaultFlow(), sub.task(),
                    sub.executor(), sub.inputs(), sub.outputs(), sub.calledElement(), sub.timer(), sub.attachedTo(), sub.interrupting(),
                    sub.message(), start, sub.boundaries());
        }

        private Node node(FlowNode node, String type, String scope) {
            String id = node.getId();
            NodeKind kind;
            UserTaskSpec task = null;
            String executor = null;
            String called = null;
            TimerSpec timer = null;
            String message = null;
            String attachedTo = null;
            boolean interrupting = true;
            switch (type) {
                case "startEvent" -> {
                    kind = NodeKind.START;
                    EventDefinition definition = onlyDefinition(node, type);
                    if (definition instanceof TimerEventDefinition timerDefinition) {
                        if (scope != null) {
                            refuse("workflow.error.bpmn.unsupported", "timer startEvent in subProcess", id);
                        }
                        timer = timer(timerDefinition, id);
                    } else if (definition instanceof MessageEventDefinition messageDefinition) {
                        if (scope != null) {
                            refuse("workflow.error.bpmn.unsupported", "message startEvent in subProcess", id);
                        }
                        message = messageDefinition.getMessage() == null ? null : messageDefinition.getMessage().getName();
                        if (message == null || message.isBlank()) {
                            refuse("workflow.error.bpmn.messageName", type, id);
                        }
                    } else if (definition != null) {
                        refuse("workflow.error.bpmn.unsupported", definition.getElementType().getTypeName(), id);
                    }
                }
                case "endEvent" -> {
                    EventDefinition definition = onlyDefinition(node, type);
                    kind = definition != null && "terminateEventDefinition".equals(definition.getElementType().getTypeName())
                            ? NodeKind.TERMINATE_END : NodeKind.END;
                    if (definition != null && kind != NodeKind.TERMINATE_END) {
                        refuse("workflow.error.bpmn.unsupported", definition.getElementType().getTypeName(), id);
                    }
                }
                case "userTask" -> {
                    kind = NodeKind.USER_TASK;
                    UserTask user = (UserTask) node;
                    task = new UserTaskSpec(blankToNull(user.getCamundaAssignee()), blankToNull(user.getCamundaCandidateGroups()),
                            blankToNull(user.getCamundaFormKey()), blankToNull(user.getCamundaDueDate()),
                            blankToNull(user.getCamundaFollowUpDate()));
                    checkText(id, task.assignee());
                    checkText(id, task.candidateGroups());
                    checkDue(id, task.dueDate());
                    checkDue(id, task.followUpDate());
                }
                case "serviceTask" -> {
                    kind = NodeKind.SERVICE_TASK;
                    ServiceTask service = (ServiceTask) node;
                    executor = blankToNull(service.getCamundaTopic());
                    if (!"external".equals(service.getCamundaType()) || executor == null) {
                        refuse("workflow.error.bpmn.executor", type, id);
                    }
                }
                case "businessRuleTask" -> kind = NodeKind.RULE_TASK;
                case "task", "manualTask" -> kind = NodeKind.TASK;
                case "exclusiveGateway" -> kind = NodeKind.EXCLUSIVE;
                case "parallelGateway" -> kind = NodeKind.PARALLEL;
                case "intermediateCatchEvent" -> {
                    kind = NodeKind.TIMER_CATCH;
                    EventDefinition definition = onlyDefinition(node, type);
                    if (definition instanceof TimerEventDefinition timerDefinition) {
                        timer = timer(timerDefinition, id);
                        if (timer != null && timer.kind() == TimerSpec.Kind.CYCLE) {
                            refuse("workflow.error.bpmn.timerCycle", type, id);
                        }
                    } else {
                        refuse("workflow.error.bpmn.unsupported", definition == null ? type : definition.getElementType().getTypeName(), id);
                    }
                }
                case "boundaryEvent" -> {
                    kind = NodeKind.BOUNDARY_TIMER;
                    BoundaryEvent boundary = (BoundaryEvent) node;
                    attachedTo = boundary.getAttachedTo().getId();
                    interrupting = boundary.cancelActivity();
                    EventDefinition definition = onlyDefinition(node, type);
                    if (definition instanceof TimerEventDefinition timerDefinition) {
                        timer = timer(timerDefinition, id);
                        if (timer != null && timer.kind() == TimerSpec.Kind.CYCLE && interrupting) {
                            refuse("workflow.error.bpmn.timerCycle", type, id);
                        }
                    } else {
                        refuse("workflow.error.bpmn.unsupported", definition == null ? type : definition.getElementType().getTypeName(), id);
                    }
                }
                case "subProcess" -> {
                    kind = NodeKind.SUB_PROCESS;
                    if (((SubProcess) node).triggeredByEvent()) {
                        refuse("workflow.error.bpmn.unsupported", "event subProcess", id);
                    }
                }
                case "callActivity" -> {
                    kind = NodeKind.CALL_ACTIVITY;
                    called = blankToNull(((CallActivity) node).getCalledElement());
                    if (called == null || !KEY.matcher(called).matches()) {
                        refuse("workflow.error.bpmn.calledElement", type, id);
                    }
                }
                default -> {
                    refuse("workflow.error.bpmn.unsupported", type, id);
                    return null;
                }
            }
            if (node.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.LoopCharacteristics.class).size() > 0) {
                refuse("workflow.error.bpmn.unsupported", "multiInstance", id);
            }
            List<Flow> outgoing = outgoing(node, kind);
            int incoming = incomingOf.getOrDefault(id, 0);
            String defaultFlow = node instanceof ExclusiveGateway gateway && gateway.getDefault() != null ? gateway.getDefault().getId() : null;
            Map<String, String> inputs = new LinkedHashMap<>();
            Map<String, String> outputs = new LinkedHashMap<>();
            inputOutput(node, inputs, outputs);
            if (kind == NodeKind.RULE_TASK && outputs.isEmpty()) {
                refuse("workflow.error.bpmn.ruleOutputs", type, id);
            }
            return new Node(id, blankToNull(node.getName()), kind, scope, outgoing, incoming, defaultFlow, task, executor, Map.copyOf(inputs),
                    Map.copyOf(outputs), called, timer, attachedTo, interrupting, message, null,
                    List.copyOf(boundariesOf.getOrDefault(id, List.of())));
        }

        private List<Flow> outgoing(FlowNode node, NodeKind kind) {
            List<Flow> flows = new ArrayList<>();
            for (SequenceFlow flow : outgoingOf.getOrDefault(node.getId(), List.of())) {
                ConditionExpression condition = flow.getConditionExpression();
                String text = null;
                if (condition != null) {
                    text = expression(condition.getTextContent(), flow.getId());
                    if (kind != NodeKind.EXCLUSIVE) {
                        refuse("workflow.error.bpmn.conditionPlace", "sequenceFlow", flow.getId());
                    }
                }
                flows.add(new Flow(flow.getId(), blankToNull(flow.getName()), flow.getTarget().getId(), text));
            }
            boolean ends = kind == NodeKind.END || kind == NodeKind.TERMINATE_END;
            if (flows.isEmpty() && !ends) {
                refuse("workflow.error.bpmn.noOutgoing", node.getElementType().getTypeName(), node.getId());
            }
            if (!flows.isEmpty() && ends) {
                refuse("workflow.error.bpmn.endOutgoing", node.getElementType().getTypeName(), node.getId());
            }
            if (kind == NodeKind.EXCLUSIVE && flows.size() > 1) {
                String defaultId = node instanceof ExclusiveGateway gateway && gateway.getDefault() != null ? gateway.getDefault().getId() : null;
                for (Flow flow : flows) {
                    if (flow.condition() == null && !flow.id().equals(defaultId)) {
                        refuse("workflow.error.bpmn.noCondition", "sequenceFlow", flow.id());
                    }
                }
            }
            return List.copyOf(flows);
        }

        private void inputOutput(FlowNode node, Map<String, String> inputs, Map<String, String> outputs) {
            if (node.getExtensionElements() == null) {
                return;
            }
            for (CamundaInputOutput io : node.getExtensionElements().getChildElementsByType(CamundaInputOutput.class)) {
                for (CamundaInputParameter input : io.getCamundaInputParameters()) {
                    String text = input.getTextContent() == null ? "" : input.getTextContent().trim();
                    checkText(node.getId(), text);
                    inputs.put(input.getCamundaName(), text);
                }
                for (CamundaOutputParameter output : io.getCamundaOutputParameters()) {
                    String text = output.getTextContent() == null ? "" : output.getTextContent().trim();
                    checkText(node.getId(), text);
                    outputs.put(output.getCamundaName(), text);
                }
            }
        }

        private EventDefinition onlyDefinition(FlowNode node, String type) {
            Collection<EventDefinition> definitions = node.getChildElementsByType(EventDefinition.class);
            if (definitions.size() > 1) {
                refuse("workflow.error.bpmn.unsupported", "multiple event definitions", node.getId());
            }
            return definitions.isEmpty() ? null : definitions.iterator().next();
        }

        private TimerSpec timer(TimerEventDefinition definition, String id) {
            boolean working = "working".equals(((ModelElementInstance) definition).getAttributeValueNs(CRM_NAMESPACE, "calendar"));
            try {
                if (definition.getTimeDuration() != null) {
                    String text = definition.getTimeDuration().getTextContent().trim();
                    Schedules.duration(text);
                    return new TimerSpec(TimerSpec.Kind.DURATION, text, working);
                }
                if (definition.getTimeDate() != null) {
                    String text = definition.getTimeDate().getTextContent().trim();
                    Schedules.date(text);
                    return new TimerSpec(TimerSpec.Kind.DATE, text, false);
                }
                if (definition.getTimeCycle() != null) {
                    String text = definition.getTimeCycle().getTextContent().trim();
                    Schedules.cycle(text);
                    return new TimerSpec(TimerSpec.Kind.CYCLE, text, working);
                }
            } catch (DateTimeException | NullPointerException invalid) {
                refuse("workflow.error.bpmn.timer", "timerEventDefinition", id);
                return null;
            }
            refuse("workflow.error.bpmn.timer", "timerEventDefinition", id);
            return null;
        }

        private void checkDue(String id, String text) {
            if (text == null || EXPRESSION.matcher(text).matches()) {
                checkText(id, text);
                return;
            }
            try {
                Schedules.duration(text);
            } catch (DateTimeException notDuration) {
                try {
                    Schedules.date(text);
                } catch (DateTimeException notDate) {
                    refuse("workflow.error.bpmn.due", "userTask", id);
                }
            }
        }

        /** Checks the expression of a text that is one ({@code ${...}}); plain text is taken as it is. */
        private void checkText(String id, String text) {
            if (text != null && EXPRESSION.matcher(text.trim()).matches()) {
                expression(text, id);
            }
        }

        private String expression(String text, String id) {
            var matcher = EXPRESSION.matcher(text == null ? "" : text.trim());
            String source = matcher.matches() ? matcher.group(1) : text == null ? "" : text.trim();
            try {
                expressions.names(source);
            } catch (ExpressionException refused) {
                errors.add(FieldError.of(field(id), "workflow.error.bpmn.expression", id, source,
                        refused.args().isEmpty() ? refused.messageKey() : String.valueOf(refused.args().get(0))));
            }
            return source;
        }

        private void refuse(String key, String type, String id) {
            errors.add(FieldError.of(field(id), key, type, String.valueOf(id)));
        }
    }

    /** The field of a problem with an element, so clients can point at it; the document's when it has no id. */
    static String field(String elementId) {
        return elementId == null ? "bpmn" : "bpmn." + elementId;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The source of an expression text ({@code ${x > 1}} gives {@code x > 1}); null when the text is not one. */
    public static String expressionSource(String text) {
        if (text == null) {
            return null;
        }
        var matcher = EXPRESSION.matcher(text.trim());
        return matcher.matches() ? matcher.group(1) : null;
    }
}
