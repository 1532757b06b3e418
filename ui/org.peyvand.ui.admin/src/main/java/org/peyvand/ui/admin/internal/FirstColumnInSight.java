package org.peyvand.ui.admin.internal;

import com.vaadin.ui.Grid;

/**
 * A grid wider than the screen opens scrolled to its left end, which in a right-to-left page is
 * where its last column is. This scrolls it to the right-hand end, where the first column is,
 * and keeps it there while the grid settles its column widths (up to 3 s), as the list screens do.
 */
public final class FirstColumnInSight {

    private FirstColumnInSight() {
    }

    /** @param grid a grid that has its id when it is shown; nothing happens in left-to-right pages */
    public static void keep(Grid<?> grid, boolean rightToLeft) {
        if (rightToLeft) {
            grid.addAttachListener(e -> grid.getUI().getPage().getJavaScript().execute(script(grid)));
        }
    }

    private static String script(Grid<?> grid) {
        String scroller = "#" + grid.getId() + " ." + grid.getPrimaryStyleName() + "-scroller-horizontal";
        return "(function(){var n=0,kept=0;var t=setInterval(function(){"
                + "var s=document.querySelector('" + scroller + "');n++;"
                + "if(s&&s.scrollWidth>s.clientWidth){var end=s.scrollWidth-s.clientWidth;"
                + "if(s.scrollLeft<end-1){s.scrollLeft=end;kept=0;}else{kept++;}}"
                + "if(kept>5||n>30){clearInterval(t);}},100);})();";
    }
}
