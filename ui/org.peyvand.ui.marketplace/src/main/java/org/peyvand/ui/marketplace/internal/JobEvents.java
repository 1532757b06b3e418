package org.peyvand.ui.marketplace.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.marketplace.InstallJob;

import com.vaadin.shared.Registration;

/**
 * Hands the events of install jobs ({@code crm/marketplace/<add-on>/<state>}) to the marketplace
 * screens open now, each of which brings them into its own browser tab.
 */
@Component(service = {EventHandler.class, JobEvents.class}, property = EventConstants.EVENT_TOPIC + "=crm/marketplace/*")
public class JobEvents implements EventHandler {
    private final Set<Consumer<JobEvent>> listeners = new CopyOnWriteArraySet<>();

    /** How far a job got, as its event tells. */
    public record JobEvent(String jobId, String addonId, InstallJob.State state, int percent) {
    }

    /** Called on the event thread: a listener must bring the event into its UI with {@code UI.access}. */
    public Registration listen(Consumer<JobEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void handleEvent(Event event) {
        read(event).ifPresent(job -> listeners.forEach(listener -> listener.accept(job)));
    }

    /** Only an event that names its job and a state a job has. */
    static Optional<JobEvent> read(Event event) {
        Object id = event.getProperty(CrmEvents.PROPERTY_ID);
        Object addon = event.getProperty(CrmEvents.PROPERTY_MODULE);
        Object state = event.getProperty("crm.state");
        Object percent = event.getProperty("crm.percent");
        if (!(id instanceof String jobId) || !(addon instanceof String addonId)
                || Arrays.stream(InstallJob.State.values()).noneMatch(s -> s.name().equals(state))) {
            return Optional.empty();
        }
        return Optional.of(new JobEvent(jobId, addonId, InstallJob.State.valueOf((String) state),
                percent instanceof Number number ? number.intValue() : 0));
    }
}
