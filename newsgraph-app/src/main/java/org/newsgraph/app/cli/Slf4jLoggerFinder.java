package org.newsgraph.app.cli;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link System.Logger} output (the store logs through it, so that the store needs no logging library) to
 * slf4j, and so to the same place as the rest: {@code newsgraph.log} in the store, or standard error with
 * {@code --verbose} ({@link Logging}). Found by the JDK through {@code META-INF/services}.
 */
public final class Slf4jLoggerFinder extends System.LoggerFinder {
  @Override
  public System.Logger getLogger(String name, Module module) {
    return new Bridge(name);
  }

  /** One named logger; the slf4j logger is made on first use, after {@link Logging#configure} has run. */
  private static final class Bridge implements System.Logger {
    private final String name;
    private volatile Logger target;

    Bridge(String name) {
      this.name = name;
    }

    private Logger target() {
      Logger t = target;
      if (t == null) {
        t = LoggerFactory.getLogger(name);
        target = t;
      }
      return t;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      Logger t = target();
      return switch (level) {
        case ALL, TRACE -> t.isTraceEnabled();
        case DEBUG -> t.isDebugEnabled();
        case INFO -> t.isInfoEnabled();
        case WARNING -> t.isWarnEnabled();
        case ERROR -> t.isErrorEnabled();
        case OFF -> false;
      };
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      if (isLoggable(level)) {
        write(level, localized(bundle, msg), thrown);
      }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      if (isLoggable(level)) {
        String pattern = localized(bundle, format);
        write(level, params == null || params.length == 0 ? pattern : MessageFormat.format(pattern, params), null);
      }
    }

    private void write(Level level, String text, Throwable thrown) {
      Logger t = target();
      switch (level) {
        case ALL, TRACE -> t.trace(text, thrown);
        case DEBUG -> t.debug(text, thrown);
        case INFO -> t.info(text, thrown);
        case WARNING -> t.warn(text, thrown);
        case ERROR -> t.error(text, thrown);
        case OFF -> { }
      }
    }

    private static String localized(ResourceBundle bundle, String key) {
      if (bundle == null || key == null) {
        return key;
      }
      try {
        return bundle.getString(key);
      } catch (MissingResourceException e) {
        return key;
      }
    }
  }
}
