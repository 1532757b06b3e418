package org.peyvand.ui.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

import com.vaadin.server.VaadinServlet;

/**
 * Serves {@code vaadinBootstrap.js} in Vaadin's resource context. Pax Web 8 does not serve the
 * exact-path resource Vaadin registers for it, and without it no workspace page starts.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/VAADIN/vaadinBootstrap.js",
        "osgi.http.whiteboard.servlet.name=peyvand-vaadin-bootstrap",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=com.vaadin)",
        "service.ranking:Integer=100" })
public class BootstrapScriptServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String SCRIPT = "VAADIN/vaadinBootstrap.js";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        URL script = VaadinServlet.class.getClassLoader().getResource(SCRIPT);
        if (script == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/javascript;charset=UTF-8");
        response.setHeader("Cache-Control", "max-age=3600");
        try (InputStream in = script.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
