package org.peyvand.platform.form.internal.records;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.form.RecordDayCounts;
import org.peyvand.platform.form.internal.registry.FormRegistry;
import org.peyvand.platform.form.internal.store.DayCounts;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the daily counts hold every record before reports read them, then offers
 * {@link RecordDayCounts}. Counts kept since the table was made are whole; an empty table beside
 * records (the first start after an upgrade, or records loaded while the platform was stopped) is
 * filled from the records, in the background so the start does not wait.
 */
@Component(service = {}, immediate = true)
public class DayCountsReady {
    private static final Logger LOG = LoggerFactory.getLogger(DayCountsReady.class);

    @Activate
    public DayCountsReady(ComponentContext context, @Reference(target = "(osgi.unit.name=crm.form)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.form)") SchemaReady schema, @Reference FormRegistry registry) {
        Transactions tx = new Transactions(jpa);
        Thread filling = new Thread(() -> {
            try {
                tx.write(em -> missing(em), (em, missing) -> {
                    if (missing) {
                        long started = System.nanoTime();
                        DayCounts.recount(em, List.copyOf(registry.all().values()));
                        LOG.info("Counted the records of designed types per day in {} ms", (System.nanoTime() - started) / 1_000_000);
                    }
                    return null;
                });
                context.enableComponent(RecordDayCountsImpl.class.getName());
            } catch (RuntimeException failed) {
                LOG.error("The daily counts of records could not be filled; reports count the records themselves", failed);
            }
        }, "crm-day-counts");
        filling.setDaemon(true);
        filling.start();
    }

    private static boolean missing(EntityManager em) {
        boolean counted = !em.createNativeQuery("SELECT 1 FROM " + RecordDayCounts.TABLE).setMaxResults(1).getResultList().isEmpty();
        return !counted && !em.createNativeQuery("SELECT 1 FROM frm_record").setMaxResults(1).getResultList().isEmpty();
    }
}
