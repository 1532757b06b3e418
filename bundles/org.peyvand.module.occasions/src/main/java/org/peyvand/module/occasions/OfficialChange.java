package org.peyvand.module.occasions;

/**
 * What an administrator may change of an official occasion: whether it is on (required), and a lunar
 * one's correction in days ({@code null} for none).
 */
public record OfficialChange(Boolean enabled, Integer correction) {
    public int days() {
        return correction == null ? 0 : correction;
    }
}
