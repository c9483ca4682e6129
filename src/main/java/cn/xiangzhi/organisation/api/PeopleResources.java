package cn.xiangzhi.organisation.api;

import cn.xiangzhi.organisation.application.People;
import cn.xiangzhi.shared.domain.DomainException;
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
import static cn.xiangzhi.shared.web.ApiInput.required;

/** Residents, party branches and party members over REST. */
public final class PeopleResources {

    private PeopleResources() {
    }

    @Tag(name = "residents", description = "Residents, party branches and party members over REST")
    @Path("t/{tenant}/residents")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Residents {

        @Inject
        People people;

        public record Body(Long householdId, String name, String relation, String gender, Integer birthYear, String phone) {
            People.ResidentForm form() {
                if (householdId == null) {
                    throw new DomainException("error.resident.household");
                }
                return new People.ResidentForm(householdId, name, relation, gender, birthYear, phone);
            }
        }

        @GET
        public List<People.ResidentView> list(@QueryParam("household") Long household) {
            return people.residents(household);
        }

        @GET
        @Path("{id}")
        public People.ResidentView get(@PathParam("id") long id) {
            return people.resident(id);
        }

        @POST
        public Response add(Body body) {
            return created(people.addResident(require(body).form()));
        }

        @PUT
        @Path("{id}")
        public People.ResidentView update(@PathParam("id") long id, Body body) {
            return people.updateResident(id, require(body).form());
        }

        @DELETE
        @Path("{id}")
        public Response remove(@PathParam("id") long id) {
            people.removeResident(id);
            return Response.noContent().build();
        }
    }

    @Tag(name = "party-branches", description = "Residents, party branches and party members over REST")
    @Path("t/{tenant}/party-branches")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Branches {

        @Inject
        People people;

        public record Body(Long villageId, String code, String name, String secretaryName) {
        }

        @GET
        public List<People.BranchView> list() {
            return people.branches();
        }

        @GET
        @Path("{id}")
        public People.BranchView get(@PathParam("id") long id) {
            return people.branch(id);
        }

        @POST
        public Response add(Body body) {
            Body b = require(body);
            if (b.villageId() == null) {
                throw new DomainException("error.grid.village");
            }
            return created(people.addBranch(b.villageId(), b.code(), b.name(), b.secretaryName()));
        }

        @PUT
        @Path("{id}")
        public People.BranchView update(@PathParam("id") long id, Body body) {
            return people.updateBranch(id, require(body).name(), body.secretaryName());
        }

        @DELETE
        @Path("{id}")
        public Response remove(@PathParam("id") long id) {
            people.removeBranch(id);
            return Response.noContent().build();
        }
    }

    @Tag(name = "party-members", description = "Residents, party branches and party members over REST")
    @Path("t/{tenant}/party-members")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Members {

        @Inject
        People people;

        public record Body(Long branchId, String code, String name, Long residentId, Integer joinedYear) {
            People.MemberForm form() {
                if (branchId == null) {
                    throw new DomainException("error.member.branch");
                }
                return new People.MemberForm(branchId, code, name, residentId, joinedYear);
            }
        }

        @GET
        public List<People.MemberView> list(@QueryParam("branch") Long branch) {
            return people.members(branch);
        }

        @GET
        @Path("{id}")
        public People.MemberView get(@PathParam("id") long id) {
            return people.member(id);
        }

        @POST
        public Response add(Body body) {
            return created(people.addMember(require(body).form()));
        }

        @PUT
        @Path("{id}")
        public People.MemberView update(@PathParam("id") long id, Body body) {
            return people.updateMember(id, require(body).form());
        }

        @DELETE
        @Path("{id}")
        public Response remove(@PathParam("id") long id) {
            people.removeMember(id);
            return Response.noContent().build();
        }
    }

    private static <T> T require(T body) {
        return required(body, "error.name.required");
    }
}
