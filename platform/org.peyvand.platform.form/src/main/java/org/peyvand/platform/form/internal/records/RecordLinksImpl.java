package org.peyvand.platform.form.internal.records;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.platform.form.RecordLinkProvider;
import org.peyvand.platform.form.RecordLinks;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks every present module what it holds about a record; a module that fails is logged and left out. */
@Component(service = RecordLinks.class)
public class RecordLinksImpl implements RecordLinks {
    private static final Logger LOG = LoggerFactory.getLogger(RecordLinksImpl.class);

    private final List<RecordLinkProvider> providers = new CopyOnWriteArrayList<>();
    private final ComponentServiceObjects<RecordLookups> lookups;

    /**
     * The lookups are taken only when a caller asks: the modules' lookup providers need services
     * (accounts, contacts) that need this one, and taking the lookups on activation closed that
     * circle, so the registry could start without a provider.
     */
    @Activate
    public RecordLinksImpl(@Reference ComponentServiceObjects<RecordLookups> lookups) {
        this.lookups = lookups;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(RecordLinkProvider provider) {
        providers.add(provider);
    }

    void removeProvider(RecordLinkProvider provider) {
        providers.remove(provider);
    }

    @Override
    public List<RecordLinkCount> linksTo(Caller caller, String type, long id) {
        RecordLookups named = lookups.getService();
        try {
            if (named.names(caller, type, List.of(String.valueOf(id))).isEmpty()) {
                throw new NotFoundException("form.error.recordNotFound", id);
            }
        } finally {
            lookups.ungetService(named);
        }
        return counts(type, id);
    }

    @Override
    public void requireUnlinked(String type, long id) {
        List<RecordLinkCount> links = counts(type, id);
        if (!links.isEmpty()) {
            throw new ConflictException("form.error.linked",
                    links.stream().map(link -> FieldError.of(FIELD, link.labelKey(), link.count())).toList());
        }
    }

    private List<RecordLinkCount> counts(String type, long id) {
        Map<String, Long> counts = new TreeMap<>();
        for (RecordLinkProvider provider : providers) {
            try {
                provider.linksTo(type, id).stream().filter(link -> link.count() > 0)
                        .forEach(link -> counts.merge(link.labelKey(), link.count(), Long::sum));
            } catch (RuntimeException e) {
                LOG.warn("{} could not count the links of {} {}", provider.getClass().getName(), type, id, e);
            }
        }
        return counts.entrySet().stream().map(entry -> new RecordLinkCount(entry.getKey(), entry.getValue())).toList();
    }
}
