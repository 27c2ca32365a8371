package org.practiceevaluations.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Repeated wrong passwords slow down and lock an account for a while, longer each time, never for ever; the
 * administrator can unlock it at once. Time is moved on the engine's clock, never waited for.
 */
@AppTest
class LogInLockoutTest {

  private static final String USER = "lockout.test";
  private static final String PASSWORD = "Right-Password-1";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @BeforeEach
  void aMemberOfStaff() {
    ClockUtil.setCurrentTime(new Date());
    if (identityService.createUserQuery().userId(USER).count() == 0) {
      User user = identityService.newUser(USER);
      user.setFirstName("Locked");
      user.setLastName("Out");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(USER, "social-workers");
    }
    identityService.unlockUser(USER);
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
    identityService.unlockUser(USER);
  }

  @Test
  void eachWrongPasswordLocksTheAccountForLongerAndTheLockEnds() {
    assertThat(logIn(PASSWORD)).isEqualTo(200);
    assertThat(logIn("wrong")).isEqualTo(401);
    assertThat(logIn(PASSWORD)).as("locked for a few seconds after a wrong password").isEqualTo(401);

    long first = lockedFor();
    moveOn(first + 1);
    assertThat(logIn("wrong again")).isEqualTo(401);
    long second = lockedFor();
    assertThat(second).as("the second lock is longer than the first").isGreaterThan(first);

    moveOn(second + 1);
    assertThat(logIn(PASSWORD)).as("the lock ends by itself").isEqualTo(200);
  }

  @Test
  void manyWrongPasswordsNeverLockForMoreThanFifteenMinutes() {
    for (int attempt = 0; attempt < 25; attempt++) {
      moveOn(lockedFor() + 1);
      assertThat(logIn("guess " + attempt)).isEqualTo(401);
    }

    assertThat(lockedFor()).as("the longest lock, in seconds").isLessThanOrEqualTo(900);
    moveOn(901);
    assertThat(logIn(PASSWORD)).as("never locked for ever").isEqualTo(200);
  }

  @Test
  void theAdministratorUnlocksAnAccountAtOnceAndNobodyElseCan() {
    logIn("wrong");
    moveOn(lockedFor() + 1);
    logIn("wrong");
    assertThat(logIn(PASSWORD)).isEqualTo(401);

    Http.Response byAnotherPerson = Http.basic(port, DemoUsers.AUDIT_MANAGER, DemoUsers.PASSWORD)
        .sendJson("POST", "/engine-rest/user/" + USER + "/unlock", "{}", false);
    assertThat(byAnotherPerson.status()).isEqualTo(403);
    assertThat(logIn(PASSWORD)).isEqualTo(401);

    Http.Response byTheAdministrator = Http.basic(port, DemoUsers.ADMIN, DemoUsers.PASSWORD)
        .sendJson("POST", "/engine-rest/user/" + USER + "/unlock", "{}", false);
    assertThat(byTheAdministrator.status()).isEqualTo(204);
    assertThat(logIn(PASSWORD)).isEqualTo(200);
  }

  private int logIn(String password) {
    return Http.anonymous(port).webappLogin("tasklist", USER, password).status();
  }

  private long lockedFor() {
    Date until = lockExpiration();
    return until == null ? 0 : Math.max(0, (until.getTime() - ClockUtil.getCurrentTime().getTime() + 999) / 1000);
  }

  private Date lockExpiration() {
    Object user = identityService.createUserQuery().userId(USER).singleResult();
    return ((org.camunda.bpm.engine.impl.persistence.entity.UserEntity) user).getLockExpirationTime();
  }

  private static void moveOn(long seconds) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000));
  }
}
