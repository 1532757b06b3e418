package org.peyvand.platform.form;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * Form definitions: the forms modules ship ({@code CRM-INF/forms/*.json}) and those administrators
 * design, in versions. Reading needs {@link FormPermissions#READ}; every change needs
 * {@link FormPermissions#DESIGN} and is audited.
 *
 * <p>Publishing never loses data: a field left out of a new version is kept as removed (hidden,
 * its values stored; publishing it again brings them back), and a type change or a removed choice
 * is refused, with the records that hold values that would not convert, unless every stored value
 * converts, in which case the values are converted with the publish.
 */
@ProviderType
public interface FormService {

    List<FormSummary> list(Caller caller);

    /** The form as it stands: the latest published version, or the module's shipped form. */
    FormDefinition get(Caller caller, String key);

    /** Newest first; a module's form ends with version 0, the form as the module ships it. */
    List<FormVersion> versions(Caller caller, String key);

    FormDefinition version(Caller caller, String key, int version);

    /**
     * Publishes {@code definition} as the form's next version. For a module's record type the
     * built-in fields stay as the module ships them; administrators add fields and arrange the layout.
     *
     * @throws org.peyvand.platform.core.error.ValidationException naming what is wrong in the definition
     * @throws org.peyvand.platform.core.error.ConflictException when stored values would be lost
     */
    FormDefinition publish(Caller caller, FormDefinition definition, String comment);

    /**
     * Checks {@code definition} as {@link #publish} would, without publishing it: the form as it
     * would be published, or the same refusals.
     */
    FormDefinition check(Caller caller, FormDefinition definition);

    /** Publishes an earlier version again, as the newest, with the same checks as {@link #publish}. */
    FormDefinition rollback(Caller caller, String key, int version);

    /** The forms as one JSON document, for another installation or the marketplace. */
    String exportJson(Caller caller, List<String> keys);

    /** Publishes every form of a document {@link #exportJson} wrote; all or none. */
    List<FormDefinition> importJson(Caller caller, String json);
}
