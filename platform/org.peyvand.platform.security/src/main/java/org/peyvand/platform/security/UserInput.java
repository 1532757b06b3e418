package org.peyvand.platform.security;

import org.peyvand.platform.core.format.DisplayPreferences;

/** The changeable details of a user; roles, password and locking have their own operations. */
public record UserInput(String displayNameFa, String displayNameEn, String email, String mobile, long unitId,
        DisplayPreferences preferences) {
}
