package cn.xiangzhi.devices.api;

import cn.xiangzhi.devices.application.CommandView;
import cn.xiangzhi.devices.application.TerminalPeople;
import cn.xiangzhi.devices.domain.TerminalUser;
import cn.xiangzhi.shared.web.ApiInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;

/**
 * People on terminals: {@code GET ?village=}, {@code POST {villageId, pin, name, card?, post?}} gives a
 * person a PIN and writes them to the village's terminals, {@code PUT {id} {name, card?, post?}} rewrites
 * them, {@code DELETE {id}} deletes them from the terminals (the row stays), {@code POST push?village=}
 * writes everyone of the village to its terminals again.
 */
@Tag(name = "terminal-users", description = "People with a terminal PIN, pushed to their village's terminals")
@Path("t/{tenant}/terminal-users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TerminalUserResource {

    @Inject
    TerminalPeople people;

    /** {@code post}: MEMBER (the default), CADRE or FIRST_SECRETARY. */
    public record PersonBody(Long villageId, String pin, String name, String card, String post) {
    }

    @GET
    public List<TerminalPeople.PersonView> list(@QueryParam("village") Long village) {
        return people.list(village);
    }

    @GET
    @Path("{id}")
    public TerminalPeople.PersonView get(@PathParam("id") long id) {
        return people.get(id);
    }

    @POST
    public Response enrol(PersonBody body) {
        PersonBody person = ApiInput.required(body);
        return created(people.enrol(person.villageId(), person.pin(), person.name(), person.card(),
                ApiInput.enumOf(TerminalUser.Post.class, person.post(), "error.terminalUser.post")));
    }

    @PUT
    @Path("{id}")
    public TerminalPeople.PersonView change(@PathParam("id") long id, PersonBody body) {
        PersonBody person = ApiInput.required(body);
        return people.change(id, person.name(), person.card(),
                ApiInput.enumOf(TerminalUser.Post.class, person.post(), "error.terminalUser.post"));
    }

    @DELETE
    @Path("{id}")
    public TerminalPeople.PersonView remove(@PathParam("id") long id) {
        return people.remove(id);
    }

    @POST
    @Path("push")
    public List<CommandView> push(@QueryParam("village") Long village) {
        return people.push(village);
    }
}
