package com.renovare.content.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.renovare.content.audit.Actor;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A revoked key stops working on the instance that revoked it as soon as the revoke returns, even
 * when key checks and reloads (the scheduled refresh, other instances' changes) run at the same
 * time: nothing that began before the revoke may store its older view of the keys after it.
 */
@QuarkusTest
class PartnerKeyRevocationRaceTest {

  private static final int ROUNDS = 200;

  @Inject PartnerKeys keys;

  /**
   * Rounds of: issue a key, then revoke it while two threads check it and one reloads the keys as
   * the scheduled refresh does; once all three have finished, check it once more.
   */
  @Test
  void aKeyRevokedDuringConcurrentChecksAndReloadsNeverAuthenticatesAfterwards() throws Exception {
    Actor admin = Actor.system("revocation-race-test");
    ExecutorService pool = Executors.newFixedThreadPool(3);
    int stillAuthenticating = 0;
    try {
      for (int round = 0; round < ROUNDS; round++) {
        PartnerKeyViews.Issued issued =
            keys.issue(new PartnerKeyRequest("race-" + round, null, null), admin);
        String secret = issued.secret();
        UUID id = issued.key().id();
        AtomicBoolean revoked = new AtomicBoolean();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int checker = 0; checker < 2; checker++) {
          running.add(
              pool.submit(
                  () -> {
                    go.await();
                    while (!revoked.get()) {
                      keys.recognise(secret);
                    }
                    return null;
                  }));
        }
        running.add(
            pool.submit(
                () -> {
                  go.await();
                  while (!revoked.get()) {
                    keys.refresh();
                  }
                  return null;
                }));
        go.countDown();
        keys.revoke(id, admin);
        revoked.set(true);
        for (Future<?> task : running) {
          task.get();
        }
        if (keys.recognise(secret).isPresent()) {
          stillAuthenticating++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "rounds of concurrent check+reload+revoke where the revoked key still authenticated"
            + " afterwards: %d of %d%n",
        stillAuthenticating, ROUNDS);
    assertEquals(0, stillAuthenticating, "rounds where the revoked key still authenticated");
  }
}
