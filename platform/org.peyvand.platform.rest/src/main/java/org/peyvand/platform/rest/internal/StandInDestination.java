package org.peyvand.platform.rest.internal;

import org.apache.cxf.message.Message;
import org.apache.cxf.transport.Conduit;
import org.apache.cxf.transport.Destination;
import org.apache.cxf.transport.MessageObserver;
import org.apache.cxf.ws.addressing.EndpointReferenceType;

/**
 * Where an endpoint is started and stopped in place of the HTTP destination all endpoints share.
 * CXF starts an endpoint only on a destination without one and its stop leaves the destination
 * empty, so handing the shared destination over directly would leave a moment in which requests
 * find no endpoint and are answered 404. With this stand-in the hand-over is one assignment.
 */
final class StandInDestination implements Destination {
    private final EndpointReferenceType address;
    private volatile MessageObserver observer;

    StandInDestination(EndpointReferenceType address) {
        this.address = address;
    }

    @Override
    public EndpointReferenceType getAddress() {
        return address;
    }

    /** Requests arrive at the shared destination, which answers them; nothing is sent back through here. */
    @Override
    public Conduit getBackChannel(Message inMessage) {
        return null;
    }

    @Override
    public void shutdown() {
        observer = null;
    }

    @Override
    public void setMessageObserver(MessageObserver observer) {
        this.observer = observer;
    }

    @Override
    public MessageObserver getMessageObserver() {
        return observer;
    }
}
