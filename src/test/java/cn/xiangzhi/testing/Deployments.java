package cn.xiangzhi.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR exactly as {@code mvn package} built it: tests run against what users deploy. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("it.war", "target/xiangzhi.war"));
        return ShrinkWrap.create(ZipImporter.class, "xiangzhi.war").importFrom(war).as(WebArchive.class);
    }
}
