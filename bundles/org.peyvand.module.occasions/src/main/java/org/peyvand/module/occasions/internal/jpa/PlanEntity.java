package org.peyvand.module.occasions.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.module.occasions.PlanInput;

/** A row of {@code occ_plan}: a greeting plan and the user it runs as. */
@Entity
@Table(name = "occ_plan")
public class PlanEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "occ_plan_seq")
    @SequenceGenerator(name = "occ_plan_seq", sequenceName = "occ_plan_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false)
    private String occasion;
    @Column(name = "template_fa")
    private String templateFa;
    @Column(name = "template_en")
    private String templateEn;
    @Column(nullable = false)
    private String channel;
    @Column(nullable = false)
    private boolean enabled;
    @Column(nullable = false)
    private String owner;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected PlanEntity() {
    }

    public PlanEntity(PlanInput valid, String owner, Instant now) {
        this.owner = owner;
        this.createdAt = now;
        change(valid);
    }

    public final void change(PlanInput valid) {
        occasion = valid.occasion();
        templateFa = valid.templateFa();
        templateEn = valid.templateEn();
        channel = valid.channel();
        enabled = valid.enabled();
    }

    public long id() {
        return id;
    }

    public String occasion() {
        return occasion;
    }

    public String templateFa() {
        return templateFa;
    }

    public String templateEn() {
        return templateEn;
    }

    public String channel() {
        return channel;
    }

    public boolean enabled() {
        return enabled;
    }

    public String owner() {
        return owner;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
