package org.peyvand.ui.shell.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.SearchProvider;

/**
 * The screens and search providers modules contribute, as they come and go. Open workspaces
 * listen and update their menus at once, so an uninstalled module's entries vanish without a reload.
 */
@Component(service = ContributionRegistry.class)
public class ContributionRegistry {

    /**
     * A registered screen with its menu entry.
     *
     * @param titles the title by language, when the screen gives it as text rather than as an i18n key
     */
    public record ViewEntry(String id, String title, Map<String, String> titles, String icon, String section, int order,
            String permission, CrmView view) {

        /** The menu title in the language of {@code messages}. */
        public String caption(Messages messages) {
            String own = titles.get(messages.locale().getLanguage());
            return own != null && !own.isBlank() ? own : messages.get(title);
        }
    }

    private final Map<CrmView, ViewEntry> views = new ConcurrentHashMap<>();
    private final List<SearchProvider> searchProviders = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addView(CrmView view, Map<String, Object> properties) {
        views.put(view, new ViewEntry(text(properties, "id"), text(properties, "title"), titles(properties), text(properties, "icon"),
                text(properties, "section"), properties.get(MenuItem.PREFIX_ + "order") instanceof Integer order ? order : 100,
                text(properties, "permission"), view));
        changed();
    }

    void removeView(CrmView view) {
        views.remove(view);
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addSearchProvider(SearchProvider provider) {
        searchProviders.add(provider);
    }

    void removeSearchProvider(SearchProvider provider) {
        searchProviders.remove(provider);
    }

    public List<ViewEntry> views() {
        return views.values().stream().filter(v -> v.id() != null && v.permission() != null)
                .sorted(Comparator.comparing(ViewEntry::section).thenComparingInt(ViewEntry::order).thenComparing(ViewEntry::id))
                .toList();
    }

    public Optional<ViewEntry> view(String id) {
        return views().stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public List<SearchProvider> searchProviders() {
        return List.copyOf(searchProviders);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private static Map<String, String> titles(Map<String, Object> properties) {
        Map<String, String> titles = new HashMap<>();
        properties.forEach((name, value) -> {
            if (name.startsWith(MenuItem.TITLE_IN) && value != null) {
                titles.put(name.substring(MenuItem.TITLE_IN.length()), value.toString());
            }
        });
        return Map.copyOf(titles);
    }

    private static String text(Map<String, Object> properties, String name) {
        Object value = properties.get(MenuItem.PREFIX_ + name);
        return value == null ? null : value.toString();
    }
}
