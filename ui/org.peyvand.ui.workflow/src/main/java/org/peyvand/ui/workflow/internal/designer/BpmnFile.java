package org.peyvand.ui.workflow.internal.designer;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.peyvand.platform.core.error.ValidationException;

/** A .bpmn file brought into the designer or taken out of it. */
final class BpmnFile {
    /** Larger than any diagram people draw; the engine takes up to 4 MB from REST clients. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String FIELD = "file";
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private BpmnFile() {
    }

    /**
     * The diagram of an uploaded file.
     *
     * @throws ValidationException on {@value #FIELD} when it is not UTF-8 XML whose root is BPMN 2.0 {@code definitions}
     */
    static String read(byte[] bytes) {
        String xml;
        try {
            xml = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            throw notBpmn();
        }
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    if (BPMN.equals(reader.getNamespaceURI()) && "definitions".equals(reader.getLocalName())) {
                        return xml;
                    }
                    throw notBpmn();
                }
            }
        } catch (XMLStreamException notXml) {
            // refused below, as any other file that is not a diagram
        }
        throw notBpmn();
    }

    /** {@code <process id>.bpmn} for the diagram's first process, {@code process.bpmn} when it has none. */
    static String fileName(String xml) {
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && BPMN.equals(reader.getNamespaceURI())
                        && "process".equals(reader.getLocalName())) {
                    String id = reader.getAttributeValue(XMLConstants.NULL_NS_URI, "id");
                    if (id != null && id.matches("[A-Za-z0-9_.-]{1,100}")) {
                        return id + ".bpmn";
                    }
                    break;
                }
            }
        } catch (XMLStreamException unreadable) {
            // named generically below
        }
        return "process.bpmn";
    }

    private static ValidationException notBpmn() {
        return ValidationException.of(FIELD, "workflow.ui.import.notBpmn");
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
