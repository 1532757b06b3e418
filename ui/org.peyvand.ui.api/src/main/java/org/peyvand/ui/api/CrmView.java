package org.peyvand.ui.api;

import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.navigator.View;

/**
 * A screen of the workspace, registered as a service with {@link MenuItem} properties:
 * <pre>
 * &#64;Component(service = CrmView.class)
 * &#64;MenuItem(id = "contacts", title = "accounts.menu.contacts", icon = "USERS", order = 10, permission = "accounts.contact.read")
 * public class ContactsView implements CrmView { ... }
 * </pre>
 * The shell shows it in the menu of users holding the permission and builds a fresh screen for
 * every browser tab; components are never shared between tabs.
 */
@ConsumerType
public interface CrmView {

    View create(UiContext context);
}
