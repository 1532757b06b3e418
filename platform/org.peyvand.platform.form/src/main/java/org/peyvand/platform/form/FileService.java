package org.peyvand.platform.form;

import java.io.InputStream;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * Files of file and image fields. An upload belongs to its uploader until a record's field takes
 * it (saving the record with the file's id as the field's value); from then on whoever may see
 * that field of that record may read it, and it goes when the value changes or the record is
 * deleted. Uploads no record took are dropped after a day. Everything needs
 * {@value FormPermissions#FILE_USE}; a file the caller may not read is not found.
 */
@ProviderType
public interface FileService {
    /** The largest file accepted. */
    long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * @throws org.peyvand.platform.core.error.ValidationException on {@code name} for a missing or overlong name
     * @throws org.peyvand.platform.core.error.PayloadTooLargeException above {@link #MAX_BYTES}
     */
    StoredFile upload(Caller caller, String name, InputStream content);

    StoredFile describe(Caller caller, long id);

    /** Writes the file's content to {@code out}, a chunk at a time. */
    void download(Caller caller, long id, OutputStream out);
}
