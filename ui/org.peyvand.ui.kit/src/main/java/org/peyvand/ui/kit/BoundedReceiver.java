package org.peyvand.ui.kit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.ui.Upload;

/**
 * Keeps an uploaded file in memory up to a bound, so no upload can fill the server's memory: one
 * that announces more is stopped before it is read, one that sends more is stopped at the bound.
 * Either way {@link #tooLarge()} tells, for a message naming the limit.
 */
public final class BoundedReceiver implements Upload.Receiver {
    private static final long serialVersionUID = 1L;
    private final long maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private boolean announcedTooLarge;
    private boolean overflowed;

    public BoundedReceiver(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Receives the uploads of {@code upload}, stopping those that announce more than the bound. */
    public BoundedReceiver attachTo(Upload upload) {
        upload.setReceiver(this);
        // the upload starts, with its announced length, before the receiver is asked for a stream
        upload.addStartedListener(e -> {
            announcedTooLarge = e.getContentLength() > maxBytes;
            if (announcedTooLarge) {
                upload.interruptUpload();
            }
        });
        return this;
    }

    @Override
    public OutputStream receiveUpload(String filename, String mimeType) {
        buffer.reset();
        overflowed = false;
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (buffer.size() + len > maxBytes) {
                    overflowed = true;
                    throw new IOException("upload larger than " + maxBytes + " bytes");
                }
                buffer.write(b, off, len);
            }
        };
    }

    public boolean tooLarge() {
        return announcedTooLarge || overflowed;
    }

    public byte[] bytes() {
        return buffer.toByteArray();
    }

    public String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
