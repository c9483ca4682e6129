package cn.xiangzhi.decisions.domain;

/** A bidding lot is open for bids until closed: awarded to the best bid, failed without one, or closed (withdrawn) unawarded. */
public enum LotStatus { OPEN, AWARDED, FAILED, CLOSED }
