package org.peyvand.ui.shell.internal;

import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.notification.NotificationService;
import org.peyvand.platform.search.SearchService;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.SecondFactor;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.platform.security.UserService;

/** The kernel services every workspace tab uses, handed to each UI at construction. */
record WorkspaceServices(I18nService i18n, Authenticator authenticator, AccessGuard guard, UserService users,
        SecondFactor secondFactor, SessionRegistry sessions, ModuleRegistry modules, ContributionRegistry contributions,
        NotificationService notifications, NotificationEvents notificationEvents, SearchService search) {
}
