package org.peyvand.ui.kit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.PayloadTooLargeException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FileService;
import org.peyvand.platform.form.StoredFile;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.StreamResource;
import com.vaadin.server.UserError;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CustomField;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Image;
import com.vaadin.ui.Link;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A file or image field: a chosen file is uploaded to the kernel's files at once and the field
 * holds its id; the current file shows as a link (and a preview for images) and can be removed.
 * The record takes the file when it is saved.
 */
final class FileField extends CustomField<Long> {
    private static final String PREVIEW_HEIGHT = "96px";

    private final Messages messages;
    private final FileUploads uploads;
    private final boolean image;
    private final HorizontalLayout current = new HorizontalLayout();
    private final Upload upload = new Upload();
    private BoundedBytes received;
    private Long value;

    FileField(String caption, Messages messages, FileUploads uploads, boolean image) {
        this.messages = messages;
        this.uploads = uploads;
        this.image = image;
        setCaption(caption);
        upload.setButtonCaption(messages.get(image ? "kit.form.uploadImage" : "kit.form.uploadFile"));
        upload.setImmediateMode(true);
        if (image) {
            upload.setAcceptMimeTypes("image/png,image/jpeg,image/gif,image/webp");
        }
        upload.setReceiver((fileName, mimeType) -> received = new BoundedBytes());
        upload.addStartedListener(started -> {
            if (started.getContentLength() > FileService.MAX_BYTES) {
                upload.interruptUpload();
                refuse(new PayloadTooLargeException(FileService.MAX_BYTES));
            }
        });
        upload.addSucceededListener(done -> store(done.getFilename()));
        upload.addFailedListener(failed -> {
            if (received != null && received.overflowed) {
                refuse(new PayloadTooLargeException(FileService.MAX_BYTES));
            }
            received = null;
        });
        current.setDefaultComponentAlignment(Alignment.MIDDLE_LEFT);
    }

    @Override
    protected Component initContent() {
        VerticalLayout content = new VerticalLayout(current, upload);
        content.setMargin(false);
        content.setSpacing(false);
        show();
        return content;
    }

    @Override
    public Long getValue() {
        return value;
    }

    @Override
    protected void doSetValue(Long id) {
        value = id;
        show();
    }

    private void store(String fileName) {
        BoundedBytes bytes = received;
        received = null;
        if (bytes == null) {
            return;
        }
        try {
            StoredFile file = uploads.files().upload(uploads.caller(), fileName, new ByteArrayInputStream(bytes.toByteArray()));
            if (image && !file.image()) {
                setComponentError(new UserError(messages.get("form.error.notAnImage")));
                return;
            }
            setComponentError(null);
            setValue(file.id());
        } catch (CrmException refused) {
            refuse(refused);
        }
    }

    private void refuse(CrmException refused) {
        setComponentError(new UserError(messages.describe(refused)));
    }

    private void show() {
        current.removeAllComponents();
        if (value == null) {
            return;
        }
        try {
            StoredFile file = uploads.files().describe(uploads.caller(), value);
            StreamResource content = new StreamResource(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                uploads.files().download(uploads.caller(), file.id(), out);
                return new ByteArrayInputStream(out.toByteArray());
            }, file.name());
            content.setMIMEType(file.contentType());
            if (file.image()) {
                Image preview = new Image(null, content);
                preview.setHeight(PREVIEW_HEIGHT);
                current.addComponent(preview);
            }
            Link link = new Link(file.name(), content);
            link.setTargetName("_blank");
            link.setIcon(VaadinIcons.PAPERCLIP);
            current.addComponent(link);
        } catch (CrmException gone) {
            current.addComponent(new Label(messages.describe(gone)));
        }
        if (!isReadOnly()) {
            Button remove = new Button(VaadinIcons.CLOSE_SMALL, click -> setValue(null));
            remove.setDescription(messages.get("kit.form.removeFile"));
            remove.addStyleNames(ValoTheme.BUTTON_BORDERLESS, ValoTheme.BUTTON_SMALL);
            current.addComponent(remove);
        }
    }

    /** What the browser sends, stopped once it passes the largest file accepted (a browser need not say the size first). */
    private static final class BoundedBytes extends ByteArrayOutputStream {
        private boolean overflowed;

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            if (count + length > FileService.MAX_BYTES) {
                overflowed = true;
                throw new UncheckedIOException(new IOException("larger than " + FileService.MAX_BYTES + " bytes"));
            }
            super.write(bytes, offset, length);
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }
}
