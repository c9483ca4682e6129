# Build the WAR, then run it on the official Payara Micro image (JDK 17).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Everything the build reads (pom.xml): the sources, the starters (tenants/, packed as classpath
# resources the application loads at sign-up) and the tenant looks (themes/, packed into the WAR).
# ContainerFilesTest fails when a folder the build reads is missing here.
COPY pom.xml .
COPY src src
COPY tenants tenants
COPY themes themes
RUN mvn -B -q package -DskipTests

FROM payara/micro:6.2025.10-jdk17
# Inside the container HTTP listens on every interface of the container; Hazelcast stays on loopback.
COPY --chown=payara:payara src/main/docker/preboot.txt /opt/payara/config/preboot.txt
COPY --from=build --chown=payara:payara /src/target/xiangzhi.war /opt/payara/deployments/xiangzhi.war
# XIANGZHI_DB_URL, XIANGZHI_DB_USER, XIANGZHI_DB_PASSWORD and XIANGZHI_OPERATOR_PASSWORD come from the environment.
EXPOSE 8080
ENTRYPOINT ["java", "-XX:+UseContainerSupport", "-XX:MaxRAMPercentage=75.0", "-Dhazelcast.socket.bind.any=false", \
            "-jar", "/opt/payara/payara-micro.jar"]
CMD ["--deploy", "/opt/payara/deployments/xiangzhi.war", "--contextroot", "/", "--port", "8080", \
     "--nocluster", "--disablephonehome", "--prebootcommandfile", "/opt/payara/config/preboot.txt"]
