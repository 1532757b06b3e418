package org.peyvand.platform.module;

/** Where a module is in its life; only READY modules serve requests. */
public enum ModuleState {
    /** Started, waiting for its schema, services or required modules. */
    STARTING,
    /** Every component of the module is satisfied. */
    READY,
    /** It cannot run here: incompatible kernel, broken descriptor or a failed component. */
    FAILED
}
