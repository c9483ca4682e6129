package cn.xiangzhi.orglife.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A kind of meeting of organisational life (三会一课 and the three working days), tenant data: its
 * code and name, how often it must be held, and how long a meeting must last to count.
 */
@Entity
@Table(name = "orglife_meeting_type")
public class MeetingType extends TenantOwnedEntity {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** The seed's kinds (DOMAIN.md, Party-building e-management): code, name, frequency, minimum minutes. */
    public record Default(String code, String name, Frequency frequency, int minimumMinutes) {
    }

    public static final List<Default> DEFAULTS = List.of(
            new Default("BRANCH_MEMBERS", "支部党员大会", Frequency.QUARTERLY, 60),
            new Default("BRANCH_COMMITTEE", "支部委员会", Frequency.MONTHLY, 45),
            new Default("PARTY_GROUP", "党小组会", Frequency.MONTHLY, 30),
            new Default("PARTY_LECTURE", "党课", Frequency.QUARTERLY, 45),
            new Default("THEME_PARTY_DAY", "主题党日", Frequency.MONTHLY, 60),
            new Default("TWO_COMMITTEES_DAY", "两委联席工作日", Frequency.WEEKLY, 60),
            new Default("PARTY_ACTIVITY_DAY", "党员活动日", Frequency.MONTHLY, 60),
            new Default("PUBLICATION_DAY", "党务村务财务公开日", Frequency.QUARTERLY, 30));

    @Column(nullable = false, updatable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 60)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Frequency frequency;

    @Column(name = "minimum_minutes", nullable = false)
    private int minimumMinutes;

    protected MeetingType() {
    }

    public MeetingType(String code, String name, Frequency frequency, int minimumMinutes) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new DomainException("error.meetingType.code", code);
        }
        this.code = code.strip();
        change(name, frequency, minimumMinutes);
    }

    public void change(String newName, Frequency newFrequency, int newMinimumMinutes) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 60) {
            throw new DomainException("error.meetingType.name", newName);
        }
        if (newFrequency == null) {
            throw new DomainException("error.meetingType.frequency", "");
        }
        if (newMinimumMinutes < 0 || newMinimumMinutes > 24 * 60) {
            throw new DomainException("error.meetingType.minimumMinutes", newMinimumMinutes);
        }
        this.name = newName.strip();
        this.frequency = newFrequency;
        this.minimumMinutes = newMinimumMinutes;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("frequency", frequency == null ? null : frequency.name());
        state.put("minimumMinutes", minimumMinutes);
        return state;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public int getMinimumMinutes() {
        return minimumMinutes;
    }
}
