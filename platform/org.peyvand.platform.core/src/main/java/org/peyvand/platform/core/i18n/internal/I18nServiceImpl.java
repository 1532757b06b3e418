package org.peyvand.platform.core.i18n.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tracks {@code CRM-INF/i18n} in every started bundle. */
@Component
public class I18nServiceImpl implements I18nService {
    private static final Logger LOG = LoggerFactory.getLogger(I18nServiceImpl.class);
    private static final List<Locale> LOCALES = List.of(PERSIAN, ENGLISH);

    private final TextCatalog catalog = new TextCatalog();
    private final BundleTracker<Long> tracker;

    @Activate
    public I18nServiceImpl(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                if (bundle.getEntry(BundleTexts.FOLDER) == null) {
                    return null;
                }
                try {
                    catalog.put(bundle.getBundleId(), BundleTexts.read(bundle));
                } catch (IOException | IllegalArgumentException e) {
                    LOG.error("Cannot read the texts of bundle {}", bundle.getSymbolicName(), e);
                }
                return bundle.getBundleId();
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long bundleId) {
                catalog.remove(bundleId);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public List<Locale> locales() {
        return LOCALES;
    }

    @Override
    public Messages messages(Locale locale) {
        return new CatalogMessages(catalog, supported(locale));
    }

    @Override
    public Locale negotiate(List<Locale> requested) {
        for (Locale locale : requested) {
            for (Locale supported : LOCALES) {
                if (supported.getLanguage().equals(locale.getLanguage())) {
                    return supported;
                }
            }
        }
        return PERSIAN;
    }

    private Locale supported(Locale locale) {
        return negotiate(List.of(locale == null ? PERSIAN : locale));
    }
}
