package cn.xiangzhi.shared.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's own stylesheets and scripts ({@code resources/xiangzhi/}) are cached by browsers
 * for a week like every Faces resource, so their address carries a digest of their content
 * ({@code app.css.xhtml?ln=xiangzhi&h=…}): a new version is a new address, and a phone on a slow link
 * never asks again for what it has.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    static final String LIBRARY = "xiangzhi";
    private static final Map<String, String> DIGESTS = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        Resource resource = super.createResource(resourceName, libraryName);
        return resource == null || !LIBRARY.equals(libraryName) ? resource : new Versioned(resource);
    }

    /** A short digest of the content: the same bytes, the same address. */
    static String digest(InputStream content) {
        try (content) {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
            return HexFormat.of().formatHex(sha, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Versioned extends ResourceWrapper {

        Versioned(Resource resource) {
            super(resource);
        }

        @Override
        public String getRequestPath() {
            String path = super.getRequestPath();
            String digest = DIGESTS.computeIfAbsent(getResourceName(), name -> {
                try {
                    return digest(getWrapped().getInputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return path + (path.contains("?") ? "&" : "?") + "h=" + digest;
        }
    }
}
