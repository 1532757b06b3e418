package org.peyvand.platform.form;

/** The kernel permissions of forms (CRM-INF/permissions/forms.json). */
public final class FormPermissions {
    /** See the forms and their definitions. */
    public static final String READ = "platform.form.read";
    /** Design, publish, roll back, import and export forms and record types. */
    public static final String DESIGN = "platform.form.design";
    /** Upload files, and read those of records one may see. */
    public static final String FILE_USE = "platform.file.use";

    private FormPermissions() {
    }
}
