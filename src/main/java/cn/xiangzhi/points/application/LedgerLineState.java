package cn.xiangzhi.points.application;

import cn.xiangzhi.points.domain.LineType;

/**
 * One row of the balance's query (a JPQL constructor result): a household's ledger line, how many
 * open objections freeze it (0: none) and whether its village's month is published with its
 * objection period over (1) or not (0).
 */
public record LedgerLineState(long id, LineType type, int points, long villageId, int month, Long reversesId,
                              long openObjections, long releasedMonths) {
}
