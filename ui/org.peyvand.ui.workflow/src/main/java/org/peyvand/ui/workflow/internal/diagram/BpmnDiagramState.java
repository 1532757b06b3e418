package org.peyvand.ui.workflow.internal.diagram;

import java.util.Map;

import com.vaadin.shared.ui.JavaScriptComponentState;

/** What the browser side of {@link BpmnDiagram} reads when it starts. */
public class BpmnDiagramState extends JavaScriptComponentState {
    private static final long serialVersionUID = 1L;

    /** A read-only viewer that can be moved and zoomed, rather than the modeler. */
    public boolean viewer;

    /** The namespace of each attribute prefix the server may set, declared on the document when first used. */
    public Map<String, String> namespaces = Map.of();

    /** bpmn-js's English texts in the user's language. */
    public Map<String, String> texts = Map.of();
}
