package org.peyvand.platform.marketplace;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * Catalogs, the add-ons they offer, and the jobs that install, update and remove them. Reading needs
 * {@link MarketplacePermissions#READ}, changing {@link MarketplacePermissions#MANAGE}. Every change is
 * audited, refusals of untrusted artifacts too.
 */
@ProviderType
public interface MarketplaceService {

    List<CatalogInfo> catalogs(Caller caller);

    /**
     * Adds a folder or remote catalog and reads it once.
     *
     * @throws org.peyvand.platform.core.error.ValidationException naming {@code id}, {@code kind} or {@code location}
     */
    CatalogInfo addCatalog(Caller caller, CatalogInput input);

    /** Removes a folder or remote catalog; what was installed from it stays. */
    void removeCatalog(Caller caller, String id);

    /** Reads every enabled catalog again; one that cannot be read shows its error and keeps no entries. */
    List<CatalogInfo> refresh(Caller caller);

    /**
     * An image a catalog offers beside its index, by the path an entry names (relative to the index):
     * PNG, JPEG, GIF or WebP, up to 2 MB, never leaving the catalog.
     *
     * @throws org.peyvand.platform.core.error.NotFoundException for a catalog, path or kind of file it does not offer
     */
    CatalogImage image(Caller caller, String catalogId, String path);

    /** By name in the caller's language. */
    List<Addon> addons(Caller caller, AddonQuery query);

    /** @throws org.peyvand.platform.core.error.NotFoundException when no catalog offers it and it is not installed */
    Addon addon(Caller caller, String id);

    /**
     * Queues the install of a version ({@code null}: the newest) of an add-on not installed yet.
     *
     * @throws org.peyvand.platform.core.error.NotFoundException for an add-on or version no catalog offers
     * @throws org.peyvand.platform.core.error.ConflictException when it is installed already or a job for it is under way
     */
    InstallJob install(Caller caller, String id, String version);

    /**
     * Queues the move of an installed add-on to another version ({@code null}: the newest); its data
     * stays and its migrations run. Going back to an older version is refused unless the installed
     * version declares it safe.
     */
    InstallJob update(Caller caller, String id, String version);

    /**
     * Queues the removal of an installed add-on. Its data stays, so installing it again brings it
     * back, unless {@code purge}: then the tables and sequences its migrations created are dropped
     * with their data first, which cannot be undone (faces ask for confirmation).
     */
    InstallJob uninstall(Caller caller, String id, boolean purge);

    /** @throws org.peyvand.platform.core.error.NotFoundException for a job that is gone */
    InstallJob job(Caller caller, String id);

    /**
     * Stops a job that is waiting, or running but not yet changing anything (checking or
     * downloading); it ends {@link InstallJob.State#CANCELLED}.
     *
     * @throws org.peyvand.platform.core.error.ConflictException when it has finished or is already installing or removing
     */
    InstallJob cancel(Caller caller, String id);

    /** The jobs since the server started, newest first. */
    List<InstallJob> jobs(Caller caller);
}
