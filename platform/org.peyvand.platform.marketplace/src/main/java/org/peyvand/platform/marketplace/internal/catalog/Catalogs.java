package org.peyvand.platform.marketplace.internal.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Version;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.CatalogInfo;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.CatalogProvider;

/**
 * What each catalog offered when last read. A catalog that cannot be read keeps no entries and
 * shows why; the others are unaffected.
 */
public final class Catalogs {
    private final Clock clock;
    private final Map<String, CatalogSource> sources = new ConcurrentHashMap<>();
    private final Map<String, CatalogProvider> providers = new ConcurrentHashMap<>();
    private final Map<String, List<CatalogEntry>> entries = new ConcurrentHashMap<>();
    private final Map<String, CatalogInfo> infos = new ConcurrentHashMap<>();

    public Catalogs(Clock clock) {
        this.clock = clock;
    }

    public void provided(CatalogProvider provider) {
        providers.put(provider.id(), provider);
    }

    public void withdrawn(CatalogProvider provider) {
        providers.remove(provider.id(), provider);
    }

    /** Replaces the configured catalogs; those gone forget their entries. */
    public void configured(List<CatalogSource> configured, Map<String, Boolean> enabled) {
        sources.keySet().retainAll(configured.stream().map(CatalogSource::id).toList());
        configured.forEach(source -> sources.put(source.id(), source));
        entries.keySet().removeIf(id -> !sources.containsKey(id) || !enabled.getOrDefault(id, true));
        infos.keySet().removeIf(id -> !sources.containsKey(id));
        sources.values().forEach(source -> infos.putIfAbsent(source.id(),
                new CatalogInfo(source.id(), source.kind(), source.location(), enabled.getOrDefault(source.id(), true), 0, null, null, null)));
        infos.replaceAll((id, info) -> new CatalogInfo(id, info.kind(), info.location(), enabled.getOrDefault(id, true), info.entries(),
                info.refreshed(), info.errorKey(), info.errorArgs()));
    }

    public Optional<CatalogSource> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** Reads one configured catalog again. */
    public CatalogInfo refresh(String id) {
        CatalogSource source = sources.get(id);
        CatalogInfo was = infos.get(id);
        if (source == null || was == null) {
            return was;
        }
        if (!was.enabled()) {
            entries.remove(id);
            return was;
        }
        CatalogInfo now;
        try {
            List<CatalogEntry> read = source.read();
            entries.put(id, read);
            now = new CatalogInfo(id, source.kind(), source.location(), true, read.size(), clock.instant(), null, null);
        } catch (CatalogError e) {
            entries.remove(id);
            now = new CatalogInfo(id, source.kind(), source.location(), true, 0, clock.instant(), e.messageKey(), e.args());
        }
        infos.put(id, now);
        return now;
    }

    public List<String> configuredIds() {
        return List.copyOf(sources.keySet());
    }

    public List<CatalogInfo> infos() {
        List<CatalogInfo> all = new ArrayList<>();
        providers.values().forEach(provider -> all.add(new CatalogInfo(provider.id(), CatalogKind.BUILT_IN, "", true,
                provider.entries().size(), null, null, null)));
        all.addAll(infos.values());
        all.sort(Comparator.comparing((CatalogInfo info) -> info.kind()).thenComparing(CatalogInfo::id));
        return all;
    }

    /** Every entry every catalog offers. */
    public List<CatalogEntry> entries() {
        List<CatalogEntry> all = new ArrayList<>();
        providers.values().forEach(provider -> all.addAll(provider.entries()));
        entries.keySet().stream().sorted().forEach(id -> all.addAll(entries.getOrDefault(id, List.of())));
        return all;
    }

    /** The versions of one add-on, newest first; the same version in two catalogs counts once, the first read. */
    public List<CatalogEntry> versions(String addonId) {
        Map<String, CatalogEntry> byVersion = new LinkedHashMap<>();
        entries().stream().filter(entry -> entry.id().equals(addonId)).forEach(entry -> byVersion.putIfAbsent(entry.version(), entry));
        return byVersion.values().stream().sorted(Comparator.comparing((CatalogEntry entry) -> Version.parseVersion(entry.version())).reversed())
                .toList();
    }
}
