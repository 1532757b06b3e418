package org.peyvand.ui.kit;

import org.peyvand.platform.form.FileService;
import org.peyvand.platform.security.Caller;

/** Where file and image fields of a form keep their uploads: the kernel's files, as the signed-in user. */
public record FileUploads(Caller caller, FileService files) {
}
