package org.peyvand.platform.workflow.internal.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.workflow.internal.store.DefinitionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the processes modules ship in {@code CRM-INF/workflow/processes/*.bpmn} when they start.
 * A file unchanged since the module last started adds no version; a module leaving keeps its
 * processes and their running instances (its service tasks wait as incidents until it returns).
 */
@Component(immediate = true)
public class ModuleProcesses {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleProcesses.class);
    static final String FOLDER = "CRM-INF/workflow/processes";

    private final Deployer deployer;
    private final BundleTracker<Bundle> tracker;

    @Activate
    public ModuleProcesses(BundleContext context, @Reference ProcessRuntime runtime) {
        this.deployer = new Deployer(runtime);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                Enumeration<URL> files = bundle.findEntries(FOLDER, "*.bpmn", false);
                if (files == null) {
                    return null;
                }
                for (URL file : Collections.list(files)) {
                    deploy(bundle, file);
                }
                return bundle;
            }
        };
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    private void deploy(Bundle bundle, URL file) {
        String module = bundle.getSymbolicName();
        try (InputStream in = file.openStream()) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<DefinitionEntity> added = deployer.deploy(xml, module, module + " " + bundle.getVersion());
            added.forEach(d -> LOG.info("Deployed {} v{} from {}", d.processKey(), d.version(), module));
        } catch (ValidationException refused) {
            LOG.error("The process {} of {} is refused: {}", file.getPath(), module, refused.fieldErrors());
        } catch (IOException | RuntimeException e) {
            LOG.error("The process {} of {} could not be deployed", file.getPath(), module, e);
        }
    }
}
