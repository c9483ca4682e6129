package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A place as pages and REST show it. */
public record PlaceView(long id, Long parentId, PlaceLevel level, String name, String divisionCode, String path,
                        long version) implements Serializable {

    public static PlaceView of(Place place) {
        return new PlaceView(place.getId(), place.getParentId(),
                place.getLevel(), place.getName(), place.getDivisionCode(), place.getPath(), place.getVersion());
    }

    /** The ids on this place's path, from the tenant's root down to the place itself. */
    public List<Long> lineageIds() {
        return idsOnPath(path);
    }

    /** The ids on a materialized path ({@code /1/5/9/}), from the root down. */
    public static List<Long> idsOnPath(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
