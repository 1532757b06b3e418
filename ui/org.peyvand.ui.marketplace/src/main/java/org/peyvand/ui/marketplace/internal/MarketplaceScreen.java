package org.peyvand.ui.marketplace.internal;

import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.shared.Registration;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.UI;
import com.vaadin.ui.UIDetachedException;

/**
 * The add-ons on one tab and the catalogs that offer them on another. Install jobs' events reach the
 * screen while it is open, from whoever started the job, here, in the shell or over REST.
 */
final class MarketplaceScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;

    private final AddonsTab addons;
    private final CatalogsTab catalogs;
    private transient Registration listening;

    MarketplaceScreen(UiContext context, MarketplaceService marketplace, boolean manage, JobEvents events) {
        setId("view-marketplace");
        addStyleName("crm-page");
        setSizeFull();
        MarketplaceStyles.applyTo(this);
        Label title = new Label(context.messages().get("marketplace.ui.menu"));
        title.addStyleName("crm-page-title");
        addons = new AddonsTab(context, marketplace, manage);
        catalogs = new CatalogsTab(context, marketplace, manage, addons::refresh);
        TabSheet tabs = new TabSheet();
        tabs.setId("marketplace-tabs");
        tabs.setSizeFull();
        tabs.addStyleName("crm-fill");
        tabs.addTab(addons, context.messages().get("marketplace.ui.tab.addons")).setId("marketplace-tab-addons");
        tabs.addTab(catalogs, context.messages().get("marketplace.ui.tab.catalogs")).setId("marketplace-tab-catalogs");
        addComponents(title, tabs);
        addAttachListener(e -> listening = events.listen(this::arrived));
        addDetachListener(e -> {
            if (listening != null) {
                listening.remove();
            }
        });
    }

    @Override
    public void enter(ViewChangeEvent event) {
        addons.refresh();
        catalogs.refresh();
    }

    /** On the event thread: into this tab's UI, which shows it at its next round trip. */
    private void arrived(JobEvents.JobEvent event) {
        UI ui = getUI();
        if (ui == null) {
            return;
        }
        try {
            ui.access(() -> addons.jobChanged(event));
        } catch (UIDetachedException closed) {
            // the tab closed between the event and now: nothing to show
        }
    }
}
