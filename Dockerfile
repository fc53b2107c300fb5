# Builds the libstats jar and runs it against the PostgreSQL service of docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY reports reports
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/libstats.jar /app/libstats.jar
COPY jobs /app/jobs
ENV LIBSTATS_HOME=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/libstats.jar"]
# The service: pages and API on 8080, the inbox every 5 minutes, the nightly chain at 02:00 Tashkent.
# One-shot commands: docker compose run --rm app run, ... app users list
CMD ["serve"]
