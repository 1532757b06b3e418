package org.peyvand.ui.admin.internal.users;

import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.RoleService;
import org.peyvand.platform.security.SecondFactor;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.platform.security.UserService;

/** The services the users screen works with. */
record UserAdministration(UserService users, OrgUnitService units, RoleService roles, SecondFactor secondFactor,
        SessionRegistry sessions, AccessGuard guard) {
}
