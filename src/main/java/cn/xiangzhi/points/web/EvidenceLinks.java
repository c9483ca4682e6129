package cn.xiangzhi.points.web;

import cn.xiangzhi.points.domain.EvidencePhoto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/** Splits an evidence text into its words and its {@code photo:{id}} references, for the pages. */
@Named
@ApplicationScoped
public class EvidenceLinks {

    public List<Long> photos(String evidence) {
        return EvidencePhoto.referencesIn(evidence);
    }

    public String text(String evidence) {
        return evidence == null ? "" : evidence.replaceAll("photo:\\d{1,18}", "").strip();
    }
}
