package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.internal.StoreLock;

class LockTest {
  @TempDir
  Path dir;

  @Test
  void a_second_open_in_the_same_process_is_refused_with_a_clear_message() {
    try (NewsStore store = NewsStore.open(dir)) {
      StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(dir));
      String pid = String.valueOf(ProcessHandle.current().pid());
      assertTrue(e.getMessage().startsWith("store " + dir + " is in use by process " + pid + " (started "),
          e.getMessage());
      assertTrue(e.getMessage().endsWith("); stop it or use --store to choose another"), e.getMessage());
      assertEquals(StoreException.Kind.UNAVAILABLE, e.kind());
      // the same store through another spelling of its path
      assertThrows(StoreException.class, () -> NewsStore.open(dir.resolve(".").resolve("..").resolve(
          dir.getFileName())));
      assertEquals(0, store.articleCount()); // the refused open did not disturb the owner
    }
    try (NewsStore again = NewsStore.open(dir)) {
      assertEquals(0, again.articleCount());
    }
  }

  @Test
  void a_store_held_by_another_process_is_refused_naming_that_process() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        LockHolder.class.getName(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      assertEquals(LockHolder.READY, out.readLine(), "the child process did not open the store");

      StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(dir));
      System.out.println("second process refused: " + e.getMessage());
      assertTrue(e.getMessage().startsWith("store " + dir + " is in use by process " + child.pid() + " (started "),
          e.getMessage());
      assertTrue(e.getMessage().endsWith("); stop it or use --store to choose another"), e.getMessage());
      assertEquals(StoreException.Kind.UNAVAILABLE, e.kind());

      child.getOutputStream().close(); // tells the child to close the store and exit
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child process did not exit");
      assertEquals(0, child.exitValue());
    } finally {
      child.destroyForcibly();
    }
    try (NewsStore store = NewsStore.open(dir)) {
      assertEquals(1, store.articleCount()); // what the child saved
      assertEquals(List.of(Samples.kursk().article().id()), store.articles(0, 10).stream()
          .map(ArticleSummary::id).toList());
    }
  }

  @Test
  void two_opens_at_the_same_moment_name_the_owner_once_it_has_written_itself_in() throws Exception {
    // the owner has its OS lock but has not yet written who it is (the moment a second process used to read
    // "in use by process ? (started unknown time)")
    Path file = dir.resolve(StoreLock.FILE);
    java.nio.file.Files.writeString(file, "pid=999999999\nstarted=2020-01-01T00:00:00Z\n"); // a dead owner's text
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock held = ch.tryLock()) {
      assertTrue(held != null);
      String me = String.valueOf(ProcessHandle.current().pid());
      Thread owner = new Thread(() -> {
        try {
          Thread.sleep(300);
          ch.write(java.nio.ByteBuffer.wrap(("pid=" + me + "\nstarted=2026-12-07T10:00:00Z\n")
              .getBytes(StandardCharsets.UTF_8)), 0);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      owner.start();
      StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(dir));
      owner.join();
      assertTrue(e.getMessage().startsWith("store " + dir + " is in use by process " + me + " (started "),
          e.getMessage());
    }
  }
}
