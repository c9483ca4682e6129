package cn.xiangzhi.platform.api;

import cn.xiangzhi.platform.application.UserAdministration;
import cn.xiangzhi.platform.application.UserView;
import cn.xiangzhi.shared.security.Role;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;

/** The tenant's users over REST, for tenant admins. */
@Tag(name = "users", description = "The tenant's users over REST, for tenant admins")
@Path("t/{tenant}/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserAdministration users;

    public record UserBody(String username, String displayName, String phone, String role, Long scopePlaceId,
                           String password, Boolean enabled) {
    }

    public record PasswordBody(String password) {
    }

    @GET
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("{id}")
    public UserView get(@PathParam("id") long id) {
        return users.get(id);
    }

    @POST
    public Response create(UserBody body) {
        UserBody b = require(body);
        UserView created = users.create(new UserAdministration.UserForm(b.username(), b.displayName(), b.phone(),
                role(b.role()), scope(b), chars(b.password())));
        return created(created);
    }

    @PUT
    @Path("{id}")
    public UserView update(@PathParam("id") long id, UserBody body) {
        UserBody b = require(body);
        return users.update(id, b.displayName(), b.phone(), role(b.role()), scope(b), b.enabled() == null || b.enabled());
    }

    @POST
    @Path("{id}/password")
    public Response resetPassword(@PathParam("id") long id, PasswordBody body) {
        users.resetPassword(id, chars(body == null ? null : body.password()));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        users.remove(id);
        return Response.noContent().build();
    }

    private static UserBody require(UserBody body) {
        return ApiInput.required(body, "error.user.username", (Object) null);
    }

    private static long scope(UserBody body) {
        return body.scopePlaceId() == null ? -1 : body.scopePlaceId();
    }

    private static char[] chars(String s) {
        return s == null ? null : s.toCharArray();
    }

    private static Role role(String role) {
        return ApiInput.enumOf(Role.class, role, "error.user.role");
    }
}
