package cn.xiangzhi.points.application;

import cn.xiangzhi.points.domain.CatalogueItem;
import cn.xiangzhi.points.domain.LedgerLine;
import cn.xiangzhi.points.domain.LineType;
import cn.xiangzhi.points.domain.Months;
import cn.xiangzhi.points.domain.PointsKind;
import cn.xiangzhi.points.domain.Proposal;
import cn.xiangzhi.points.domain.ProposalStatus;
import cn.xiangzhi.shared.security.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** The points context as pages and REST show it. */
public final class PointsViews {

    private PointsViews() {
    }

    public record ItemView(long id, String code, String name, PointsKind kind, int points, boolean evidenceRequired,
                           Set<Role> proposers, Integer monthlyCap, boolean active) implements Serializable {
        static ItemView of(CatalogueItem i) {
            return new ItemView(i.getId(), i.getCode(), i.getName(), i.getKind(), i.getPoints(), i.isEvidenceRequired(),
                    i.getProposers(), i.getMonthlyCap(), i.isActive());
        }
    }

    public record ProposalView(long id, String batch, long householdId, String householdCode, String itemCode,
                               String itemName, int points, String month, String note, String evidence, String proposedBy,
                               Instant proposedAt, ProposalStatus status, String decidedBy, String reason, long villageId)
            implements Serializable {
        static ProposalView of(Proposal p) {
            return new ProposalView(p.getId(), p.getBatch(), p.getHousehold().getId(), p.getHousehold().getCode(),
                    p.getItem().getCode(), p.getItem().getName(), p.getPoints(), Months.format(p.getMonth()), p.getNote(),
                    p.getEvidence(), p.getProposedBy(), p.getProposedAt(), p.getStatus(), p.getDecidedBy(), p.getReason(),
                    p.getHousehold().getVillage().getId());
        }
    }

    public record LineView(long id, long householdId, String householdCode, LineType type, String itemCode,
                           String itemName, int points, String month, Long proposalId, Long reversesId, String proposer,
                           String approver, String evidence, String reason, Instant createdAt, String concernsMonth)
            implements Serializable {
        static LineView of(LedgerLine l) {
            LedgerLine reversed = l.getType() == LineType.REVERSAL ? l.getReverses() : null;
            return new LineView(l.getId(), l.getHousehold().getId(), l.getHousehold().getCode(), l.getType(),
                    l.getItem() == null ? null : l.getItem().getCode(), l.getItem() == null ? null : l.getItem().getName(),
                    l.getPoints(), Months.format(l.getMonth()), l.getProposal() == null ? null : l.getProposal().getId(),
                    l.getReverses() == null ? null : l.getReverses().getId(), l.getProposer(), l.getApprover(),
                    l.getEvidence(), l.getReason(), l.getCreatedAt(),
                    Months.format(reversed == null ? l.getMonth() : reversed.getMonth()));
        }

        /** A correction booked in a later month than the one it concerns (that month was closed). */
        public boolean isBookedLater() {
            return !concernsMonth.equals(month);
        }
    }
}
