package org.peyvand.ui.shell.internal;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.peyvand.ui.api.MenuBadge;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.RecordTab;

/**
 * The screens, menu badges and record tabs modules contribute, as they come and go. Open workspaces
 * listen and update their menus at once, so an uninstalled module's entries vanish without a reload.
 */
@Component(service = ContributionRegistry.class)
public class ContributionRegistry {

    /**
     * A registered screen with its menu entry.
     *
     * @param titles the title by language, when the screen gives it as text rather than as an i18n key
     * @param records the record types the screen opens by id
     */
    public record ViewEntry(String id, String title, Map<String, String> titles, String icon, String section, int order,
            String permission, List<String> records, CrmView view) {

        /** The menu title in the language of {@code messages}. */
        public String caption(Messages messages) {
            String own = titles.get(messages.locale().getLanguage());
            return own != null && !own.isBlank() ? own : messages.get(title);
        }
    }

    private final Map<CrmView, ViewEntry> views = new ConcurrentHashMap<>();
    private final Map<RecordTab, Integer> recordTabs = new ConcurrentHashMap<>();
    private final Map<MenuBadge, String> badges = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addView(CrmView view, Map<String, Object> properties) {
        views.put(view, new ViewEntry(text(properties, "id"), text(properties, "title"), titles(properties), text(properties, "icon"),
                text(properties, "section"), properties.get(MenuItem.PREFIX_ + "order") instanceof Integer order ? order : 100,
                text(properties, "permission"), texts(properties.get(MenuItem.PREFIX_ + "records")), view));
        changed();
    }

    void removeView(CrmView view) {
        views.remove(view);
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addRecordTab(RecordTab tab, Map<String, Object> properties) {
        recordTabs.put(tab, properties.get(RecordTab.ORDER) instanceof Integer order ? order : 100);
    }

    void removeRecordTab(RecordTab tab) {
        recordTabs.remove(tab);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addBadge(MenuBadge badge, Map<String, Object> properties) {
        if (properties.get(MenuBadge.VIEW) instanceof String view) {
            badges.put(badge, view);
            changed();
        }
    }

    void removeBadge(MenuBadge badge) {
        if (badges.remove(badge) != null) {
            changed();
        }
    }

    public List<ViewEntry> views() {
        return views.values().stream().filter(v -> v.id() != null && v.permission() != null)
                .sorted(Comparator.comparing(ViewEntry::section).thenComparingInt(ViewEntry::order).thenComparing(ViewEntry::id))
                .toList();
    }

    public Optional<ViewEntry> view(String id) {
        return views().stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The tabs every record screen shows after its own, in their order. */
    public List<RecordTab> recordTabs() {
        return recordTabs.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** The badges by the id of the screen whose menu entry shows them. */
    public Map<String, List<MenuBadge>> badges() {
        Map<String, List<MenuBadge>> byView = new HashMap<>();
        badges.forEach((badge, view) -> byView.computeIfAbsent(view, v -> new ArrayList<>()).add(badge));
        return byView;
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

    private static List<String> texts(Object value) {
        if (value instanceof String[] many) {
            return List.copyOf(Arrays.asList(many));
        }
        return value instanceof String one ? List.of(one) : List.of();
    }

    private static String text(Map<String, Object> properties, String name) {
        Object value = properties.get(MenuItem.PREFIX_ + name);
        return value == null ? null : value.toString();
    }
}
