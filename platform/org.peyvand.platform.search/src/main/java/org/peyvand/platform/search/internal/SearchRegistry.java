package org.peyvand.platform.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.search.SearchGroup;
import org.peyvand.platform.search.SearchHit;
import org.peyvand.platform.search.SearchProvider;
import org.peyvand.platform.search.SearchService;
import org.peyvand.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The global search over the providers present now: one call each per query. */
@Component(service = SearchService.class)
public class SearchRegistry implements SearchService {
    private static final Logger LOG = LoggerFactory.getLogger(SearchRegistry.class);

    private final List<SearchProvider> providers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(SearchProvider provider) {
        providers.add(provider);
    }

    void removeProvider(SearchProvider provider) {
        providers.remove(provider);
    }

    @Override
    public List<SearchGroup> search(Caller caller, String query, int perType) {
        String text = query == null ? "" : query.strip();
        Validator problems = new Validator();
        problems.required(text, "q").maxLength(text, QUERY_MAX, "q");
        problems.check(perType >= 1 && perType <= MAX_PER_TYPE, "limit", "core.error.range", 1, MAX_PER_TYPE);
        problems.throwIfInvalid();
        Map<String, List<SearchHit>> byType = new LinkedHashMap<>();
        for (SearchProvider provider : providers) {
            for (SearchHit hit : ask(provider, caller, text, perType)) {
                List<SearchHit> group = byType.computeIfAbsent(hit.recordType(), type -> new ArrayList<>());
                if (group.size() < perType) {
                    group.add(hit);
                }
            }
        }
        return byType.values().stream().map(hits -> new SearchGroup(hits.get(0).recordType(), hits.get(0).typeLabel(), hits)).toList();
    }

    private static List<SearchHit> ask(SearchProvider provider, Caller caller, String text, int perType) {
        try {
            List<SearchHit> found = provider.search(caller, text, perType);
            return found == null ? List.of() : found;
        } catch (CrmException refused) {
            // a refusal (no permission for that type) means nothing of it for this caller
            return List.of();
        } catch (RuntimeException failure) {
            LOG.warn("Search provider {} failed for a query", provider, failure);
            return List.of();
        }
    }
}
