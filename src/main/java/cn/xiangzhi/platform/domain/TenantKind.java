package cn.xiangzhi.platform.domain;

/** A tenant is a county (with its townships) or a township on its own. */
public enum TenantKind {
    COUNTY(PlaceLevel.COUNTY), TOWNSHIP(PlaceLevel.TOWNSHIP);

    private final PlaceLevel rootLevel;

    TenantKind(PlaceLevel rootLevel) {
        this.rootLevel = rootLevel;
    }

    public PlaceLevel rootLevel() {
        return rootLevel;
    }
}
