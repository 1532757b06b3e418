package org.peyvand.platform.report.internal.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportLibrary;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.platform.report.ReportShare;
import org.peyvand.platform.report.ReportType;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.platform.report.internal.ReportServiceImpl;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.UserService;

/**
 * Saved reports (see {@link LibraryStore}) and those modules ship, read-only (see
 * {@link ModuleReports}). Every report is checked as a run would check it before it is kept, and
 * listed only over record types the caller may read.
 */
@Component(service = ReportLibrary.class)
public class ReportLibraryImpl implements ReportLibrary {
    static final int TITLE_LENGTH = 200;

    private final LibraryStore store;
    private final ReportServiceImpl reports;
    private final ModuleReports shipped;
    private final AccessGuard guard;

    @Activate
    public ReportLibraryImpl(@Reference(target = "(osgi.unit.name=crm.report)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.report)") SchemaReady schema, @Reference ReportServiceImpl reports,
            @Reference ModuleReports shipped, @Reference AccessGuard guard, @Reference AuditTrail audit, @Reference UserService users,
            @Reference OrgUnitService units) {
        this(new LibraryStore(new Transactions(jpa), users, units, audit, Clock.systemUTC()), reports, shipped, guard);
    }

    ReportLibraryImpl(LibraryStore store, ReportServiceImpl reports, ModuleReports shipped, AccessGuard guard) {
        this.store = store;
        this.reports = reports;
        this.shipped = shipped;
        this.guard = guard;
    }

    @Override
    public List<SavedReport> list(Caller caller) {
        Set<String> types = readableTypes(caller);
        List<SavedReport> found = new ArrayList<>();
        shipped.reports().stream().filter(s -> types.contains(s.definition().recordType())).map(ReportLibraryImpl::toSaved).forEach(found::add);
        store.visible(caller, LibraryKind.REPORT).stream().filter(e -> types.contains(e.recordType())).map(e -> toSaved(e, caller))
                .forEach(found::add);
        String language = caller.locale().getLanguage();
        found.sort(Comparator.comparing((SavedReport r) -> title(r.definition()).in(language)).thenComparing(SavedReport::key));
        return found;
    }

    @Override
    public SavedReport get(Caller caller, String key) {
        return find(caller, key).orElseThrow(() -> new NotFoundException(LibraryKind.REPORT.notFound(), key));
    }

    @Override
    public Optional<SavedReport> find(Caller caller, String key) {
        Set<String> types = readableTypes(caller);
        ModuleReports.Shipped<ReportDefinition> module = shipped.report(key);
        Optional<SavedReport> found = module != null ? Optional.of(toSaved(module))
                : store.visible(caller, LibraryKind.REPORT, key).map(e -> toSaved(e, caller));
        return found.filter(r -> types.contains(r.definition().recordType()));
    }

    @Override
    public SavedReport save(Caller caller, ReportDefinition definition, List<ReportShare> shares) {
        guard.require(caller, ReportPermissions.DESIGN);
        List<ReportShare> checkedShares = checked(caller, definition, shares);
        return toSaved(store(caller, definition, checkedShares, false), caller);
    }

    @Override
    public void delete(Caller caller, String key) {
        guard.require(caller, ReportPermissions.DESIGN);
        store.delete(caller, LibraryKind.REPORT, key, shipped.report(key) != null);
    }

    /** With no keys: the caller's own saved reports. */
    @Override
    public String export(Caller caller, List<String> keys) {
        guard.require(caller, ReportPermissions.READ);
        List<ReportDefinition> definitions = new ArrayList<>();
        if (keys == null || keys.isEmpty()) {
            list(caller).stream().filter(SavedReport::editable).forEach(r -> definitions.add(r.definition()));
        } else {
            keys.forEach(key -> definitions.add(get(caller, key).definition()));
        }
        return ReportJson.writeDocument(definitions);
    }

    /** Every definition is checked before any is saved, so a refused document changes nothing. */
    @Override
    public List<SavedReport> importJson(Caller caller, String json) {
        guard.require(caller, ReportPermissions.DESIGN);
        List<ReportDefinition> definitions = ReportJson.readDocument(json);
        Validator problems = new Validator();
        for (int i = 0; i < definitions.size(); i++) {
            ReportDefinition definition = definitions.get(i);
            String at = "reports[" + i + "].";
            String key = definition.key();
            if (key != null && !key.isBlank()) {
                Optional<String> owner = store.owner(key);
                if (!key.startsWith(LibraryKind.REPORT.prefix()) || owner.isPresent() && !owner.get().equals(caller.username())) {
                    problems.reject(at + "key", "report.error.keyTaken", key);
                }
            }
            try {
                checked(caller, definition, List.of());
            } catch (ValidationException invalid) {
                invalid.fieldErrors().forEach(e -> problems.reject(at + e.field(), e.messageKey(), e.args().toArray()));
            } catch (NotFoundException unknownType) {
                problems.reject(at + "recordType", "report.error.unknownType", definition.recordType());
            }
        }
        problems.throwIfInvalid();
        return definitions.stream().map(d -> toSaved(store(caller, d, List.of(), true), caller)).toList();
    }

    private DefinitionEntity store(Caller caller, ReportDefinition definition, List<ReportShare> shares, boolean keepNewKey) {
        return store.store(caller, LibraryKind.REPORT, definition.key(), keepNewKey, shipped.report(definition.key()) != null,
                key -> new LibraryStore.Content(definition.title(), definition.recordType(), ReportJson.write(withKey(definition, key))), shares);
    }

    private Set<String> readableTypes(Caller caller) {
        return reports.types(caller).stream().map(ReportType::key).collect(Collectors.toSet());
    }

    /** The definition must run and have a title; shares must name colleagues and units that exist. */
    private List<ReportShare> checked(Caller caller, ReportDefinition definition, List<ReportShare> shares) {
        if (definition == null) {
            throw ValidationException.of("definition", "core.error.required");
        }
        Validator problems = new Validator();
        checkTitle(title(definition), problems);
        List<ReportShare> distinct = store.checkShares(caller, shares, problems);
        problems.throwIfInvalid();
        reports.check(caller, definition);
        return distinct;
    }

    static void checkTitle(LocalizedText title, Validator problems) {
        problems.check(!title.in("fa").isBlank(), "title", "core.error.required");
        problems.check(title.in("fa").length() <= TITLE_LENGTH && title.in("en").length() <= TITLE_LENGTH, "title", "core.error.tooLong",
                TITLE_LENGTH);
    }

    static LocalizedText title(ReportDefinition definition) {
        return definition.title() == null ? LocalizedText.of(null, null) : definition.title();
    }

    private static SavedReport toSaved(ModuleReports.Shipped<ReportDefinition> shipped) {
        return new SavedReport(shipped.definition(), "", shipped.module(), List.of(), null, false);
    }

    private static SavedReport toSaved(DefinitionEntity entity, Caller caller) {
        return new SavedReport(ReportJson.read(entity.body()), entity.owner(), null, entity.shares(), entity.updatedAt(),
                entity.owner().equals(caller.username()));
    }

    private static ReportDefinition withKey(ReportDefinition d, String key) {
        return new ReportDefinition(key, d.title(), d.recordType(), d.groups(), d.columns(), d.filters(), d.sorts(), d.chart());
    }
}
