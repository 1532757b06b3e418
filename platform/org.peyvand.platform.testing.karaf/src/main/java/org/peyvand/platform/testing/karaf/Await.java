package org.peyvand.platform.testing.karaf;

import java.util.function.BooleanSupplier;

/** Waits for the container to reach a state: services and modules settle asynchronously. */
public final class Await {

    private Await() {
    }

    public static void until(String what, long timeoutMillis, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException | AssertionError notYet) {
                // keep waiting; the last attempt reports
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
    }
}
