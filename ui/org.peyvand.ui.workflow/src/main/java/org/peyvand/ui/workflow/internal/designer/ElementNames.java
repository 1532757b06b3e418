package org.peyvand.ui.workflow.internal.designer;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The ids of a BPMN document's elements with their names, to name an element the engine refuses. */
final class ElementNames {
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private ElementNames() {
    }

    /** Every BPMN element with an id, by id; the name is empty where it has none. Unreadable XML gives what was read. */
    static Map<String, String> of(String xml) {
        Map<String, String> names = new LinkedHashMap<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && BPMN.equals(reader.getNamespaceURI())) {
                    String id = reader.getAttributeValue(XMLConstants.NULL_NS_URI, "id");
                    if (id != null) {
                        String name = reader.getAttributeValue(XMLConstants.NULL_NS_URI, "name");
                        names.put(id, name == null ? "" : name.strip());
                    }
                }
            }
        } catch (XMLStreamException unreadable) {
            // the engine says what is wrong with the document itself
        }
        return names;
    }
}
