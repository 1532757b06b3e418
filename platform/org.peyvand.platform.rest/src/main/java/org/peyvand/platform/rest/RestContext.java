package org.peyvand.platform.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.error.PayloadTooLargeException;
import org.peyvand.platform.security.Caller;

/** What a resource method needs from the request beyond its parameters. */
public final class RestContext {

    private RestContext() {
    }

    /**
     * The authenticated caller; the server authenticates every request before a resource sees it,
     * with the caller's display preferences following its Accept-Language.
     */
    public static Caller caller(SecurityContext security) {
        if (security.getUserPrincipal() instanceof CallerPrincipal principal) {
            return principal.caller();
        }
        throw new IllegalStateException("request reached a resource without authentication");
    }

    /** 201 Created: the new record as the body, its address the request's path and its id. */
    public static Response created(UriInfo uri, Object id, Object record) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(record).build();
    }

    /** Reads an upload, refusing one larger than {@code maxBytes} with 413 before it is all in memory. */
    public static byte[] readBounded(InputStream in, long maxBytes) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0;) {
                total += n;
                if (total > maxBytes) {
                    throw new PayloadTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new BadRequestException("core.error.malformedBody", e.getMessage());
        }
    }

    /**
     * A version number from a path: a version that is no number names no version (-1), so the
     * service answers not found after its permission check, as for any other missing version.
     */
    public static int versionNumber(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
