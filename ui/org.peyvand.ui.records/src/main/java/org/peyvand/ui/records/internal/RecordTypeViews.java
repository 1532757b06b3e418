package org.peyvand.ui.records.internal;

import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FileService;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordLinks;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.form.RecordService;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.ui.api.CrmView;

/**
 * Registers a screen, with its menu entry, for every designed record type, and keeps them in step
 * with the published forms: a type published for the first time gets its screen at once, a new
 * label or menu section moves its entry, and a type that is gone takes its screen with it.
 */
// topics take a wildcard only at their end: crm/form/<key>/published arrives under crm/form/*
@Component(immediate = true, service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=crm/form/*")
public class RecordTypeViews implements EventHandler {
    private final BundleContext context;
    private final RecordServices services;
    private final Map<String, Registered> screens = new HashMap<>();
    /** An event may still arrive while the component stops: it registers nothing then. */
    private boolean closed;

    private record Registered(ServiceRegistration<CrmView> registration, Map<String, Object> entry) {
    }

    @Activate
    public RecordTypeViews(BundleContext context, @Reference RecordService records, @Reference CustomFields forms,
            @Reference AccessGuard guard, @Reference RecordAccess access, @Reference AuditTrail audit, @Reference RecordLookups lookups,
            @Reference FileService files, @Reference ReportExports exports, @Reference RecordLinks links) {
        this.context = context;
        this.services = new RecordServices(records, forms, guard, access, audit, lookups, files, exports, links);
        synchronize();
    }

    @Override
    public void handleEvent(Event event) {
        // submissions of stand-alone forms share the topic's root; only a publish changes the screens
        if (event.getTopic().endsWith("/published")) {
            synchronize();
        }
    }

    @Deactivate
    synchronized void close() {
        closed = true;
        screens.values().forEach(s -> s.registration().unregister());
        screens.clear();
    }

    private synchronized void synchronize() {
        if (closed) {
            return;
        }
        Map<String, Map<String, Object>> wanted = new HashMap<>();
        for (FormDefinition form : services.forms().recordTypes()) {
            if (RecordTypes.designed(form)) {
                wanted.put(form.key(), RecordTypes.menuEntry(form));
            }
        }
        services.forms().standAloneForms().forEach(form -> wanted.put(form.key(), RecordTypes.menuEntry(form)));
        screens.entrySet().removeIf(s -> {
            if (wanted.containsKey(s.getKey())) {
                return false;
            }
            s.getValue().registration().unregister();
            return true;
        });
        wanted.forEach((type, entry) -> {
            Registered present = screens.get(type);
            if (present != null && present.entry().equals(entry)) {
                return;
            }
            // registered anew rather than updated: the shell reads menu entries when a screen arrives
            if (present != null) {
                present.registration().unregister();
            }
            screens.put(type, new Registered(context.registerService(CrmView.class, new RecordTypeView(type, services),
                    new Hashtable<>(entry)), entry));
        });
    }
}
