package cn.xiangzhi.centres.domain;

/** An asset offered on the property-rights market (产权交易): LISTED until leased, transferred or withdrawn. */
public enum ListingStatus {
    LISTED, LEASED, TRANSFERRED, WITHDRAWN
}
