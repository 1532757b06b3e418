package org.peyvand.ui.shell.internal;

import org.jsoup.nodes.Element;

import com.vaadin.server.BootstrapFragmentResponse;
import com.vaadin.server.BootstrapListener;
import com.vaadin.server.BootstrapPageResponse;

/**
 * Sets {@code lang} and {@code dir} on the page before anything renders, so a Persian page is
 * right-to-left from its first paint, and lets a phone or tablet use its own width.
 */
final class DirectionBootstrapListener implements BootstrapListener {
    private static final long serialVersionUID = 1L;

    @Override
    public void modifyBootstrapFragment(BootstrapFragmentResponse response) {
        // the workspace is always served as a full page
    }

    @Override
    public void modifyBootstrapPage(BootstrapPageResponse response) {
        boolean rtl = SessionPreferences.preferences(response.getSession()).rightToLeft();
        Element html = response.getDocument().getElementsByTag("html").first();
        if (html != null) {
            html.attr("lang", SessionPreferences.locale(response.getSession()).getLanguage());
            html.attr("dir", rtl ? "rtl" : "ltr");
        }
        response.getDocument().head().prependElement("meta").attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
    }
}
