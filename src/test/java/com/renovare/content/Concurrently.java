package com.renovare.content;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Races for tests: calls started together on threads of their own. */
public final class Concurrently {

  private Concurrently() {}

  /**
   * Makes {@code count} calls, {@code call.apply(i)} for i from 0, each on its own thread and all
   * released at once, and returns their results in that order.
   */
  public static <T> List<T> atOnce(int count, IntFunction<Callable<T>> call) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Future<T>> running = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Callable<T> one = call.apply(i);
        running.add(
            pool.submit(
                () -> {
                  start.await();
                  return one.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> result : running) {
        results.add(result.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
