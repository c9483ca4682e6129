package cn.xiangzhi.rating.domain;

import cn.xiangzhi.shared.domain.DomainException;

import java.util.ArrayList;
import java.util.List;

/**
 * A rater's answers to a campaign's questions, each 1 to the campaign's scale, and the ballot's score
 * on 0–100: the mean answer as a share of the scale (5 of 5 is 100, 3 of 5 is 60).
 */
public record Answers(List<Integer> values, int scale) {

    public Answers {
        for (Integer v : values) {
            if (v == null || v < 1 || v > scale) {
                throw new DomainException("error.rating.answer", scale);
            }
        }
        values = List.copyOf(values);
    }

    /** Reads {@code raw} answers (form values), one per question; a missing or bad one is refused. */
    public static Answers parse(List<String> raw, int questions, int scale) {
        if (raw == null || raw.size() != questions) {
            throw new DomainException("error.rating.answerAll", questions);
        }
        List<Integer> values = new ArrayList<>();
        for (String r : raw) {
            try {
                values.add(r == null ? null : Integer.valueOf(r.strip()));
            } catch (NumberFormatException e) {
                values.add(null);
            }
        }
        return new Answers(values, scale);
    }

    public double score() {
        double sum = values.stream().mapToInt(Integer::intValue).sum();
        return Math.round(sum / values.size() / scale * 10000) / 100.0;
    }

    /** As stored: {@code 5,4,3}. */
    public String stored() {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
