package org.peyvand.ui.kit;

import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;

/** A keyset-paged list as a service offers it: pages by cursor, and the total for the scrollbar. */
public interface KeysetSource<T> {

    Page<T> fetch(PageRequest request);

    long count();
}
