package org.peyvand.platform.notification.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** What a user chose for one kind through one channel, where it differs from nothing chosen. */
@Entity
@Table(name = "ntf_preference")
@IdClass(PreferenceEntity.Key.class)
public class PreferenceEntity {
    @Id
    @Column(name = "username")
    private String username;

    @Id
    @Column(name = "kind")
    private String kind;

    @Id
    @Column(name = "channel")
    private String channel;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    public PreferenceEntity() {
    }

    PreferenceEntity(String username, String kind, String channel, boolean enabled) {
        this.username = username;
        this.kind = kind;
        this.channel = channel;
        this.enabled = enabled;
    }

    String username() {
        return username;
    }

    String kind() {
        return kind;
    }

    String channel() {
        return channel;
    }

    boolean enabled() {
        return enabled;
    }

    void enabled(boolean value) {
        enabled = value;
    }

    /** The primary key: user, kind and channel. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private String kind;
        private String channel;

        public Key() {
        }

        Key(String username, String kind, String channel) {
            this.username = username;
            this.kind = kind;
            this.channel = channel;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && username.equals(key.username) && kind.equals(key.kind) && channel.equals(key.channel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, kind, channel);
        }
    }
}
