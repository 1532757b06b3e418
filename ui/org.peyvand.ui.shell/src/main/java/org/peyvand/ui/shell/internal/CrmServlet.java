package org.peyvand.ui.shell.internal;

import java.util.List;
import java.util.Properties;

import javax.servlet.Servlet;
import javax.servlet.ServletException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.notification.NotificationService;
import org.peyvand.platform.search.SearchService;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.SecondFactor;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.platform.security.UserService;

import com.vaadin.osgi.resources.VaadinResourceService;
import com.vaadin.server.Constants;
import com.vaadin.server.DeploymentConfiguration;
import com.vaadin.server.RequestHandler;
import com.vaadin.server.ServiceException;
import com.vaadin.server.VaadinServlet;
import com.vaadin.server.VaadinServletService;

/**
 * The web workspace at {@code /crm}. Vaadin's static files come from the Vaadin bundles under
 * their versioned path; every session gets a UI provider that builds UIs with the kernel services,
 * so Vaadin never loads a UI class by name.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/crm/*",
        "osgi.http.whiteboard.servlet.name=peyvand-workspace",
        "osgi.http.whiteboard.servlet.asyncSupported=true" })
public class CrmServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;

    private final transient VaadinResourceService resources;
    private final transient WorkspaceServices services;

    @Activate
    public CrmServlet(@Reference VaadinResourceService resources, @Reference I18nService i18n,
            @Reference Authenticator authenticator, @Reference AccessGuard guard, @Reference UserService users,
            @Reference SecondFactor secondFactor, @Reference SessionRegistry sessions, @Reference ModuleRegistry modules,
            @Reference ContributionRegistry contributions, @Reference NotificationService notifications,
            @Reference NotificationEvents notificationEvents, @Reference SearchService search) {
        this.resources = resources;
        this.services = new WorkspaceServices(i18n, authenticator, guard, users, secondFactor, sessions, modules, contributions,
                notifications, notificationEvents, search);
    }

    @Override
    protected DeploymentConfiguration createDeploymentConfiguration(Properties initParameters) {
        initParameters.setProperty(Constants.PARAMETER_VAADIN_RESOURCES, "/" + resources.getResourcePathPrefix());
        // set here: Pax Web does not hand whiteboard init properties to Vaadin's configuration
        initParameters.setProperty(Constants.SERVLET_PARAMETER_PRODUCTION_MODE, "true");
        initParameters.setProperty(Constants.SERVLET_PARAMETER_HEARTBEAT_INTERVAL, "60");
        initParameters.setProperty(Constants.SERVLET_PARAMETER_CLOSE_IDLE_SESSIONS, "true");
        return super.createDeploymentConfiguration(initParameters);
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            private static final long serialVersionUID = 1L;

            @Override
            protected List<RequestHandler> createRequestHandlers() throws ServiceException {
                return UserActivity.tracking(super.createRequestHandlers());
            }
        };
        service.init();
        service.setClassLoader(CrmServlet.class.getClassLoader());
        return service;
    }

    @Override
    protected void servletInitialized() throws ServletException {
        getService().addSessionInitListener(event -> {
            event.getSession().addUIProvider(new CrmUIProvider(services));
            event.getSession().addBootstrapListener(new DirectionBootstrapListener());
            event.getSession().setErrorHandler(new QuietErrorHandler());
        });
        getService().addSessionDestroyListener(event -> SessionPreferences.sessionId(event.getSession())
                .ifPresent(services.sessions()::closed));
    }
}
