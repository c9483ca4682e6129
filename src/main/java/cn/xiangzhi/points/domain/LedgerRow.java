package cn.xiangzhi.points.domain;

/**
 * A household's ledger line as the balance reads it (a JPQL constructor result, no entity): its id,
 * type, points, the village and month it was booked in, and the line it reverses (null: none).
 */
public record LedgerRow(long id, LineType type, int points, long villageId, int month, Long reversesId) {
}
