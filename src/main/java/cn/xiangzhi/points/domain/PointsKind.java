package cn.xiangzhi.points.domain;

/** The three kinds of catalogue item (seed 002): autonomy/credit 信用, rule of law 法治, morality 公德. */
public enum PointsKind {
    CREDIT, LAW, MORALITY
}
