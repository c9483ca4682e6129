package cn.xiangzhi.devices.application;

import cn.xiangzhi.devices.domain.Device;
import cn.xiangzhi.devices.domain.DeviceCommand;
import cn.xiangzhi.devices.domain.TerminalCommand;
import cn.xiangzhi.devices.domain.TerminalUser;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People on terminals: party members and cadres get a terminal PIN in their village, and the
 * tenant pushes them to the village's attendance terminals through the command queue — a new or
 * changed person is {@code DATA UPDATE USERINFO}, a removed one {@code DATA DELETE USERINFO}, a
 * re-sync of the village every person again. Each command's result comes back from the device
 * ({@code devicecmd}) and shows in {@link #commands}. Commands are built only by {@link TerminalCommand}.
 */
@ApplicationScoped
@Transactional
public class TerminalPeople {

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    DeviceRegistry registry;

    @Inject
    BusinessClock clock;

    @Inject
    CommandHints hints;

    /** A person on terminals as staff see them; {@code commands}: how many commands their last change queued. */
    public record PersonView(long id, long villageId, String pin, String name, String card, TerminalUser.Post post,
                             TerminalUser.Origin origin, Instant createdAt, Instant removedAt, long version, int commands)
            implements Serializable {
        static PersonView of(TerminalUser user, int commands) {
            return new PersonView(user.getId(), user.getVillageId(), user.getPin(), user.getName(), user.getCard(), user.getPost(),
                    user.getOrigin(), user.getCreatedAt(), user.getRemovedAt(), user.getVersion(), commands);
        }

        public boolean isActive() {
            return removedAt == null;
        }
    }

    /** A cadre or first secretary on a village's terminals, for the ranking of their daily presence. */
    public record RankedPerson(long villageId, String pin, String name, TerminalUser.Post post, Instant removedAt) {
    }

    public List<PersonView> list(Long villageId) {
        UserPrincipal user = Access.require(Permission.DEVICE_VIEW);
        List<TerminalUser> people = villageId == null
                ? db.tenant().createQuery("select u from TerminalUser u order by u.villageId, u.pin", TerminalUser.class).getResultList()
                : db.tenant().createQuery("select u from TerminalUser u where u.villageId = :village order by u.pin", TerminalUser.class)
                .setParameter("village", villageId).getResultList();
        return people.stream().filter(p -> inScope(user, p.getVillageId())).map(p -> PersonView.of(p, 0)).toList();
    }

    public PersonView get(long id) {
        return PersonView.of(visible(Access.require(Permission.DEVICE_VIEW), id), 0);
    }

    /** The names of a village's people on terminals by PIN, for another context's service that has checked its own permission and scope. */
    public Map<String, String> namesIn(long villageId) {
        return names(villageId, false);
    }

    /** As {@link #namesIn}, of the people still on the terminals (not removed). */
    public Map<String, String> activeNamesIn(long villageId) {
        return names(villageId, true);
    }

    private Map<String, String> names(long villageId, boolean activeOnly) {
        Map<String, String> names = new HashMap<>();
        db.tenant().createQuery("select u from TerminalUser u where u.villageId = :village", TerminalUser.class)
                .setParameter("village", villageId).getResultStream().filter(u -> !activeOnly || u.isActive())
                .forEach(u -> names.put(u.getPin(), u.getName()));
        return names;
    }

    /**
     * The cadres and first secretaries of the tenant's villages (removed ones too: they were present
     * before), for another context's service that has checked its own permission and scope.
     */
    public List<RankedPerson> rankedPeople() {
        return db.tenant().createQuery("select u from TerminalUser u where u.post <> :member order by u.villageId, u.pin", TerminalUser.class)
                .setParameter("member", TerminalUser.Post.MEMBER).getResultStream()
                .map(u -> new RankedPerson(u.getVillageId(), u.getPin(), u.getName(), u.getPost(), u.getRemovedAt())).toList();
    }

    /** Gives a person a PIN in a village (a party member when no post is given) and writes them to the village's terminals. */
    public PersonView enrol(Long villageId, String pin, String name, String card, TerminalUser.Post post) {
        UserPrincipal user = Access.require(Permission.DEVICE_MANAGE);
        Place village = village(villageId);
        String checkedPin = TerminalUser.requirePin(pin);
        boolean taken = !db.tenant().createQuery("select u from TerminalUser u where u.villageId = :village and u.pin = :pin", TerminalUser.class)
                .setParameter("village", village.getId()).setParameter("pin", checkedPin).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("error.terminalUser.pinTaken", checkedPin);
        }
        TerminalUser person = new TerminalUser(village.getId(), checkedPin, name, card, post, TerminalUser.Origin.PLATFORM,
                clock.now());
        db.tenant().persist(person);
        db.tenant().flush();
        return PersonView.of(person, queue(user, village.getId(), TerminalCommand.updateUser(person)));
    }

    /** Changes a person's name, card or post (or brings a removed one back) and rewrites them on the terminals. */
    public PersonView change(long id, String name, String card, TerminalUser.Post post) {
        UserPrincipal user = Access.require(Permission.DEVICE_MANAGE);
        TerminalUser person = visible(user, id);
        person.change(name, card, post);
        db.tenant().flush();
        return PersonView.of(person, queue(user, person.getVillageId(), TerminalCommand.updateUser(person)));
    }

    /** Removes a person (the row stays: their punches name the PIN) and deletes them from the terminals. */
    public PersonView remove(long id) {
        UserPrincipal user = Access.require(Permission.DEVICE_MANAGE);
        TerminalUser person = visible(user, id);
        person.remove(clock.now());
        db.tenant().flush();
        return PersonView.of(person, queue(user, person.getVillageId(), TerminalCommand.deleteUser(person.getPin())));
    }

    /** Writes every person of the village to each of its terminals again; answers the commands queued. */
    public List<CommandView> push(Long villageId) {
        UserPrincipal user = Access.require(Permission.DEVICE_MANAGE);
        Place village = village(villageId);
        List<TerminalUser> people = db.tenant().createQuery("select u from TerminalUser u where u.villageId = :village"
                + " and u.removedAt is null order by u.pin", TerminalUser.class).setParameter("village", village.getId()).getResultList();
        List<CommandView> queued = new ArrayList<>();
        for (Device device : registry.terminalsOf(village.getId())) {
            for (TerminalUser person : people) {
                queued.add(queueOne(user, device, TerminalCommand.updateUser(person)));
            }
        }
        return queued;
    }

    /** The commands of the tenant's devices, newest first (at most 500), optionally of one device. */
    public List<CommandView> commands(Long deviceId) {
        UserPrincipal user = Access.require(Permission.DEVICE_VIEW);
        Map<Long, String> serials = registry.serials();
        if (deviceId != null) {
            registry.visible(user, deviceId);
        }
        return (deviceId == null
                ? db.tenant().createQuery("select c from DeviceCommand c order by c.id desc", DeviceCommand.class)
                : db.tenant().createQuery("select c from DeviceCommand c where c.deviceId = :device order by c.id desc", DeviceCommand.class)
                .setParameter("device", deviceId))
                .setMaxResults(500).getResultStream()
                .filter(c -> registry.sees(user, c.getDeviceId()))
                .map(c -> CommandView.of(c, serials.get(c.getDeviceId()))).toList();
    }

    public CommandView command(long id) {
        UserPrincipal user = Access.require(Permission.DEVICE_VIEW);
        DeviceCommand command = db.tenant().find(DeviceCommand.class, id);
        if (command == null || !registry.sees(user, command.getDeviceId())) {
            throw new NotFoundException("DeviceCommand", id);
        }
        return CommandView.of(command, registry.serials().get(command.getDeviceId()));
    }


    private int queue(UserPrincipal user, long villageId, TerminalCommand command) {
        List<Device> terminals = registry.terminalsOf(villageId);
        for (Device device : terminals) {
            queueOne(user, device, command);
        }
        return terminals.size();
    }

    private CommandView queueOne(UserPrincipal user, Device device, TerminalCommand command) {
        DeviceCommand queued = new DeviceCommand(device.getId(), command, user.describe(), clock.now());
        db.tenant().persist(queued);
        db.tenant().flush();
        hints.wake(device.getId());
        return CommandView.of(queued, device.getSerialNumber());
    }

    private TerminalUser visible(UserPrincipal user, long id) {
        TerminalUser person = db.tenant().find(TerminalUser.class, id);
        if (person == null || !inScope(user, person.getVillageId())) {
            throw new NotFoundException("TerminalUser", id);
        }
        return person;
    }

    private boolean inScope(UserPrincipal user, long villageId) {
        Place village = db.tenant().find(Place.class, villageId);
        return village != null && Access.inScope(user, village.getPath());
    }

    private Place village(Long villageId) {
        return registry.village(villageId);
    }
}
