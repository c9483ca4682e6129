package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;

import java.io.Serializable;

/** A place as pages and REST show it. */
public record PlaceView(long id, Long parentId, PlaceLevel level, String name, String divisionCode, String path,
                        long version) implements Serializable {

    public static PlaceView of(Place place) {
        return new PlaceView(place.getId(), place.getParentId(),
                place.getLevel(), place.getName(), place.getDivisionCode(), place.getPath(), place.getVersion());
    }
}
