package org.peyvand.ui.admin.internal.profile;

import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.ApiTokens;
import org.peyvand.platform.security.PermissionRegistry;
import org.peyvand.platform.security.SecondFactor;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.platform.security.UserService;

/** The services the profile page works with. */
record ProfileServices(UserService users, SecondFactor secondFactor, ApiTokens tokens, SessionRegistry sessions, AccessGuard guard,
        PermissionRegistry permissions) {
}
