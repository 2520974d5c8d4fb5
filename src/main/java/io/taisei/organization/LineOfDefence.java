package io.taisei.organization;

/** The line of defence a department belongs to: business/IT (1st), risk management (2nd), internal audit (3rd). */
public enum LineOfDefence {
    FIRST, SECOND, THIRD, OTHER
}
