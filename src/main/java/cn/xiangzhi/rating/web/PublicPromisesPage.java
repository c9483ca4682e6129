package cn.xiangzhi.rating.web;

import cn.xiangzhi.rating.application.Ballots;
import cn.xiangzhi.rating.application.RatingViews.ProblemView;
import cn.xiangzhi.shared.web.PublicVillagePage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** A village's public list of problems a rating found and the branch's promises, shown until each is done (no sign-in). */
@Named
@RequestScoped
public class PublicPromisesPage extends PublicVillagePage {

    @Inject
    Ballots ballots;

    private List<ProblemView> problems = List.of();

    @Override
    protected void read(long villageId) {
        problems = ballots.openProblems(villageId);
    }

    public List<ProblemView> getProblems() {
        return problems;
    }
}
