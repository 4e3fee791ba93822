package dev.wanr2v.internal.budget;

import dev.wanr2v.BudgetKind;

/**
 * Leave to send one call: of which budget, and its number among that budget's grants (so that a 429 can
 * tell whether its call left before or after the last slow-down).
 *
 * @param kind the budget drawn on, or {@code null} for a call that draws on none (another host)
 * @param seq  the grant's number within its budget
 */
public record Permit(BudgetKind kind, long seq) {
    /** For calls that draw on no budget. */
    public static final Permit NONE = new Permit(null, 0);
}
