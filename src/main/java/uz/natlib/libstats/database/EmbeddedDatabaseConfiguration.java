package uz.natlib.libstats.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import uz.natlib.libstats.home.LibstatsProperties;

/**
 * With no {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}), the application
 * runs on an embedded PostgreSQL whose data lives in the data folder and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(LibstatsProperties properties, EmbeddedDatabaseProperties embedded) {
        return EmbeddedDatabase.shared(embedded.ephemeral() ? null : properties.home().resolve("postgres"));
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(8);
        pool.setPoolName("embedded-postgres");
        return pool;
    }
}
