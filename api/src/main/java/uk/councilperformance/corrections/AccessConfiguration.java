package uk.councilperformance.corrections;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may do what over HTTP. Everything is open to read: queries (GET or POST /graphql), GraphiQL and its
 * assets. Queries and mutations share /graphql, so access is decided per operation, not per URL: every
 * mutation method carries @PreAuthorize("hasRole('OFFICER')"), and an officer signs in with HTTP Basic on
 * each request (no session, no cookie, no login page).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity
public class AccessConfiguration {

    @Bean
    SecurityFilterChain access(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // CSRF tokens protect credentials a browser attaches by itself (session cookies). /graphql is an
                // API that keeps no session and sets no cookie: an officer's credential travels only in the
                // Authorization header the client sets on each request. The 401 below sends no WWW-Authenticate
                // challenge, so a browser never prompts for, caches and replays Basic credentials; and a
                // cross-site page can neither set that header nor send JSON without a CORS preflight.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/graphql"))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Published figures are public: caching is the API's own decision (ETag, Cache-Control), not
                // Spring Security's blanket no-store.
                .headers(headers -> headers.cacheControl(cacheControl -> cacheControl.disable()));
        return http.build();
    }
}
