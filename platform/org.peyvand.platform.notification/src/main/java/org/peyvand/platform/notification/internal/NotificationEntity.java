package org.peyvand.platform.notification.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.platform.notification.Notification;
import org.peyvand.platform.notification.NotificationLink;

/** A row of a user's in-app inbox. */
@Entity
@Table(name = "ntf_notification")
public class NotificationEntity {
    /** Between arguments: a control character no message argument carries. */
    static final String ARG_SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ntf_notification_seq")
    @SequenceGenerator(name = "ntf_notification_seq", sequenceName = "ntf_notification_seq", allocationSize = 50)
    @Column(name = "id")
    private long id;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(name = "message_args")
    private String messageArgs;

    @Column(name = "link_record_type")
    private String linkRecordType;

    @Column(name = "link_record_id")
    private String linkRecordId;

    @Column(name = "link_view")
    private String linkView;

    @Column(name = "link_parameters")
    private String linkParameters;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "is_read", nullable = false)
    private boolean read;

    public NotificationEntity() {
    }

    NotificationEntity(String recipient, String kind, String messageKey, List<String> args, NotificationLink link, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.messageKey = messageKey;
        this.messageArgs = args.isEmpty() ? null : String.join(ARG_SEPARATOR, args);
        if (link != null) {
            this.linkRecordType = link.recordType();
            this.linkRecordId = link.recordId();
            this.linkView = link.viewId();
            this.linkParameters = link.parameters();
        }
        this.createdAt = createdAt;
    }

    void markRead() {
        read = true;
    }

    Notification view() {
        List<String> args = messageArgs == null ? List.of() : Arrays.asList(messageArgs.split(ARG_SEPARATOR, -1));
        NotificationLink link = linkRecordType == null && linkView == null ? null
                : new NotificationLink(linkRecordType, linkRecordId, linkView, linkParameters);
        return new Notification(id, recipient, kind, messageKey, args, link, createdAt, read);
    }
}
