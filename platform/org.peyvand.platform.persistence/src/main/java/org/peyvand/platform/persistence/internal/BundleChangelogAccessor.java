package org.peyvand.platform.persistence.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;

import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;
import liquibase.resource.URIResource;

/**
 * Serves one bundle's entries to Liquibase under the bundle's symbolic name, so every module's
 * changelog has its own path in the shared change log table even though all live at
 * {@code CRM-INF/db/changelog.xml} inside their bundles.
 */
final class BundleChangelogAccessor extends AbstractResourceAccessor {
    private final Bundle bundle;
    private final String prefix;

    BundleChangelogAccessor(Bundle bundle) {
        this.bundle = bundle;
        this.prefix = bundle.getSymbolicName() + "/";
    }

    String changelogPath(String entry) {
        return prefix + entry;
    }

    @Override
    public List<Resource> search(String path, boolean recursive) throws IOException {
        String entry = entryOf(path);
        List<Resource> found = new ArrayList<>();
        if (entry == null) {
            return found;
        }
        Enumeration<URL> urls = bundle.findEntries(entry, "*", recursive);
        while (urls != null && urls.hasMoreElements()) {
            URL url = urls.nextElement();
            if (!url.getPath().endsWith("/")) {
                found.add(resource(prefix + stripSlash(url.getPath()), url));
            }
        }
        return found;
    }

    @Override
    public List<Resource> getAll(String path) throws IOException {
        String entry = entryOf(path);
        URL url = entry == null ? null : bundle.getEntry(entry);
        return url == null ? List.of() : List.of(resource(path, url));
    }

    @Override
    public List<String> describeLocations() {
        return List.of("bundle " + bundle.getSymbolicName());
    }

    @Override
    public void close() {
        // bundle entries hold no open resources
    }

    private String entryOf(String path) {
        String normalised = stripSlash(path.replace('\\', '/'));
        return normalised.startsWith(prefix) ? normalised.substring(prefix.length()) : null;
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static Resource resource(String path, URL url) throws IOException {
        try {
            return new URIResource(path, url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
