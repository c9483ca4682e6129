package cn.xiangzhi.decisions.domain;

import java.time.LocalDate;

/** A step already recorded for a matter, as the engine needs it. */
public interface StepResult {
    int position();

    Outcome outcome();

    LocalDate heldOn();
}
