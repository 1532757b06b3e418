package org.peyvand.ui.admin.internal.profile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.SecondFactor;
import org.peyvand.ui.admin.internal.FieldErrorDisplay;
import org.peyvand.ui.admin.internal.Fields;
import org.peyvand.ui.admin.internal.ServiceCall;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.StreamResource;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Image;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The user's second factor: whether it is on; enrolling shows a QR code and the key to type, and
 * the first valid code turns it on and shows ten recovery codes, this once. Turning it off asks
 * for the password.
 */
final class SecondFactorSection extends ProfileSection {
    private static final long serialVersionUID = 1L;
    private static final String QR_SIZE = "220px";

    private final transient UiContext context;
    private final transient ProfileServices services;
    private final Label state = new Label();
    private final Button enrol;
    private final Button disable;
    private final VerticalLayout steps = new VerticalLayout();

    SecondFactorSection(UiContext context, ProfileServices services) {
        super(context.messages().get("admin.profile.otp"), "profile-otp");
        this.context = context;
        this.services = services;
        Messages messages = context.messages();
        state.setId("profile-otp-state");
        enrol = Buttons.of(messages.get("admin.profile.otp.enrol"), VaadinIcons.MOBILE, e -> begin());
        enrol.setId("profile-otp-enrol");
        enrol.addStyleName(ValoTheme.BUTTON_PRIMARY);
        disable = new Button(messages.get("admin.profile.otp.disable"), e -> openDisable());
        disable.setId("profile-otp-disable");
        CssLayout buttons = new CssLayout(enrol, disable);
        buttons.addStyleName("crm-row");
        steps.setMargin(false);
        steps.setVisible(false);
        add(state, buttons, steps);
        showState();
    }

    private void showState() {
        boolean on = services.users().me(context.caller()).otpEnabled();
        Messages messages = context.messages();
        state.setValue(messages.get(on ? "admin.profile.otp.on" : "admin.profile.otp.off"));
        state.setStyleName(on ? "crm-ok" : "crm-muted");
        enrol.setCaption(messages.get(on ? "admin.profile.otp.reenrol" : "admin.profile.otp.enrol"));
        disable.setVisible(on);
    }

    private void begin() {
        SecondFactor.Enrolment enrolment;
        try {
            enrolment = services.secondFactor().begin(context.caller());
        } catch (RuntimeException e) {
            context.showError(e);
            return;
        }
        Messages messages = context.messages();
        byte[] svg = QrCodeSvg.of(enrolment.uri()).getBytes(StandardCharsets.UTF_8);
        // a fresh name per enrolment, so no cache ever shows an earlier secret
        StreamResource qrImage = new StreamResource(() -> new ByteArrayInputStream(svg), "otp-" + UUID.randomUUID() + ".svg");
        qrImage.setMIMEType("image/svg+xml");
        qrImage.setCacheTime(0);
        Image qr = new Image(null, qrImage);
        qr.setId("profile-otp-qr");
        qr.setWidth(QR_SIZE);
        qr.setHeight(QR_SIZE);
        qr.setAlternateText(messages.get("admin.profile.otp.qr"));

        Label key = new Label(ManualKey.grouped(enrolment.secret()), ContentMode.PREFORMATTED);
        key.setId("profile-otp-secret");
        key.setCaption(messages.get("admin.profile.otp.manualKey"));
        key.addStyleNames("crm-ltr", ValoTheme.LABEL_LARGE);

        FieldErrorDisplay errors = new FieldErrorDisplay(messages);
        TextField code = errors.bind("code", Fields.leftToRight(messages.get("admin.profile.otp.code"), "profile-otp-code", 6));
        code.setWidth("160px");
        Button confirm = new Button(messages.get("admin.profile.otp.confirm"));
        confirm.setId("profile-otp-confirm");
        confirm.addStyleName(ValoTheme.BUTTON_PRIMARY);
        confirm.addClickListener(e -> ServiceCall.call(context, errors,
                () -> services.secondFactor().confirm(context.caller(), code.getValue())).ifPresent(this::showRecoveryCodes));
        CssLayout confirmRow = new CssLayout(code, confirm);
        confirmRow.addStyleName("crm-row");

        steps.removeAllComponents();
        steps.addComponents(note(messages.get("admin.profile.otp.scan")), qr, key, note(messages.get("admin.profile.otp.typeCode")),
                confirmRow);
        steps.setVisible(true);
        code.focus();
    }

    private void showRecoveryCodes(List<String> codes) {
        Messages messages = context.messages();
        Label list = new Label(String.join("\n", codes), ContentMode.PREFORMATTED);
        list.setId("profile-recovery-codes");
        list.setCaption(messages.get("admin.profile.otp.recoveryCodes"));
        list.addStyleName("crm-ltr");
        Label keep = new Label(messages.get("admin.profile.otp.recoveryCodes.note"));
        keep.addStyleName(ValoTheme.LABEL_BOLD);
        keep.setWidth("100%");
        Button done = new Button(messages.get("admin.profile.otp.recoveryCodes.stored"), e -> steps.setVisible(false));
        done.setId("profile-recovery-codes-done");
        steps.removeAllComponents();
        steps.addComponents(keep, list, done);
        context.showSuccess(messages.get("admin.profile.otp.enabled"));
        showState();
    }

    private void openDisable() {
        DisableSecondFactorDialog dialog = new DisableSecondFactorDialog(context, services.secondFactor());
        dialog.addCloseListener(e -> showState());
        getUI().addWindow(dialog);
    }
}
