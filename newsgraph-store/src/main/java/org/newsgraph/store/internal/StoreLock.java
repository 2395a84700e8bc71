package org.newsgraph.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.store.StoreException;

/**
 * The {@code LOCK} file that makes one process the owner of a store. It holds an OS file lock
 * ({@link FileChannel#tryLock}, released by the OS if the process dies) and says who holds it: the PID and start time
 * of the owner, which a refused process puts in its message. File locks are per process, so stores opened in this
 * JVM are also tracked in a static set, and a second open here gets the same message.
 */
public final class StoreLock implements AutoCloseable {
  public static final String FILE = "LOCK";
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
      .withZone(ZoneId.systemDefault());

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of the existing directory {@code dir}, or throws a {@link StoreException} naming the owner. */
  public static StoreLock acquire(Path dir) {
    Path file = dir.resolve(FILE);
    Path key;
    try {
      key = dir.toRealPath();
    } catch (IOException e) {
      throw Failures.wrap("cannot open store " + dir + ": " + e.getMessage(), e);
    }
    if (!HELD.add(key)) {
      throw inUse(dir, file);
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        HELD.remove(key);
        throw inUse(dir, file);
      }
      byte[] owner = ownerText().getBytes(StandardCharsets.UTF_8);
      channel.write(ByteBuffer.wrap(owner), 0); // over the old owner's text, then cut to length: never empty
      channel.truncate(owner.length);
      channel.force(false);
      return new StoreLock(key, channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      HELD.remove(key);
      throw Failures.wrap("cannot lock store " + dir + " (" + file + "): " + e.getMessage(), e);
    }
  }

  private static String ownerText() {
    ProcessHandle self = ProcessHandle.current();
    String started = self.info().startInstant().orElse(Instant.now()).truncatedTo(ChronoUnit.SECONDS).toString();
    String command = self.info().command().orElse("?");
    return "pid=" + self.pid() + "\nstarted=" + started + "\ncommand=" + command + "\n";
  }

  /** How long a refused open waits for a starting owner to write who it is (it does so right after locking). */
  private static final long OWNER_WAIT_MILLIS = 2_000;

  private static StoreException inUse(Path dir, Path file) {
    String[] owner = owner(file);
    long until = System.nanoTime() + OWNER_WAIT_MILLIS * 1_000_000;
    while (owner[0] == null && System.nanoTime() < until) {
      // two processes started at the same moment: the owner has the lock and is writing its name
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      owner = owner(file);
    }
    String who = owner[0] == null ? "another process (which has not yet written its process id into " + file + ")"
        : "process " + owner[0] + (owner[1] == null ? "" : " (started " + owner[1] + ")");
    return new StoreException(StoreException.Kind.UNAVAILABLE, "store " + dir + " is in use by " + who
        + "; stop it or use --store to choose another");
  }

  /** Whether {@code pid} names a running process (not the dead owner whose text a new owner is writing over). */
  private static boolean alive(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The owner's process id and start time as its lock file gives them; nulls for what it does not (yet) say. */
  private static String[] owner(Path file) {
    String pid = null;
    String started = null;
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("pid=") && alive(line.substring(4).strip())) {
          pid = line.substring(4).strip();
        } else if (line.startsWith("started=")) {
          started = formatStart(line.substring(8).strip());
        }
      }
    } catch (IOException | RuntimeException e) {
      // unreadable: say what we know
    }
    return new String[] {pid, pid == null ? null : started};
  }

  private static String formatStart(String iso) {
    try {
      return TIME.format(Instant.parse(iso));
    } catch (RuntimeException e) {
      return iso;
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel releases it too
    } finally {
      closeQuietly(channel);
      HELD.remove(key);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing more to do
      }
    }
  }
}
