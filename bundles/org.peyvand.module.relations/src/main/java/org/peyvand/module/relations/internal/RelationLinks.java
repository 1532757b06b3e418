package org.peyvand.module.relations.internal;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.internal.jpa.LinkRepository;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.platform.form.RecordLinkProvider;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;

/** The links a deleted account or contact takes along ({@link RelationServiceImpl} removes them), counted before the user confirms. */
@Component
public class RelationLinks implements RecordLinkProvider {
    static final String LABEL = "relations.links.count";

    private final Transactions tx;

    @Activate
    public RelationLinks(@Reference(target = "(osgi.unit.name=crm.relations)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.relations)") SchemaReady schema) {
        this(new Transactions(jpa));
    }

    RelationLinks(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<RecordLinkCount> linksTo(String type, long id) {
        RecordKind kind = RecordKind.ofRecordType(type);
        if (kind == null) {
            return List.of();
        }
        long count = tx.read(em -> new LinkRepository(em).countOf(new RecordKey(kind, id)));
        return List.of(new RecordLinkCount(LABEL, count));
    }
}
