package cn.xiangzhi.orglife.application;

import cn.xiangzhi.devices.application.TerminalPeople;
import cn.xiangzhi.devices.domain.TerminalUser;
import cn.xiangzhi.organisation.application.People;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The village's party members onto its terminals in one step: every member of the village's
 * branches who has no terminal PIN yet (by name) gets the next free PIN from 1001 and is written to
 * the terminals like anyone enrolled by hand. One transaction: a refusal enrols nobody.
 */
@ApplicationScoped
@Transactional
public class TerminalRoster {

    /** The first PIN given to a party member when the village has none higher. */
    static final int FIRST_PIN = 1001;

    @Inject
    People organisation;

    @Inject
    TerminalPeople terminals;

    /** Enrols the village's party members not yet on its terminals; answers how many were enrolled. */
    public int enrolPartyMembers(Long villageId) {
        Access.require(Permission.DEVICE_MANAGE);
        if (villageId == null) {
            throw new DomainException("error.meeting.village", "");
        }
        List<TerminalPeople.PersonView> present = terminals.list(villageId);
        Set<String> names = new HashSet<>();
        long highest = FIRST_PIN - 1;
        for (TerminalPeople.PersonView person : present) {
            names.add(person.name());
            highest = Math.max(highest, Long.parseLong(person.pin()));
        }
        int enrolled = 0;
        for (People.BranchView branch : organisation.branches()) {
            if (branch.villageId() != villageId) {
                continue;
            }
            for (People.MemberView member : organisation.members(branch.id())) {
                String name = member.name().strip();
                String shown = name.length() > 24 ? name.substring(0, 24) : name;
                if (names.add(shown)) {
                    terminals.enrol(villageId, Long.toString(++highest), shown, null, TerminalUser.Post.MEMBER);
                    enrolled++;
                }
            }
        }
        return enrolled;
    }
}
