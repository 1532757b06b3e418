package org.peyvand.platform.rest;

import java.security.Principal;

import org.peyvand.platform.security.Caller;

/** The request's principal, carrying the full caller for the service layer. */
public record CallerPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.username();
    }
}
