/**
 * Integration test support: the distribution under Pax Exam with a test administrator, its REST API
 * over HTTP, its shell as a signed-in user, its workspace in headless Chromium, and waiting for the
 * container to settle.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.platform.testing.karaf;
