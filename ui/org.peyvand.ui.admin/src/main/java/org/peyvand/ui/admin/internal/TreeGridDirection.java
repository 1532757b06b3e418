package org.peyvand.ui.admin.internal;

import com.vaadin.server.Page;

/**
 * Right-to-left rules for tree grids. The theme turns grids right to left through their style
 * names ({@code v-grid-*}), which a tree grid does not carry ({@code v-treegrid-*}), so they are
 * repeated here: the grid itself stays left to right (Grids.orderColumns reverses its columns),
 * its cells read right to left. Valo also indents levels with a left padding and points collapsed
 * nodes to the right; both are mirrored. Added to the page once.
 */
public final class TreeGridDirection {
    private static final int DEEPEST_LEVEL = 12;
    private static final String RTL = "html[dir=rtl] .peyvand ";
    private static final String SCRIPT;

    static {
        StringBuilder css = new StringBuilder()
                .append(RTL).append(".v-treegrid{direction:ltr;}")
                .append(RTL).append(".v-treegrid-cell,").append(RTL).append(".v-treegrid-header th{direction:rtl;text-align:right;}")
                .append(RTL).append(".v-treegrid-cell.crm-ltr{direction:ltr;text-align:right;}")
                .append(RTL).append(".v-treegrid-cell.v-align-center{text-align:center;}")
                .append(RTL).append(".v-treegrid-expander.collapsed::before{transform:scaleX(-1);}");
        for (int depth = 0; depth <= DEEPEST_LEVEL; depth++) {
            css.append(RTL).append(".v-treegrid-node.depth-").append(depth).append("{padding-left:0;padding-right:").append(depth)
                    .append("em;}");
        }
        SCRIPT = "if(!document.getElementById('crm-admin-treegrid-rtl')){var s=document.createElement('style');"
                + "s.id='crm-admin-treegrid-rtl';s.textContent='" + css + "';document.head.appendChild(s);}";
    }

    private TreeGridDirection() {
    }

    public static void apply(Page page) {
        page.getJavaScript().execute(SCRIPT);
    }
}
