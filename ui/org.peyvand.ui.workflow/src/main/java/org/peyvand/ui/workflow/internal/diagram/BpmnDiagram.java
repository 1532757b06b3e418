package org.peyvand.ui.workflow.internal.diagram;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.peyvand.platform.core.i18n.Messages;

import com.vaadin.annotations.JavaScript;
import com.vaadin.annotations.StyleSheet;
import com.vaadin.ui.AbstractJavaScriptComponent;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

/**
 * A BPMN diagram drawn by bpmn-js in the browser: the modeler, with its palette and the bpmn.io
 * mark its licence asks for, or a viewer that only moves and zooms. The scripts and styles are
 * served from this bundle, next to this class. The XML is only in the browser while it is being
 * edited; {@link #requestXml} fetches it.
 */
@JavaScript({ "bpmn-modeler.production.min.js", "bpmn-diagram.js" })
@StyleSheet({ "diagram-js.css", "bpmn-embedded.css", "bpmn-diagram.css" })
public final class BpmnDiagram extends AbstractJavaScriptComponent {
    private static final long serialVersionUID = 1L;
    /** Marker classes the stylesheet colours. */
    public static final String ACTIVE = "crm-active";
    public static final String DONE = "crm-done";
    public static final String REFUSED = "crm-refused";

    private final Map<Integer, Consumer<String>> pendingXml = new HashMap<>();
    private int nextRequest;
    private Consumer<DiagramElement> selectionListener = e -> {
    };
    private Runnable changeListener = () -> {
    };
    private Consumer<String> failureListener = message -> {
    };

    private BpmnDiagram(boolean viewer, Map<String, String> namespaces, Messages messages) {
        getState().viewer = viewer;
        getState().namespaces = Map.copyOf(namespaces);
        getState().texts = BpmnTexts.in(messages);
        addStyleName("crm-bpmn");
        addFunction("selected", arguments -> selectionListener.accept(DiagramElement.of(arguments.getObject(0))));
        addFunction("changed", arguments -> changeListener.run());
        addFunction("failed", arguments -> failureListener.accept(arguments.getString(0)));
        addFunction("xml", arguments -> {
            Consumer<String> waiting = pendingXml.remove((int) arguments.getNumber(0));
            if (waiting != null) {
                waiting.accept(arguments.getString(1));
            }
        });
    }

    /** A diagram to edit, its controls labelled in the language of {@code messages}; attributes with the given prefixes are written in their namespaces. */
    public static BpmnDiagram modeler(Map<String, String> namespaces, Messages messages) {
        return new BpmnDiagram(false, namespaces, messages);
    }

    public static BpmnDiagram viewer(Messages messages) {
        return new BpmnDiagram(true, Map.of(), messages);
    }

    public void load(String xml) {
        callFunction("load", xml);
    }

    /** Asks the browser for the diagram as it stands; {@code receiver} gets its XML when it arrives. */
    public void requestXml(Consumer<String> receiver) {
        int request = nextRequest++;
        pendingXml.put(request, receiver);
        callFunction("requestXml", request);
    }

    /** Selects the element and brings it into sight; an id the diagram lacks is ignored. */
    public void select(String id) {
        callFunction("select", id);
    }

    public void change(DiagramChange change) {
        callFunction("update", change.toJson());
    }

    /** Replaces every marker with these: ids by the marker class that colours them. */
    public void mark(Map<String, ? extends Collection<String>> markers) {
        JsonObject json = Json.createObject();
        markers.forEach((css, ids) -> {
            JsonArray array = Json.createArray();
            ids.forEach(id -> array.set(array.length(), id));
            json.put(css, array);
        });
        callFunction("mark", json);
    }

    /** Hears of the element the user selects, or the process when nothing is selected, and of its changes. */
    public void onSelection(Consumer<DiagramElement> listener) {
        this.selectionListener = listener;
    }

    /** Hears of every edit of the diagram. */
    public void onChange(Runnable listener) {
        this.changeListener = listener;
    }

    /** Hears why XML could not be read or written. */
    public void onFailure(Consumer<String> listener) {
        this.failureListener = listener;
    }

    @Override
    protected BpmnDiagramState getState() {
        return (BpmnDiagramState) super.getState();
    }
}
