package cn.xiangzhi.organisation.domain;

/**
 * The grid levels inside a village (seed 002): a village grid led by the branch secretary, its
 * micro-grids of about 50 households, and household groups of 5–10 households.
 */
public enum GridLevel {
    VILLAGE_GRID, MICRO_GRID, HOUSEHOLD_GROUP;

    /** The level a grid of this level sits under, or null for the top. */
    public GridLevel parentLevel() {
        return this == VILLAGE_GRID ? null : values()[ordinal() - 1];
    }
}
